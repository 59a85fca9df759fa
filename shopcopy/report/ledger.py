"""The run ledger (ops.runs): a run starts, a run that died is noticed, a run ends with the
figures of its report. The nightly flow's hooks and `shopcopy run nightly` both write it here."""

from __future__ import annotations

import json
from datetime import date

import duckdb

from shopcopy.report.nightly import build_report, summary
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import conflict_retries, reset_retries, write_transaction


def record_run_start(con, run_id: str, flow: str, snapshot_date: date) -> None:
    reset_retries()  # the run's write-conflict retries are counted from here (summary at the end)
    run_sql(con, "report/run_start", {"run_id": run_id, "flow": flow, "snapshot_date": snapshot_date})


def close_abandoned_runs(con, run_id: str) -> list[str]:
    """Mark runs left 'running' by a dead process as failed; call only while holding the run lock."""
    def body(c) -> list[str]:
        ids = [r[0] for r in run_sql(c, "report/abandoned_runs", {"run_id": run_id}).fetchall()]
        if ids:
            run_sql(c, "report/close_abandoned_runs", {"run_id": run_id})
        return ids

    return write_transaction(con, body, what="run_ledger")


def record_run_end(con, run_id: str, status: str, message: str | None, summary: dict | None) -> None:
    run_sql(con, "report/run_end", {"run_id": run_id, "status": status, "message": message,
                                    "summary": json.dumps(summary, default=str) if summary else None})


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, message: str | None = None) -> bool:
    """End a run the ledger knows, with its report's figures as they stand in the warehouse.
    False when the run never started here (a refused run): nothing to end."""
    found = con.execute("select snapshot_date from ops.runs where run_id = ?", [run_id]).fetchall()
    if not found:
        return False
    try:
        figures = summary(build_report(con, run_id, found[0][0]))
        # Write transactions a DuckLake made run again after a conflict, per kind of write.
        figures["write_conflict_retries"] = conflict_retries()
    except duckdb.Error as exc:  # how the run ended matters more than its figures
        figures, message = None, f"{message or status} (report figures unavailable: {exc})"
    record_run_end(con, run_id, status, message, figures)
    return True
