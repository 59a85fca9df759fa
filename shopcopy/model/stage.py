"""The model stage's steps as the nightly runs them: a shop too young for a model is a normal
night, not a crash. The flow tasks and `shopcopy run nightly` (without a server) call these."""

from __future__ import annotations

from datetime import date

import duckdb

from shopcopy.model.demand import DemandResult, InsufficientDataError, run_demand
from shopcopy.settings import Settings


def run_demand_or_skip(con: duckdb.DuckDBPyConnection, snapshot_date: date, run_id: str,
                       settings: Settings) -> tuple[DemandResult | None, str | None]:
    """(result, None) when demand was predicted; (None, reason) when the history is too short.
    The reason goes to ops.model_evaluations through run_evaluation(prediction_skipped=...)."""
    try:
        return run_demand(con, snapshot_date, run_id, settings), None
    except InsufficientDataError as exc:
        return None, str(exc)
