"""Prefect wiring for the ingest stage: load new inbox files into raw.*."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from flows.common import is_subflow, run_id_for, run_name, stage_connection
from shopcopy.ingest import IngestReport, InputFilesRejected, rejected_message, run_ingest
from shopcopy.report.nightly import rows
from shopcopy.settings import get_settings

SUMMARY_COLUMNS = ("kind", "files", "rows_loaded", "rows_quarantined", "rejected")


def summary_table(summary: list[dict], skipped: int) -> str:
    """The ingest summary as one fixed-width block (one log record instead of one per file)."""
    widths = [max(len(c), *(len(str(r[c])) for r in summary)) for c in SUMMARY_COLUMNS]
    line = lambda values: "  ".join(str(v).rjust(w) for v, w in zip(values, widths, strict=True))  # noqa: E731
    body = [line(SUMMARY_COLUMNS), *(line([r[c] for c in SUMMARY_COLUMNS]) for r in summary)]
    return "\n".join(body + [f"{skipped} file(s) already loaded earlier were skipped; "
                             "per-file details: ops.ingest_files"])


@task(name="ingest-inbox", tags=["warehouse-writer"], retries=2, retry_delay_seconds=[5, 30])
def ingest_task(inbox: str, run_id: str) -> IngestReport:
    """Each file is its own transaction, so a retry simply skips what already loaded."""
    logger = get_run_logger()
    with stage_connection() as con:
        report = run_ingest(con, Path(inbox), run_id)
        summary = rows(con, "ingest_by_kind", {"run_id": run_id})
    for f in report.files:
        if f.status == "rejected":
            logger.error("Rejected %s: %s", f.path, f.error)
        elif f.status != "skipped":
            logger.debug("%s %s: %d loaded, %d quarantined", f.status, f.path, f.rows_loaded, f.rows_quarantined)
    skipped = sum(f.status == "skipped" for f in report.files)
    if summary:
        logger.info("Ingested from %s:\n%s", inbox, summary_table(summary, skipped))
    else:
        logger.info("No new files in %s (%d already loaded)", inbox, skipped)
    empty = {"kind": "(no new files)", **dict.fromkeys(SUMMARY_COLUMNS[1:], 0)}
    create_table_artifact(key="ingest-summary", table=summary or [empty],
                          description="Files and rows this run ingested, per table (same query as the report)")
    return report


@flow(name="ingest", flow_run_name=run_name("ingest"), log_prints=True)
def ingest_flow(inbox: str | None = None) -> dict:
    """Load new export files from the inbox into raw.*; files already loaded are skipped by content.

    Rejected files never stop the others from loading. Run on its own, the flow fails at the end
    when a file was rejected; inside the nightly, the nightly reports them once every stage ran.

    Args:
        inbox: Folder with orders/, products/ and customers/ export files (CSV, Parquet, JSON).
            None means SHOPCOPY_INBOX.
    """
    report = ingest_task(inbox or str(get_settings().inbox), run_id_for("ingest"))
    if report.rejected and not is_subflow():
        raise InputFilesRejected(rejected_message(report))
    return {"tables": report.totals(), "rejected_files": [f.path for f in report.rejected],
            "rejected_message": rejected_message(report, all_stages_ran=True) if report.rejected else None}
