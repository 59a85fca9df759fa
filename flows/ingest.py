"""Prefect wiring for the ingest stage: load new inbox files into raw.*."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from flows.common import run_id_for, stage_connection
from shopcopy.ingest import IngestReport, run_ingest
from shopcopy.settings import get_settings


@task(name="ingest-inbox", tags=["warehouse-writer"], retries=2, retry_delay_seconds=[5, 30])
def ingest_task(inbox: str, run_id: str) -> IngestReport:
    """Each file is its own transaction, so a retry simply skips what already loaded."""
    logger = get_run_logger()
    with stage_connection() as con:
        report = run_ingest(con, Path(inbox), run_id)
    for f in report.files:
        if f.status == "rejected":
            logger.error("Rejected %s: %s", f.path, f.error)
        elif f.status != "skipped":
            logger.info("%s %s: %d loaded, %d quarantined", f.status, f.path, f.rows_loaded, f.rows_quarantined)
    create_table_artifact(
        key="ingest-files",
        table=[
            {"file": f.path, "status": f.status, "loaded": f.rows_loaded,
             "quarantined": f.rows_quarantined, "notes": f.error or "; ".join(f.warnings)}
            for f in report.files if f.status != "skipped"
        ] or [{"file": "(no new files)", "status": "", "loaded": 0, "quarantined": 0, "notes": ""}],
        description="Files ingested in this run",
    )
    return report


@flow(name="ingest", log_prints=True)
def ingest_flow(inbox: str | None = None, run_id: str | None = None, fail_on_rejected: bool = True) -> dict:
    """Load new files from the inbox. Rejected files never stop the others from loading; the
    flow fails at the end when any was rejected (unless the caller reports them itself)."""
    report = ingest_task(inbox or str(get_settings().inbox), run_id or run_id_for("ingest"))
    rejected = [f.path for f in report.rejected]
    if rejected and fail_on_rejected:
        names = ", ".join(Path(p).name for p in rejected)
        raise RuntimeError(f"{len(rejected)} file(s) rejected: {names}; see ops.ingest_files")
    return {"tables": report.totals(), "rejected_files": rejected}
