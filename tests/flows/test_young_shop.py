"""The nightly on tiny, young shops completes and says what it could not do; its report, its
artifacts, ops.runs and the marts show the same figures (one query per figure).

The LLM is the fake OpenAI-compatible server with a budget of a few calls: this is about the run
and its numbers, the real model's texts are covered by test_nightly.py."""

from __future__ import annotations

import asyncio
import json
from datetime import date

import pytest

from shopcopy import warehouse
from tests.fixtures.fake_llm import FakeLLM

pytestmark = pytest.mark.slow

END = date(2026, 6, 30)
VALID = {"headline": "A kettle", "description": "Boils water.", "subject": "For you", "body": "Hi there.",
         "summary": "Likely to buy soon.", "next_need": "kitchen", "suggested_send_date": "2026-07-10"}
SHOPS = {"50x30": dict(users=50, products=30, days=30), "300x200": dict(users=300, products=60, days=200)}


def _artifacts(run_id: str) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    async def read(ids):
        async with get_client() as client:
            return await client.read_artifacts(artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=ids)))

    async def runs():
        from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterParentFlowRunId

        async with get_client() as client:
            root = await client.read_flow_run(run_id)
            subflows = await client.read_flow_runs(flow_run_filter=FlowRunFilter(
                parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[root.id])))
            return root, subflows

    root, subflows = asyncio.run(runs())
    found = asyncio.run(read([root.id, *(r.id for r in subflows)]))
    return {"root": root, "subflows": subflows, "artifacts": {a.key: a for a in found}}


@pytest.fixture(scope="module")
def shops(tmp_path_factory):
    from shopcopy.sample.data import generate

    root = tmp_path_factory.mktemp("young")
    for name, size in SHOPS.items():
        generate(root / name / "inbox", seed=3, end_date=END, order_files="monthly", **size)
    return root


@pytest.fixture
def env(shops, tmp_path, monkeypatch, prefect_harness):
    def use(shop: str, **extra):
        for key, value in {"SHOPCOPY_WAREHOUSE": tmp_path / "wh.duckdb", "SHOPCOPY_INBOX": shops / shop / "inbox",
                           "SHOPCOPY_DOCS_DIR": tmp_path / "docs", "SHOPCOPY_REPORTS_DIR": tmp_path / "reports",
                           "SHOPCOPY_LLM_MODEL": "fake-model", "SHOPCOPY_LLM_JSON_MODE": "json_object",
                           "SHOPCOPY_LLM_MAX_CALLS": "3", "SHOPCOPY_LLM_TOP_PRODUCTS": "2",
                           "SHOPCOPY_LLM_MESSAGES_PER_RUN": "2", **extra}.items():
            monkeypatch.setenv(key, str(value))
        return tmp_path / "wh.duckdb"
    return use


@pytest.mark.parametrize("shop, snapshot", [
    ("50x30", date(2026, 7, 1)),     # 30 days of history: nothing to train on
    ("300x200", date(2026, 1, 31)),  # the README example's shape: 7 weeks of history, no backtest
])
def test_a_young_shop_night_completes_and_says_what_it_could_not_do(env, shop, snapshot):
    from flows.nightly import nightly

    wh = env(shop)
    with FakeLLM(default=("json", VALID)) as llm:
        env(shop, SHOPCOPY_LLM_BASE_URL=llm.base_url)
        result = nightly(snapshot_date=snapshot)
    with warehouse.connect(wh, read_only=True) as con:
        status, summary = con.execute("select status, summary from ops.runs where run_id = ?",
                                      [result["run_id"]]).fetchone()
        skipped = con.execute("select what, metric, details->>'reason', details->>'history_days' "
                              "from ops.model_evaluations where snapshot_date = ? and value is null",
                              [snapshot]).fetchall()
    assert status == "completed"
    assert skipped, "a shop this young cannot be backtested; the table must say so"
    assert all(reason and days is not None for _, _, reason, days in skipped)
    report = result["markdown"]
    for what, metric, reason, _ in skipped:
        assert f"**{what} {metric.replace('_', ' ')}**: {reason}" in report
    assert json.loads(summary)["evaluations"]
    for path in result["charts"].values():  # the report's charts are real, non-empty PNG files
        with open(path, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"


def test_report_artifacts_ledger_and_marts_agree_on_one_run(env):
    """A third date (enough history for a backtest here). Budget 3 calls, the model's replies unusable ({} fails every schema): failed calls, items
    left for the next run. Every place that shows a figure shows the same one."""
    from flows.nightly import nightly

    snapshot = date(2026, 7, 1)
    snap = snapshot.isoformat()
    wh = env("300x200")
    with FakeLLM(default=("json", {})) as llm:
        env("300x200", SHOPCOPY_LLM_BASE_URL=llm.base_url)
        result = nightly(snapshot_date=snapshot)
    run_id = result["run_id"]
    with warehouse.connect(wh, read_only=True) as con:
        usage = con.execute("select sum(calls), sum(failed_calls), sum(tokens_in), sum(tokens_out) "
                            "from marts.llm_usage_by_run where run_id = ?", [run_id]).fetchone()
        by_task = con.execute("select task, asked, failed, left_for_next_run from marts.generation_by_run "
                              "where run_id = ? order by task", [run_id]).fetchall()
        summary = json.loads(con.execute("select summary from ops.runs where run_id = ?", [run_id]).fetchone()[0])
        budget_rows = con.execute("select count(*) from ops.llm_calls where run_id = ? and outcome = 'budget'",
                                  [run_id]).fetchone()[0]
    assert usage[0] == 3 and budget_rows >= 1  # the zero-token budget row is not a call ...
    found = _artifacts(run_id)
    arts = found["artifacts"]
    report = arts["nightly-report"].data
    assert f"LLM calls: **{usage[0]}** ({usage[1]} without a usable reply)" in report  # ... nor a failure
    assert "item(s) left for the next run by the budget" in report
    assert summary["llm"]["calls"] == usage[0] and summary["llm"]["failed_calls"] == usage[1]
    table = json.loads(arts["generation-summary"].data)
    assert [(r["task"], r["asked"], r["failed"], r["left_for_next_run"]) for r in table] == [tuple(r) for r in by_task]
    assert [(g["task"], g["asked"], g["failed"], g["left_for_next_run"]) for g in summary["generation"]] == by_task
    # model-evaluations: written once, one shape, rounded.
    evals = [a for a in asyncio.run(_all_artifacts()) if a.key == "model-evaluations"
             and a.flow_run_id in {r.id for r in found["subflows"]}]
    assert len(evals) == 1
    rows = json.loads(evals[0].data)
    assert {tuple(sorted(r)) for r in rows} == {("baseline", "baseline_value", "beats_baseline", "metric",
                                                 "note", "value", "warning", "what")}
    assert all(r["value"] is None or round(r["value"], 4) == r["value"] for r in rows)
    # Runs explain themselves: named after the snapshot, the date recorded, every stage tagged.
    root = found["root"]
    assert root.name == f"nightly-{snap}" and root.parameters["snapshot_date"] == snap
    assert f"snapshot:{snap}" in root.tags
    assert {r.name for r in found["subflows"]} == {f"{s}-{snap}" for s in ("ingest", "validate", "features", "generate")}
    assert all({"shopcopy", f"snapshot:{snap}"} <= set(r.tags) for r in found["subflows"])
    assert "run_id" not in root.parameters


async def _all_artifacts():
    from prefect.client.orchestration import get_client

    async with get_client() as client:
        return await client.read_artifacts()


def test_a_run_refused_by_a_busy_warehouse_ends_grey_refused_and_touches_nothing(env):
    from flows.nightly import nightly
    from shopcopy.warehouse.runlock import RunLocked, run_lock

    wh = env("50x30")
    with warehouse.connect(wh):
        pass  # a migrated, empty warehouse
    with run_lock(wh, "the-other-run"):
        state = nightly(snapshot_date=date(2026, 7, 1), return_state=True)
        with pytest.raises(RunLocked, match="being written by run the-other-run"):
            nightly(snapshot_date=date(2026, 7, 1))
    assert state.is_cancelled() and state.name == "Refused"
    assert "being written by run the-other-run" in state.message
    with warehouse.connect(wh, read_only=True) as con:
        assert con.execute("select count(*) from ops.runs").fetchone()[0] == 0
