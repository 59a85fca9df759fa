"""Flaky endpoint (issue #8 part 3): about 30 % of HTTP requests to the LLM fail — 500, 429,
timeouts, HTML garbage, schema-violating JSON, chatter instead of JSON — and some answers that
do arrive invent facts. The nightly run still completes; every item ends published,
needs_review, rejected, or failed with its reason in ops.llm_calls; no text that failed a hard
check reaches a marts view.

The faults come from a seeded script on the fake endpoint, one behaviour per HTTP request
(including the openai client's own retries), so the run is the same every time.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from shopcopy import warehouse
from shopcopy.guardrails import check_row
from shopcopy.warehouse.catalog import load_catalog
from tests.reliability import helpers as h

# Whole nightly runs in child processes: part of `make test`, not of `make test-fast`.
pytestmark = pytest.mark.slow

FAULT_RATE, SEED = 0.30, 8
MARTS = {"product_descriptions": "marts.published_product_copy",
         "recommendation_messages": "marts.campaign_messages", "demand_insights": "marts.demand_insights"}


@pytest.fixture(scope="module")
def flaky(tmp_path_factory, prefect_harness):
    clean = h.clean_baseline(tmp_path_factory)
    root = tmp_path_factory.mktemp("flaky")
    script = h.flaky_script(2000, FAULT_RATE, SEED)
    with h.ShopLLM() as llm:
        llm.script.extend(script)
        # A 1 s client timeout against 1.5 s hangs: a hang costs seconds, not minutes. No
        # transport retries, so every fault reaches the ledger instead of being absorbed.
        env = h.child_env(root / "wh.duckdb", clean["inbox"], llm, h.api_url(),
                          SHOPCOPY_LLM_TIMEOUT_S="1", SHOPCOPY_LLM_MAX_RETRIES="0")
        proc = h.start(env, root / "run.log")
        output = h.finish(proc, root / "run.log")
        served = script[: len(llm.requests)]
    con = warehouse.connect(root / "wh.duckdb", read_only=True)
    yield {"rc": proc.returncode, "output": output, "served": served, "con": con,
           "items": _clean_items(clean["warehouse"])}
    con.close()


def _clean_items(path) -> dict[str, str]:
    """input_hash -> task of every item a clean run generated (same inputs, prompts and model)."""
    return dict(h.rows(path, " union all ".join(
        f"select input_hash, '{t}' from gen.{t}" for t in h.GEN_TASKS)))


def _run_id(con) -> str:
    return con.execute("select run_id from ops.runs").fetchone()[0]


def test_the_endpoint_really_failed_about_thirty_percent_of_requests(flaky):
    kinds = Counter(b[0] if b[0] != "status" else f"status {b[1]}" for b in flaky["served"])
    faults = len(flaky["served"]) - kinds["grounded"] - kinds["invented"]
    # ~45-60 requests: one per item, plus re-asks and strict rewrites (fewer since gate v2
    # rejects less of the fixture's grounded replies); enough for the fault rate to mean something.
    assert len(flaky["served"]) >= 40
    assert 0.27 <= faults / len(flaky["served"]) <= 0.33, kinds
    # every kind of fault was served at least once
    assert {"status 500", "status 429", "hang", "garbage", "json", "text"} <= set(kinds), kinds


def test_the_run_completes(flaky):
    assert flaky["rc"] == 0, flaky["output"][-4000:]
    assert flaky["con"].execute("select status from ops.runs").fetchall() == [("completed",)]


def test_every_item_ends_in_a_status_or_failed_with_its_reason(flaky):
    con, items = flaky["con"], flaky["items"]
    written = dict(con.execute(" union all ".join(
        f"select input_hash, status from gen.{t}" for t in h.GEN_TASKS)).fetchall())
    last_call = {r[0]: r[1:] for r in con.execute(
        """select input_hash, outcome, error from ops.llm_calls where run_id = ?
           qualify row_number() over (partition by input_hash order by created_at desc, attempt desc) = 1""",
        [_run_id(con)]).fetchall()}
    assert len(items) == 46 and set(written) <= set(items)
    failed = {k: last_call.get(k) for k in items if k not in written}
    assert all(call is not None and call[0] != "ok" and call[1] for call in failed.values()), failed
    assert set(written.values()) <= {"published", "needs_review", "rejected"}
    statuses = Counter(written.values())
    # The faults cost some items (retried next run) but most still got text, of every kind.
    assert len(failed) >= 1 and len(written) >= 30, (statuses, len(failed))
    assert statuses["published"] >= 10 and statuses["rejected"] >= 1, statuses
    outcomes = Counter(r[0] for r in con.execute("select outcome from ops.llm_calls").fetchall())
    assert {"ok", "http_error", "rate_limited", "timeout", "invalid_json", "schema_error"} <= set(outcomes), outcomes


def test_no_text_that_failed_a_hard_check_is_in_a_marts_view(flaky):
    con = flaky["con"]
    catalog = load_catalog(con)
    in_marts = 0
    for task, view in MARTS.items():
        cur = con.execute(f"select g.* from gen.{task} g join {view} m using (output_id)")
        cols = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = dict(zip(cols, values, strict=True))
            recorded = json.loads(row["guardrail_failures"])
            # A discarded first attempt's failures stay as lineage (tagged attempt 1); the stored
            # text is the final attempt's, and it must carry no hard failure.
            final_hard = [f for f in recorded if f["severity"] == "hard"
                          and f.get("attempt", row["attempts"]) >= row["attempts"]]
            assert row["status"] == "published" and not final_hard
            rechecked = check_row(task, row, catalog)
            assert not [f for f in rechecked.failures if f.severity == "hard"], (task, rechecked.failures)
            in_marts += 1
        hard = con.execute(
            f"""select count(*) from gen.{task} g join {view} m using (output_id)
                where g.status = 'rejected'
                   or hard_failure_of_final_text(g.guardrail_failures, g.attempts)""").fetchone()[0]
        assert hard == 0
    assert in_marts >= 10  # the guarantee is checked on real published rows
