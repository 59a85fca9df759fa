"""Open the DuckDB warehouse: one writer at a time, a clear message when busy, always UTC."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from shopcopy.warehouse.migrate import migrate, refresh_views


class WarehouseBusyError(RuntimeError):
    """Another process holds the DuckDB write lock (e.g. a second nightly run)."""


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    migrate_schema: bool = True,
    wait_s: float = 0.0,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; create it, apply migrations and refresh views unless read-only.

    DuckDB allows one writing process per file. When another process holds it we either wait up
    to `wait_s` or raise WarehouseBusyError with a message a person can act on, never the raw
    lock traceback. Every connection runs in UTC (see shopcopy.clock).
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
    con.execute("set TimeZone = 'UTC'")
    if migrate_schema and not read_only:
        migrate(con)
        refresh_views(con)
    return con
