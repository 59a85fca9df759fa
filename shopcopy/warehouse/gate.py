"""Warehouse side of the gate's evaluation: keep each run's figures in ops.guardrail_evals, so
a policy change shows its effect in SQL (compare rows by gate_version)."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from shopcopy.clock import utc_naive
from shopcopy.warehouse.retry import write_attempts
from shopcopy.warehouse.sql import run_sql


def store_eval(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> int:
    """Append one evaluation run (rows from shopcopy.guardrails.evaluate.figure_table)."""
    if not rows:
        return 0
    now = utc_naive()
    table = pa.Table.from_pylist([{**r, "created_at": now} for r in rows])
    for tx in write_attempts(con, "gate_eval"):
        with tx:
            con.register("eval_batch", table)
            try:
                run_sql(con, "guardrails/insert_eval")
            finally:
                con.unregister("eval_batch")
    return len(rows)
