"""Named SQL files: `sql/<folder>/<name>.sql`, loaded by name and run with bound parameters."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"


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
