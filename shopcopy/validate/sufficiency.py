"""Data-sufficiency gate: is there enough order history to predict demand for a snapshot?

Three verdicts, so the prediction stage can act on them:
- sufficient: every threshold met (settings.min_buyers, settings.min_history_days, orders in the
  last 30 days, some repeat buyers): predict normally.
- low_confidence (not sufficient): some buyers, some repeat buyers and recent orders exist but
  a size threshold is missed: predict, and flag the predictions as low confidence.
- neither: nothing to learn from; the prediction stage should refuse politely with `reasons`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.settings import Settings
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_attempts


@dataclass(frozen=True)
class Sufficiency:
    snapshot_date: date
    sufficient: bool
    low_confidence: bool
    buyers: int
    history_days: int
    orders_last_30d: int
    repeat_buyers: int
    reasons: list[str]
    run_id: str | None = None


def data_sufficiency(con: duckdb.DuckDBPyConnection, snapshot_date: date, settings: Settings) -> Sufficiency:
    """Measure the history in staging.orders before snapshot_date and judge it (writes nothing)."""
    buyers, days, recent, repeat = run_sql(
        con, "validate/data_sufficiency", {"snapshot_date": snapshot_date}).fetchall()[0]
    reasons = []
    if buyers < settings.min_buyers:
        reasons.append(f"only {buyers} buyers before {snapshot_date}; at least {settings.min_buyers} needed")
    if days < settings.min_history_days:
        reasons.append(f"only {days} days of order history; at least {settings.min_history_days} needed")
    if recent == 0:
        reasons.append("no orders in the 30 days before the snapshot: the data looks stale")
    if repeat == 0:
        reasons.append("no repeat buyers: nothing to learn repurchase timing from")
    usable = buyers > 0 and recent > 0 and repeat > 0
    return Sufficiency(snapshot_date, not reasons, bool(reasons) and usable,
                       buyers, days, recent, repeat, reasons)


def record_sufficiency(con: duckdb.DuckDBPyConnection, run_id: str, verdict: Sufficiency) -> Sufficiency:
    """Store the verdict in ops.data_sufficiency (one row per run and snapshot)."""
    row = {k: v for k, v in asdict(verdict).items() if k != "run_id"}
    for tx in write_attempts(con, "validate"):
        with tx:
            run_sql(con, "validate/replace_sufficiency",
                    {**row, "run_id": run_id, "created_at": utc_naive().replace(microsecond=0)})
    return Sufficiency(**{**asdict(verdict), "run_id": run_id})


def latest_sufficiency(con: duckdb.DuckDBPyConnection, snapshot_date: date) -> Sufficiency | None:
    """The latest stored verdict for the snapshot, or None when no validation run measured it."""
    rows = run_sql(con, "validate/latest_sufficiency", {"snapshot_date": snapshot_date}).fetchall()
    if not rows:
        return None
    run_id, snap, sufficient, low, buyers, days, recent, repeat, reasons, _ = rows[0]
    return Sufficiency(snap, sufficient, low, buyers, days, recent, repeat, list(reasons), run_id)
