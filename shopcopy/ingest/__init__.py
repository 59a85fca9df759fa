"""Ingest stage: inbox files (CSV, Parquet, JSON; plain, gzip or zstd) into raw.*, exactly once,
with a file ledger and quarantine. How each file is read comes from its source in the sources file
(shopcopy/ingest/sources.py). `run_ingest` is the stage function the flow and the CLI both call."""

from pathlib import Path

import duckdb

from shopcopy.ingest.load import (
    KIND_BY_NAME,
    KINDS,
    FileOutcome,
    IngestReport,
    Kind,
    ingest_file,
    ingest_files,
    ingest_inbox,
)
from shopcopy.settings import Settings


class InputFilesRejected(RuntimeError):
    """All stages ran, but some inbox files were rejected and need a person's attention."""


def run_ingest(con: duckdb.DuckDBPyConnection, inbox: Path, run_id: str,
               settings: Settings | None = None) -> IngestReport:
    """Load every new file of the inbox; rejected files never stop the others."""
    return ingest_inbox(con, Path(inbox), run_id, settings)


def rejected_message(report: IngestReport, all_stages_ran: bool = False) -> str:
    names = ", ".join(Path(f.path).name for f in report.rejected)
    lead = (f"All stages ran, but {len(report.rejected)} input file(s) were rejected and not loaded"
            if all_stages_ran else f"{len(report.rejected)} file(s) rejected")
    return f"{lead}: {names}. See ops.ingest_files for why; fix and drop them in the inbox again."


__all__ = [
    "KINDS", "KIND_BY_NAME", "FileOutcome", "IngestReport", "InputFilesRejected", "Kind",
    "ingest_file", "ingest_files", "ingest_inbox", "rejected_message", "run_ingest",
]
