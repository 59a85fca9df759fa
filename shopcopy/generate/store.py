"""Warehouse side of generation: which inputs are already paid for, and batch writes.

Every batch (gen rows of all tasks + their ops.llm_calls rows) is one transaction, so a crash
loses at most the batch in flight and a rerun finds everything before it already stored. On a
DuckLake a batch that conflicts with another writer's commit is written again (bounded retries).
Called from the main thread only (DuckDB connections are not shared across threads here).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa

from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_transaction


def stored_hashes(con: duckdb.DuckDBPyConnection, hashes: list[str]) -> set[tuple[str, str]]:
    """(task, input_hash) pairs among `hashes` that already have an output row."""
    if not hashes:
        return set()
    return set(run_sql(con, "generate/existing_hashes", {"hashes": hashes}).fetchall())


def touch(con: duckdb.DuckDBPyConnection, task: str, hashes: list[str], snapshot_date: date) -> None:
    """Mark skipped (already generated) inputs as current on this snapshot."""
    if hashes:
        run_sql(con, f"generate/touch_{task}", {"hashes": hashes, "snapshot_date": snapshot_date})


def _insert(con: duckdb.DuckDBPyConnection, sql_name: str, view: str, rows: list[dict]) -> None:
    con.register(view, pa.Table.from_pylist(rows))
    try:
        run_sql(con, sql_name)
    finally:
        con.unregister(view)


def write_batch(
    con: duckdb.DuckDBPyConnection,
    rows: dict[str, list[dict]],
    calls: list[dict],
    *,
    replace: bool,
) -> None:
    """Insert one batch of outputs and call records atomically.

    With `replace` (--force) stored outputs for the same inputs are deleted first, so a hash
    never has two rows.
    """
    def body(c) -> None:
        for task, task_rows in rows.items():
            if not task_rows:
                continue
            if replace:
                run_sql(c, f"generate/delete_hashes_{task}", {"hashes": [r["input_hash"] for r in task_rows]})
            _insert(c, f"generate/insert_{task}", "gen_batch", task_rows)
        if calls:
            _insert(c, "generate/insert_llm_calls", "calls_batch", calls)

    write_transaction(con, body, what="generation_batch")


def repeated_failures(con: duckdb.DuckDBPyConnection, hashes: list[str], k: int) -> dict[tuple[str, str], dict]:
    """{(task, input_hash): why} for the items among `hashes` that failed for the same reason on
    each of their last `k` runs (k = 0: never park). Asking again would pay for the same failure."""
    if not hashes or k <= 0:
        return {}
    cur = run_sql(con, "generate/repeated_failures", {"hashes": hashes, "k": k})
    cols = [d[0] for d in cur.description]
    return {(r[0], r[1]): dict(zip(cols, r, strict=True)) for r in cur.fetchall()}


def record_run(con: duckdb.DuckDBPyConnection, report, created_at) -> None:
    """Store one run's per-task tallies (ops.generation_runs) and its parked items
    (ops.parked_items): what the report and marts.generation_by_run read back."""
    tallies = [{"run_id": report.run_id, "snapshot_date": report.snapshot_date, "task": task,
                "items": report.items[task], "unchanged": report.skipped[task],
                "parked": report.parked[task], "written": sum(report.statuses.get(task, {}).values()),
                "failed": report.failed[task], "left_for_next_run": report.left[task],
                "created_at": created_at} for task in report.items]
    parked = [{"run_id": report.run_id, "task": p["task"], "item_key": p["item_key"],
               "input_hash": p["input_hash"], "outcome": p["outcome"], "error": p["error"],
               "failed_runs": p["failed_runs"], "last_failed_at": p["last_failed_at"],
               "created_at": created_at} for p in report.parked_items]
    def body(c) -> None:
        if tallies:
            _insert(c, "generate/insert_generation_run", "tallies_batch", tallies)
        if parked:
            _insert(c, "generate/insert_parked_items", "parked_batch", parked)

    write_transaction(con, body, what="generation_run")


def _write_tallies(con: duckdb.DuckDBPyConnection, tallies: list[dict]) -> None:
    """Only the per-task tallies (tests of concurrent writers replace one row from two processes)."""
    write_transaction(con, lambda c: _insert(c, "generate/insert_generation_run", "tallies_batch", tallies),
                      what="generation_run")
