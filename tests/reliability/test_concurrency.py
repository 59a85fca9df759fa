"""Concurrency (issue #8 part 4): two `shopcopy run nightly` processes started together on one
warehouse. One finishes; the other stops before touching the warehouse with a message naming
the run that holds it (never a DuckDB lock traceback); afterwards the warehouse holds exactly
what one clean run leaves.
"""

from __future__ import annotations

import pytest

from tests.reliability import helpers as h

# Whole nightly runs in child processes: part of `make test`, not of `make test-fast`.
pytestmark = pytest.mark.slow

ARGS = ("run", "nightly", "--date", h.SNAPSHOT.isoformat())


@pytest.fixture(scope="module")
def race(tmp_path_factory, prefect_harness):
    clean = h.clean_baseline(tmp_path_factory)
    root = tmp_path_factory.mktemp("race")
    with h.ShopLLM() as llm:
        env = h.child_env(root / "wh.duckdb", clean["inbox"], llm, h.api_url())
        logs = [root / "a.log", root / "b.log"]
        procs = [h.start(env, log, code=h.CLI, args=ARGS) for log in logs]
        outputs = [h.finish(p, log) for p, log in zip(procs, logs, strict=True)]
        requests = len(llm.requests)
    return {"clean": clean, "warehouse": root / "wh.duckdb", "requests": requests,
            "results": sorted(zip([p.returncode for p in procs], outputs, strict=True))}


def test_one_run_finishes_and_the_other_stops_with_a_clear_message(race):
    (ok_rc, ok_out), (stopped_rc, stopped_out) = race["results"]
    assert (ok_rc, stopped_rc) == (0, 1), [out[-3000:] for _, out in race["results"]]
    assert "shopcopy nightly" in ok_out  # the winner printed its report
    winner = h.scalar(race["warehouse"], "select run_id from ops.runs")
    message = " ".join(stopped_out.split())  # the console wraps long lines
    assert f"error: The warehouse {race['warehouse']} is being written by run {winner}" in message
    assert "Only one run may write at a time: this run stops without touching it." in message
    for noise in ("Traceback", "IOException", "Could not set lock", "Conflicting lock"):
        assert noise not in stopped_out, stopped_out[-3000:]


def test_the_warehouse_afterwards_equals_one_clean_run(race):
    assert h.scalar(race["warehouse"], "select count(*) from ops.runs") == 1  # the loser wrote nothing
    raced, clean = h.fingerprint(race["warehouse"]), h.fingerprint(race["clean"]["warehouse"])
    assert {t for t in clean if raced[t] != clean[t]} == set()
    assert not any(h.duplicate_keys(race["warehouse"]).values())
    assert race["requests"] == len(race["clean"]["keys"]) == 46  # the model was asked once per item
