"""Warehouse access: open the DuckDB file, apply numbered migrations once, load named SQL files."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"


class WarehouseBusyError(RuntimeError):
    """Another process holds the DuckDB write lock (e.g. a second nightly run)."""


@cache
def sql_text(name: str) -> str:
    """Text of `sql/<name>.sql`, e.g. sql_text("staging/merge_orders")."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"No SQL file {path} (named '{name}')")
    return path.read_text(encoding="utf-8")


def run_sql(con: duckdb.DuckDBPyConnection, name: str, params: dict | list | None = None):
    """Execute the named SQL file with bound parameters (never string formatting)."""
    return con.execute(sql_text(name), params) if params is not None else con.execute(sql_text(name))


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    migrate_schema: bool = True,
    wait_s: float = 0.0,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; create it and apply migrations unless read-only.

    DuckDB allows one writing process per file. When another process holds it we either wait up
    to `wait_s` or raise WarehouseBusyError with a message a person can act on, never the raw
    lock traceback.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(
            f"Warehouse {path} does not exist yet; run `shopcopy ingest` or `shopcopy run nightly` first."
        )
    deadline = time.monotonic() + wait_s
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusyError(
                    f"Warehouse {path} is in use by another shopcopy process (DuckDB allows one "
                    "writer). Wait for that run to finish, or stop it, then retry."
                ) from None
            time.sleep(0.5)
    if migrate_schema and not read_only:
        migrate(con)
        refresh_views(con)
    return con


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every `sql/schema/NNN_*.sql` not yet recorded in ops.schema_migrations, in order."""
    con.execute("create schema if not exists ops")
    con.execute(
        """create table if not exists ops.schema_migrations (
               name varchar primary key, checksum varchar not null,
               applied_at timestamp not null default current_timestamp)"""
    )
    done = {r[0] for r in con.execute("select name from ops.schema_migrations").fetchall()}
    applied = []
    for file in sorted((SQL_DIR / "schema").glob("[0-9][0-9][0-9]_*.sql")):
        if file.name in done:
            continue
        body = file.read_text(encoding="utf-8")
        with transaction(con):
            con.execute(body)
            con.execute(
                "insert into ops.schema_migrations (name, checksum) values (?, ?)",
                [file.name, hashlib.sha256(body.encode()).hexdigest()],
            )
        applied.append(file.name)
    return applied


def refresh_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the views in sql/views/ and sql/marts/ (create or replace, so always safe)."""
    for folder in ("views", "marts"):
        for file in sorted((SQL_DIR / folder).glob("*.sql")):
            con.execute(file.read_text(encoding="utf-8"))


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


def replace_snapshot(con: duckdb.DuckDBPyConnection, frame, name: str, snapshot: date) -> int:
    """Replace one snapshot's rows of a table from an Arrow-compatible frame, in one transaction.

    The frame is visible as `_<name>` to `sql/features/delete_<name>.sql` (bound $snapshot) and
    `sql/features/insert_<name>.sql`, so a rerun for the same date never leaves duplicates.
    """
    con.register(f"_{name}", frame.to_arrow() if hasattr(frame, "to_arrow") else frame)
    try:
        with transaction(con):
            run_sql(con, f"features/delete_{name}", {"snapshot": snapshot})
            run_sql(con, f"features/insert_{name}")
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
