"""Warehouse side of generation: which inputs are already paid for, and batch writes.

Every batch (gen rows of all tasks + their ops.llm_calls rows) is one transaction, so a crash
loses at most the batch in flight and a rerun finds everything before it already stored.
Called from the main thread only (DuckDB connections are not shared across threads here).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa

from shopcopy.warehouse import run_sql, transaction


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
    with transaction(con):
        for task, task_rows in rows.items():
            if not task_rows:
                continue
            if replace:
                run_sql(con, f"generate/delete_hashes_{task}", {"hashes": [r["input_hash"] for r in task_rows]})
            _insert(con, f"generate/insert_{task}", "gen_batch", task_rows)
        if calls:
            _insert(con, "generate/insert_llm_calls", "calls_batch", calls)
