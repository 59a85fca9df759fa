"""Attribution and uplift: what each arm's members did in the window (staging.campaign_member_outcomes)
and how each variant compares with control and with the other variants.

Results are written to ops.campaign_arm_results / ops.campaign_comparisons (replaced per campaign)
and read by marts.campaign_results; the nightly recomputes them for running campaigns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import duckdb
import numpy as np
import polars as pl
import pyarrow as pa

from shopcopy.campaigns.assign import CONTROL
from shopcopy.campaigns.create import CampaignError
from shopcopy.campaigns.stats import ArmData, compare_arms
from shopcopy.clock import utc_naive
from shopcopy.warehouse import run_sql, sql_text
from shopcopy.warehouse.retry import write_attempts


@dataclass
class CampaignResults:
    campaign: dict                 # the ops.campaigns row
    arms: list[dict]               # one row per arm (ops.campaign_arm_results shape) + mde
    comparisons: list[dict]        # ops.campaign_comparisons shape
    outcomes: pl.DataFrame         # one row per member
    observed_through: datetime | None
    window_closed: bool

    @property
    def window_end(self) -> datetime:
        return self.campaign["send_at"] + timedelta(days=self.campaign["window_days"])

    @property
    def observed_days(self) -> float:
        if self.observed_through is None:
            return 0.0
        return max((self.observed_through - self.campaign["send_at"]).total_seconds() / 86400, 0.0)


def frame(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> pl.DataFrame:
    """A named SQL file's result as a Polars frame (typed through Arrow, one copy)."""
    return pl.from_arrow(con.sql(sql_text(name), params=params or None).to_arrow_table())


def load_outcomes(con: duckdb.DuckDBPyConnection, campaign_id: str) -> pl.DataFrame:
    return frame(con, "campaigns/member_outcomes", {"campaign_id": campaign_id})


def compute_results(con: duckdb.DuckDBPyConnection, campaign_id: str) -> CampaignResults:
    arms_rows = run_sql(con, "campaigns/campaign", {"campaign_id": campaign_id})
    names = [d[0] for d in arms_rows.description]
    arm_specs = [dict(zip(names, r, strict=True)) for r in arms_rows.fetchall()]
    if not arm_specs:
        raise CampaignError(f"no campaign '{campaign_id}'; see `shopcopy campaign list`")
    campaign = {k: arm_specs[0][k] for k in ("campaign_id", "snapshot_date", "send_at", "window_days",
                                             "holdout_share", "assignment", "audience", "base_rate",
                                             "alpha", "power", "exports")}
    outcomes = load_outcomes(con, campaign_id)
    latest = run_sql(con, "campaigns/observed_through").fetchone()[0]
    window_end = campaign["send_at"] + timedelta(days=campaign["window_days"])
    observed = min(latest, window_end) if latest is not None else None
    closed = latest is not None and latest >= window_end
    data = []
    for spec in arm_specs:
        part = outcomes.filter(pl.col("arm") == spec["arm"])
        data.append(ArmData(spec["arm"], part["converted"].to_numpy().astype(bool),
                            part["revenue"].to_numpy().astype(float)))
    now = utc_naive()
    arms = []
    for spec, d in zip(arm_specs, data, strict=True):
        part = outcomes.filter(pl.col("arm") == spec["arm"])
        arms.append({
            "campaign_id": campaign_id, "arm": spec["arm"], "members": d.members,
            "exported": int(part["exported"].sum()), "conversions": d.conversions,
            "conversion_rate": d.conversions / d.members if d.members else None,
            "orders": int(part["orders"].sum()), "revenue": float(np.sum(d.revenue)),
            "revenue_per_member": float(np.mean(d.revenue)) if d.members else None,
            "observed_through": observed, "window_closed": closed, "computed_at": now,
            "mde": spec["mde"], "prompt_name": spec["prompt_name"], "model": spec["model"],
        })
    comparisons = [{"campaign_id": campaign_id, **r, "computed_at": now}
                   for r in compare_arms(data, CONTROL, alpha=campaign["alpha"])]
    return CampaignResults(campaign, arms, comparisons, outcomes, observed, closed)


ARM_COLUMNS = ["campaign_id", "arm", "members", "exported", "conversions", "conversion_rate", "orders",
               "revenue", "revenue_per_member", "observed_through", "window_closed", "computed_at"]
COMPARISON_SCHEMA = pa.schema([
    ("campaign_id", pa.string()), ("arm", pa.string()), ("compared_to", pa.string()),
    ("metric", pa.string()), ("estimate", pa.float64()), ("ci_low", pa.float64()),
    ("ci_high", pa.float64()), ("p_value", pa.float64()), ("p_adjusted", pa.float64()),
    ("significant", pa.bool_()), ("note", pa.string()), ("computed_at", pa.timestamp("us")),
])


def store_results(con: duckdb.DuckDBPyConnection, results: CampaignResults) -> None:
    """Replace the campaign's stored results in one transaction."""
    arms = pa.Table.from_pylist([{k: a[k] for k in ARM_COLUMNS} for a in results.arms])
    comps = pa.Table.from_pylist([{k: _finite(c[k]) for k in COMPARISON_SCHEMA.names}
                                  for c in results.comparisons], schema=COMPARISON_SCHEMA)
    for tx in write_attempts(con, "campaigns"):
        with tx:
            run_sql(con, "campaigns/use_campaign", {"campaign_id": results.campaign["campaign_id"]})
            con.register("arm_results_batch", arms)
            con.register("comparisons_batch", comps)
            try:
                run_sql(con, "campaigns/replace_results")
            finally:
                con.unregister("arm_results_batch")
                con.unregister("comparisons_batch")


def _finite(v):
    """NaN (an undefined estimate, e.g. an empty arm) is stored as NULL, not as a number."""
    return None if isinstance(v, float) and not np.isfinite(v) else v


def run_campaign_results(con: duckdb.DuckDBPyConnection, campaign_id: str) -> CampaignResults:
    """Compute and store one campaign's results (what the CLI and the flows call)."""
    results = compute_results(con, campaign_id)
    store_results(con, results)
    return results


def campaigns_due(con: duckdb.DuckDBPyConnection, snapshot_date: date) -> list[str]:
    """The campaigns a nightly for `snapshot_date` refreshes: open at the end of that shop day,
    or closed recently enough that late orders still count."""
    end_of_day = datetime.combine(snapshot_date + timedelta(days=1), datetime.min.time())
    return [c["campaign_id"] for c in campaigns_to_update(con, end_of_day)]


def campaigns_to_update(con: duckdb.DuckDBPyConnection, now: datetime) -> list[dict]:
    """Campaigns whose window is open or closed within the last window length (late orders)."""
    cur = run_sql(con, "campaigns/list_campaigns", {"now": now})
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    return [r for r in rows if r["state"] == "running" or (
        r["state"] == "finished" and now <= r["send_at"] + timedelta(days=2 * r["window_days"]))]
