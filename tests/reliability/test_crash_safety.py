"""Crash safety (issue #8 part 2): SIGKILL a nightly run in ingest, validation, features and
generation, one after another on the same warehouse; the next run must leave exactly what one
clean run leaves, and generation must not pay again for text stored before the kill.

Each kill lands at an exact point: the child stops right before a named SQL statement inside a
stage's transaction (tests/reliability/helpers.py::child_main), or, for generation, the fake
endpoint holds its Nth request. The parent sees the marker, then kills the process group.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest

from shopcopy.generate.engine import BATCH_SIZE
from tests.reliability import helpers as h

# Whole nightly runs in child processes: part of `make test`, not of `make test-fast`.
pytestmark = pytest.mark.slow

# (stage, SQL file the child stops right before, which execution of it). Each is inside an open
# transaction, after earlier statements of that transaction ran: the worst moment to die.
PAUSES = [
    ("ingest", "ingest/merge_orders", 50),            # 49 order files committed, the 50th mid-way
    ("validate", "validate/insert_quarantine", 2),     # first suite committed, second mid-way
    ("features", "model/insert_user_demand", 1),   # features committed, predictions mid-way
]
GEN_KILL_AT = 25  # the endpoint holds request 25: two batches of 10 are committed by then


@pytest.fixture(scope="module")
def chain(tmp_path_factory, prefect_harness):
    """Four killed runs and one rerun on one warehouse; what each step left behind."""
    clean = h.clean_baseline(tmp_path_factory)
    root = tmp_path_factory.mktemp("crash")
    wh = root / "wh.duckdb"
    seen = {"clean": clean, "warehouse": wh, "kills": [], "seconds": {}}
    with h.ShopLLM() as llm:
        env = h.child_env(wh, clean["inbox"], llm, h.api_url())
        for stage, sql_name, nth in PAUSES:
            marker, log = root / f"{stage}.marker", root / f"{stage}.log"
            started = time.perf_counter()
            proc = h.start(env, log, args=h.pause_args(sql_name, nth, marker))
            h.wait_until(marker.exists, 180, f"the {stage} pause", proc, log)
            seen["kills"].append((stage, h.kill(proc), marker.read_text()))
            seen["seconds"][stage] = time.perf_counter() - started
            seen[stage] = _after_kill(wh)
        # Generation: the endpoint hangs on request GEN_KILL_AT; kill once it has arrived.
        llm.script.extend([("grounded",)] * (GEN_KILL_AT - 1) + [("hang", 60)])
        log, started = root / "generate.log", time.perf_counter()
        proc = h.start(env, log)
        h.wait_until(lambda: len(llm.requests) >= GEN_KILL_AT, 180, "the held LLM request", proc, log)
        seen["kills"].append(("generate", h.kill(proc), "request held"))
        seen["seconds"]["generate"] = time.perf_counter() - started
        seen["generate"] = {**_after_kill(wh), "keys": llm.keys(), "stored": h.stored_item_key_counts(wh)}
        # The rerun: nothing paused, nothing held.
        log, started = root / "rerun.log", time.perf_counter()
        proc = h.start(env, log)
        seen["rerun_output"] = h.finish(proc, log)
        seen["rerun_rc"] = proc.returncode
        seen["seconds"]["rerun"] = time.perf_counter() - started
        seen["rerun_keys"] = llm.keys(GEN_KILL_AT)
    return seen


def _after_kill(wh) -> dict:
    """What a killed run left: its ops.runs row and the counts the assertions need."""
    q = lambda sql, *p: h.scalar(wh, sql, list(p) or None)  # noqa: E731
    run_id = q("select run_id from ops.runs where status = 'running' order by started_at desc limit 1")
    return {
        "run_id": run_id,
        "files": dict(h.rows(wh, "select kind, count(*) from ops.ingest_files group by kind")),
        "order_sources": q("select count(distinct _source_file) from raw.orders"),
        "suites": q("select count(distinct suite) from ops.quality_results where run_id = ?", run_id),
        "features": q("select count(*) from features.user_features where snapshot_date = ?", h.SNAPSHOT),
        "predictions": q("select count(*) from predictions.user_demand where snapshot_date = ?", h.SNAPSHOT),
        "recs": q("select count(*) from recs.user_recommendations where snapshot_date = ?", h.SNAPSHOT),
        "gen": sum(q(f"select count(*) from gen.{t}") for t in h.GEN_TASKS),
        "calls": q("select count(*) from ops.llm_calls"),
        "duplicates": h.duplicate_keys(wh),
    }


def test_each_kill_landed_inside_its_stage(chain):
    assert [(stage, rc) for stage, rc, _ in chain["kills"]] == [
        ("ingest", -9), ("validate", -9), ("features", -9), ("generate", -9)]
    ingest, validate, features, gen = (chain[s] for s in ("ingest", "validate", "features", "generate"))
    # Mid-ingest: whole files or nothing. 2 product files, 1 customer file and 49 order files are
    # in the ledger, and raw.orders holds rows from exactly those 49 files.
    assert ingest["files"] == {"products": 2, "customers": 1, "orders": 49}
    assert ingest["order_sources"] == 49
    assert ingest["suites"] == 0 and ingest["features"] == 0
    # Mid-validation: the first suite's results are committed, the second's never happened.
    assert validate["suites"] == 1 and validate["features"] == 0
    # Mid-predictions: features committed (150 users), the predictions transaction left nothing.
    assert (features["features"], features["predictions"], features["recs"]) == (150, 0, 0)
    # Mid-generation: whole batches only, and each stored text's calls are stored with it.
    assert gen["gen"] == 2 * BATCH_SIZE and gen["calls"] >= gen["gen"]
    for step in (ingest, validate, features, gen):
        assert not any(step["duplicates"].values()), step["duplicates"]


def test_rerun_after_four_kills_equals_one_clean_run(chain):
    assert chain["rerun_rc"] == 0, chain["rerun_output"][-4000:]
    crashed, clean = h.fingerprint(chain["warehouse"]), h.fingerprint(chain["clean"]["warehouse"])
    assert crashed.keys() == clean.keys()
    differing = {t: (len(crashed[t]), len(clean[t])) for t in clean if crashed[t] != clean[t]}
    assert differing == {}, differing
    assert sum(map(len, clean.values())) > 3000  # the comparison covers real volume
    assert not any(h.duplicate_keys(chain["warehouse"]).values())


def test_generation_resumed_without_paying_again_for_stored_text(chain):
    """Per item key (an item's facts, all the endpoint sees): the rerun asked exactly for the
    items the kill left without text, at a clean run's price per item, and nothing else.

    Two shoppers with identical facts share a key, so the accounting is per key with counts:
    a key's n items cost a clean run n * r requests (the fake answers a key the same way every
    time, so each of its items costs the same r); after the kill stored s of them, the rerun
    must ask (n - s) * r: fewer would lose text, more would pay again for stored text."""
    stored, rerun = chain["generate"]["stored"], Counter(chain["rerun_keys"])
    assert sum(stored.values()) == 2 * BATCH_SIZE
    clean = Counter(chain["clean"]["keys"])
    items = h.stored_item_key_counts(chain["clean"]["warehouse"])
    assert set(clean) == set(items) and all(clean[k] % items[k] == 0 for k in items)
    per_item = {k: clean[k] // items[k] for k in items}
    expected = Counter({k: (items[k] - stored[k]) * per_item[k] for k in items})
    assert +rerun == +expected, {k[:80]: (rerun[k], expected[k]) for k in set(rerun) | set(expected)
                                 if rerun[k] != expected[k]}
    # The killed run paid for the stored texts plus the requests whose answer the kill lost
    # (the batch in flight and the held request): at least one, at most one batch.
    killed = Counter(chain["generate"]["keys"])
    lost = killed - Counter({k: stored[k] * per_item[k] for k in stored})
    assert sum(killed.values()) - sum(lost.values()) == sum(stored[k] * per_item[k] for k in stored)
    assert 1 <= sum(lost.values()) <= BATCH_SIZE


def test_killed_runs_are_recorded_as_failed_not_left_running(chain):
    runs = h.rows(chain["warehouse"], "select run_id, status, message from ops.runs order by started_at")
    killed = [chain[s]["run_id"] for s in ("ingest", "validate", "features", "generate")]
    assert [r[0] for r in runs[:4]] == killed and len(runs) == 5
    assert {r[1] for r in runs[:4]} == {"failed"} and runs[4][1] == "completed"
    assert all("killed or crashed" in r[2] for r in runs[:4])
