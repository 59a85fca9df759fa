"""The nightly flow: ingest → validate → features/predictions/recommendations → generate → report.

Each stage is its own subflow (visible on its own in the Prefect UI) and reads only the tables
of the stages before it. The whole run holds the warehouse run lock, so a second nightly stops
with a clear message instead of interleaving with this one.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.states import Failed

from flows.campaigns import refresh_campaigns
from flows.common import run_id_for, stage_connection
from flows.features import features_flow
from flows.generate import generate_flow
from flows.ingest import ingest_flow
from flows.validate import validate_flow
from shopcopy.ingest import InputFilesRejected
from shopcopy.report.ledger import (
    build_report,
    close_abandoned_runs,
    record_run_end,
    record_run_start,
    render_markdown,
)
from shopcopy.settings import get_settings
from shopcopy.warehouse.runlock import RunLocked, run_lock


@task(name="run-report", tags=["warehouse-writer"])
def report_task(run_id: str, snapshot_date: date, docs_path: str | None) -> dict:
    with stage_connection(wait_s=30) as con:
        numbers = build_report(con, run_id, snapshot_date)
    markdown = render_markdown(numbers, docs_path)
    create_markdown_artifact(key="nightly-report", markdown=markdown,
                             description=f"shopcopy nightly report for {snapshot_date}")
    create_table_artifact(
        key="model-evaluations",
        table=numbers["evaluations"] or [{"note": "no evaluations for this snapshot"}],
        description="Offline evaluation: model vs baseline",
    )
    return {**numbers, "markdown": markdown}


def _record(run_id: str, status: str, message: str | None, summary: dict | None) -> None:
    with stage_connection(wait_s=30) as con:
        record_run_end(con, run_id, status, message, summary)


@flow(name="nightly", log_prints=True)
def nightly(snapshot_date: date | None = None, force: bool = False, inbox: str | None = None) -> dict:
    """The whole nightly run for `snapshot_date` (default: today in SHOPCOPY_TIMEZONE)."""
    settings = get_settings()
    snapshot = snapshot_date or settings.today()
    run_id = run_id_for("nightly")
    logger = get_run_logger()
    with ExitStack() as held:
        try:
            held.enter_context(run_lock(settings.warehouse, run_id, wait_s=settings.run_lock_wait_s))
        except RunLocked as exc:
            # Expected when another run is writing: end Failed with the message (callers still get
            # RunLocked) instead of the engine logging a traceback for a normal situation.
            return Failed(message=str(exc), data=exc)
        with stage_connection(wait_s=30) as con:
            record_run_start(con, run_id, "nightly", snapshot)
            abandoned = close_abandoned_runs(con, run_id)
        if abandoned:
            logger.warning("Marked %d run(s) that died without recording an end as failed: %s",
                           len(abandoned), ", ".join(abandoned))
        try:
            ingest = ingest_flow(inbox=inbox, run_id=run_id, fail_on_rejected=False)
            validation = validate_flow(run_id=run_id, snapshot_date=snapshot)
            features_flow(snapshot_date=snapshot, run_id=run_id)
            generate_flow(snapshot_date=snapshot, run_id=run_id, force=force)
            refresh_campaigns(snapshot)  # running campaigns' results, before the report shows them
            report = report_task(run_id, snapshot, validation.get("docs"))
        except BaseException as exc:
            _record(run_id, "failed", f"{type(exc).__name__}: {exc}", None)
            raise
        summary = {k: v for k, v in report.items() if k != "markdown"}
        rejected = ingest.get("rejected_files", [])
        if rejected:
            message = (f"All stages ran, but {len(rejected)} input file(s) were rejected and not loaded: "
                       f"{', '.join(Path(p).name for p in rejected)}. See ops.ingest_files for why; fix "
                       "and drop them in the inbox again.")
            _record(run_id, "failed", message, summary)
            raise InputFilesRejected(message)
        _record(run_id, "completed", None, summary)
    logger.info("nightly %s for %s completed", run_id, snapshot)
    return {"run_id": run_id, "snapshot_date": snapshot.isoformat(), "markdown": report["markdown"]}


@flow(name="backfill", log_prints=True)
def backfill(snapshot_date: date, force: bool = False) -> dict:
    """Rerun the nightly stages for a past snapshot date (safe: each stage replaces that date's rows)."""
    return nightly(snapshot_date=snapshot_date, force=force)
