"""Named SQL files (`sql/<folder>/<name>.sql`, run with bound parameters) and transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
LAKE_ALIAS = "lake"  # the name a DuckLake warehouse is attached under (shopcopy.warehouse.connect)


@cache
def sql_text(name: str) -> str:
    """Text of `sql/<name>.sql`, e.g. sql_text("ingest/merge_orders")."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"No SQL file {path} (named '{name}')")
    return path.read_text(encoding="utf-8")


def run_sql(con: duckdb.DuckDBPyConnection, name: str, params: dict | list | None = None):
    """Execute the named SQL file with bound parameters (never string formatting)."""
    return con.execute(sql_text(name), params) if params is not None else con.execute(sql_text(name))


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All-or-nothing block: commit on success, roll back on any exception."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    else:
        con.execute("commit")


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this connection's tables are a DuckLake's (attached as `lake` and in use)."""
    return con.execute("select current_database()").fetchone()[0] == LAKE_ALIAS
