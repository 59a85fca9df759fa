"""Helpers shared by the stage flows: run ids and the one warehouse connection per stage."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from shopcopy import warehouse
from shopcopy.settings import get_settings


def run_id_for(prefix: str) -> str:
    """The Prefect flow run id when there is one (so UI and warehouse line up), else a fresh id."""
    from prefect.runtime import flow_run

    return str(flow_run.id) if flow_run.id else f"{prefix}-{uuid.uuid4().hex[:12]}"


@contextmanager
def stage_connection(wait_s: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    con = warehouse.connect(get_settings().warehouse, wait_s=wait_s)
    try:
        yield con
    finally:
        con.close()
