"""The nightly flow: ingest → validate → features/predictions/recommendations → generate → report.

Each stage is its own subflow (visible on its own in the Prefect UI, named after the snapshot,
tagged with it) and reads only the tables of the stages before it. The whole run holds the
warehouse run lock, so a second nightly stops with a clear message instead of interleaving with
this one. The run ledger (ops.runs) is ended by the flow's state hooks, whatever ended the run.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date

from prefect import flow, get_run_logger, tags, task
from prefect.artifacts import create_markdown_artifact
from prefect.states import Cancelled

from flows.campaigns import refresh_campaigns
from flows.common import (
    record_resolved_snapshot,
    run_id_for,
    run_name,
    snapshot_tags,
    stage_connection,
)
from flows.features import features_flow
from flows.generate import generate_flow
from flows.ingest import ingest_flow
from flows.validate import validate_flow
from shopcopy.ingest import InputFilesRejected
from shopcopy.pipeline import run_stages
from shopcopy.report.charts import data_uri, render_charts, write_charts
from shopcopy.report.ledger import close_abandoned_runs, finish_run, record_run_start
from shopcopy.report.nightly import build_report, chart_dir, render_markdown
from shopcopy.settings import get_settings
from shopcopy.warehouse.runlock import RunLocked, run_lock


@task(name="run-report", tags=["warehouse-writer"])
def report_task(run_id: str, snapshot_date: date, docs_path: str | None) -> dict:
    """The report from the warehouse, its charts as files beside the run, and the artifact."""
    settings = get_settings()
    with stage_connection(wait_s=30) as con:
        numbers = build_report(con, run_id, snapshot_date, settings.report_history_runs)
    charts = render_charts(numbers)
    paths = write_charts(charts, chart_dir(settings.report_folder(), snapshot_date, run_id))
    create_markdown_artifact(
        key="nightly-report", markdown=render_markdown(numbers, docs_path, {k: data_uri(v) for k, v in charts.items()}),
        description=f"shopcopy nightly report for {snapshot_date}")
    get_run_logger().info("Report charts: %s", ", ".join(str(p) for p in paths.values()))
    return {"markdown": render_markdown(numbers, docs_path, {k: str(p) for k, p in paths.items()}),
            "charts": {k: str(p) for k, p in paths.items()}}


# ---- the run ledger, ended by state hooks ------------------------------------------------------

def _end(status: str):
    def hook(flow, flow_run, state) -> None:
        message = None
        if status != "completed":
            error = state.result(raise_on_failure=False)
            message = f"{type(error).__name__}: {error}" if isinstance(error, BaseException) else state.message
        with stage_connection(wait_s=30) as con:
            finish_run(con, str(flow_run.id), status, message)
    hook.__name__ = f"record_run_{status}"
    return hook


LEDGER_HOOKS = dict(on_completion=[_end("completed")], on_failure=[_end("failed")],
                    on_crashed=[_end("failed")], on_cancellation=[_end("cancelled")])


def _tagged(stage: str, subflow):
    """A stage runner whose subflow (and its task runs) carry the tag stage:<name>."""
    def runner(done: dict):
        with tags(f"stage:{stage}"):
            return subflow(done)
    return runner


def _run_nightly(flow_name: str, snapshot_date: date | None, force: bool, inbox: str | None):
    settings = get_settings()
    snapshot = snapshot_date or settings.today()
    run_id = run_id_for(flow_name)
    logger = get_run_logger()
    record_resolved_snapshot(snapshot)
    with ExitStack() as held:
        try:
            held.enter_context(run_lock(settings.warehouse, run_id, wait_s=settings.run_lock_wait_s))
        except RunLocked as exc:
            # Another run is writing: nothing went wrong and nothing was touched, so the run ends
            # grey "Refused" (a Cancelled state) instead of a red crash; callers still get RunLocked.
            logger.warning("%s", exc)
            return Cancelled(name="Refused", message=str(exc), data=exc)
        with stage_connection(wait_s=30) as con:
            record_run_start(con, run_id, flow_name, snapshot)
            abandoned = close_abandoned_runs(con, run_id)
        if abandoned:
            logger.warning("Marked %d run(s) that died without recording an end as failed: %s",
                           len(abandoned), ", ".join(abandoned))
        with tags(*snapshot_tags(snapshot)):
            done = run_stages({  # the order is shopcopy.pipeline's, shared with the no-server path
                "ingest": _tagged("ingest", lambda _: ingest_flow(inbox=inbox)),
                "validate": _tagged("validate", lambda _: validate_flow(snapshot_date=snapshot)),
                "model": _tagged("model", lambda _: features_flow(snapshot_date=snapshot)),
                "generate": _tagged("generate", lambda _: generate_flow(snapshot_date=snapshot, force=force)),
                # running campaigns' results, before the report shows them
                "campaigns": _tagged("campaigns", lambda _: refresh_campaigns(snapshot)),
            })
            report = report_task(run_id, snapshot, done["validate"].get("docs"))
        if done["ingest"]["rejected_message"]:
            raise InputFilesRejected(done["ingest"]["rejected_message"])
    logger.info("%s %s for %s completed", flow_name, run_id, snapshot)
    return {"run_id": run_id, "snapshot_date": snapshot.isoformat(), **report}


@flow(name="nightly", flow_run_name=run_name("nightly"), log_prints=True, **LEDGER_HOOKS)
def nightly(snapshot_date: date | None = None, force: bool = False, inbox: str | None = None) -> dict:
    """The whole nightly run: ingest, validate, features, demand, recommendations, LLM copy, report.

    Args:
        snapshot_date: The shop day to run for (YYYY-MM-DD): only orders before it are used.
            Leave it None for today in SHOPCOPY_TIMEZONE; the run records the date it used.
        force: Regenerate every text even when its inputs are unchanged (pays for every LLM call
            again). Leave off for the nightly.
        inbox: Folder with orders/, products/ and customers/ export files. None means
            SHOPCOPY_INBOX.
    """
    return _run_nightly("nightly", snapshot_date, force, inbox)


@flow(name="backfill", flow_run_name=run_name("backfill"), log_prints=True, **LEDGER_HOOKS)
def backfill(snapshot_date: date, force: bool = False) -> dict:
    """Rerun every nightly stage for a past day; each stage replaces that day's rows (safe to repeat).

    Args:
        snapshot_date: The past shop day to rerun (YYYY-MM-DD).
        force: Regenerate every text even when its inputs are unchanged (pays for every LLM call again).
    """
    return _run_nightly("backfill", snapshot_date, force, None)
