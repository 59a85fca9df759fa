"""Snapshot tables: replace one snapshot date's rows in one transaction; table row counts."""

from __future__ import annotations

from datetime import date

import duckdb

from shopcopy.warehouse.retry import write_attempts
from shopcopy.warehouse.sql import run_sql


def replace_snapshot(con: duckdb.DuckDBPyConnection, frame, name: str, snapshot: date) -> int:
    """Replace one snapshot's rows of a table from an Arrow-compatible frame, in one transaction.

    The frame is visible as `_<name>` to `sql/model/delete_<name>.sql` (bound $snapshot) and
    `sql/model/insert_<name>.sql`, so a rerun for the same date never leaves duplicates.
    """
    con.register(f"_{name}", frame.to_arrow() if hasattr(frame, "to_arrow") else frame)
    try:
        for tx in write_attempts(con, "model"):
            with tx:
                run_sql(con, f"model/delete_{name}", {"snapshot": snapshot})
                run_sql(con, f"model/insert_{name}")
    finally:
        con.unregister(f"_{name}")
    return len(frame)


def table_counts(con: duckdb.DuckDBPyConnection, schemas: tuple[str, ...]) -> list[tuple[str, int]]:
    """(schema.table, row count) for every base table in the given schemas."""
    tables = con.execute(
        """select table_schema || '.' || table_name from information_schema.tables
           where table_type = 'BASE TABLE' and table_schema in (select unnest(?))
           order by 1""",
        [list(schemas)],
    ).fetchall()
    # Table names come from the catalog, not from users, so quoting them is safe here.
    return [
        (t, con.execute(f'select count(*) from {".".join(chr(34) + p + chr(34) for p in t.split("."))}').fetchone()[0])
        for (t,) in tables
    ]
