"""Offline evaluation: replay the models on the last 30 days before the snapshot and score them
against simple baselines, so anyone can see in ops.model_evaluations whether they earn their keep.

The backtest pretends today is snapshot - 30 days: models see only orders before that day and
are scored on what users actually did in the 30 days after it (all before the snapshot).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

import duckdb
import numpy as np
import polars as pl
from sklearn.metrics import roc_auc_score

from shopcopy import warehouse
from shopcopy.model import demand, recommend
from shopcopy.model.features import load_customers, load_order_lines
from shopcopy.settings import Settings

DECILES = 10


@dataclass(frozen=True)
class Evaluation:
    what: str            # demand | next_category | recommendations
    metric: str
    value: float | None
    baseline: str
    baseline_value: float | None
    details: dict = field(default_factory=dict)

    @property
    def lift(self) -> float | None:
        if self.value is None or self.baseline_value is None:
            return None
        return self.value - self.baseline_value


def auc(y: np.ndarray, score: np.ndarray) -> float | None:
    """ROC AUC, or None when the window has only buyers or only non-buyers."""
    return float(roc_auc_score(y, score)) if 0 < y.sum() < len(y) else None


def calibration(y: np.ndarray, p: np.ndarray, bins: int = DECILES) -> tuple[float, list[dict]]:
    """Expected calibration error over equal-count bins of the prediction, and the bins."""
    order = np.argsort(p, kind="stable")
    rows, err = [], 0.0
    for i, idx in enumerate(np.array_split(order, bins), start=1):
        if not len(idx):
            continue
        pred, actual = float(p[idx].mean()), float(y[idx].mean())
        err += len(idx) / len(y) * abs(pred - actual)
        rows.append({"decile": i, "n": len(idx), "mean_predicted": round(pred, 4),
                     "actual_rate": round(actual, 4)})
    return err, rows


def demand_evaluations(lines: pl.DataFrame, customers: pl.DataFrame, cutoff: date) -> list[Evaluation]:
    """AUC, calibration and order-count error of the demand model trained before `cutoff`."""
    model = demand.fit_demand(lines, customers, cutoff)
    preds = demand.predict_demand(model, lines, customers, cutoff)
    truth = demand.outcomes(lines, cutoff).rename({"next_category": "actual_category"})
    feats = demand.design(lines, customers, cutoff).select("user_id", "recency_days", "orders_30d")
    j = (preds.join(feats, on="user_id").join(truth, on="user_id", how="left")
         .with_columns(pl.col("orders").fill_null(0)))
    y = (j["orders"] > 0).to_numpy()
    p = j["p_purchase_30d"].to_numpy()
    # Recency-only baseline: the more recent the last order, the likelier the next one.
    recency = -j["recency_days"].fill_null(10**6).to_numpy().astype(float)
    ece, bins = calibration(y, p)
    base_rate = model.train_buyers / model.train_rows
    info = {"cutoff": str(cutoff), "users": j.height, "buyers": int(y.sum()),
            "model_version": model.version}
    mae = float(np.abs(j["expected_orders_30d"].to_numpy() - j["orders"].to_numpy()).mean())
    mae_base = float(np.abs(j["orders_30d"].to_numpy() - j["orders"].to_numpy()).mean())
    return [
        Evaluation("demand", "auc", auc(y, p), "recency_only", auc(y, recency), info),
        Evaluation("demand", "calibration_error", ece, "train_base_rate",
                   abs(base_rate - float(y.mean())), {**info, "deciles": bins}),
        Evaluation("demand", "mae_orders_30d", mae, "orders_last_30d", mae_base, info),
        next_category_evaluation(j, lines, cutoff),
    ]


def next_category_evaluation(j: pl.DataFrame, lines: pl.DataFrame, cutoff: date) -> Evaluation:
    """Top-1 accuracy on buyers' first order vs their most bought category (by lines; the
    shop's most bought category of the last 90 days for users without history)."""
    before = lines.filter(pl.col("order_date") < cutoff)
    shop_top = (before.filter(pl.col("order_date") >= cutoff - timedelta(days=90))
                .group_by("category").len().sort(["len", "category"], descending=[True, False]))
    fallback = shop_top["category"][0] if shop_top.height else None
    most = (before.group_by("user_id", "category").len()
            .sort(["user_id", "len", "category"], descending=[False, True, False])
            .group_by("user_id", maintain_order=True).agg(most_bought=pl.col("category").first()))
    buyers = (j.filter(pl.col("actual_category").is_not_null())
              .join(most, on="user_id", how="left")
              .with_columns(pl.col("most_bought").fill_null(fallback)))
    hit = lambda col: (buyers[col] == buyers["actual_category"]).mean() if buyers.height else None  # noqa: E731
    return Evaluation("next_category", "top1_accuracy", hit("next_category"),
                      "most_bought_category", hit("most_bought"),
                      {"cutoff": str(cutoff), "buyers": buyers.height})


def next_orders(lines: pl.DataFrame, start: date, days: int = 30) -> pl.DataFrame:
    """(user, product) of each user's first purchase day in [start, start+days)."""
    window = lines.filter(pl.col("order_date").is_between(
        start, start + timedelta(days=days), closed="left"))
    first_day = pl.col("order_date") == pl.col("order_date").min().over("user_id")
    return window.filter(first_day).select("user_id", "product_id").unique()


def ranking_metrics(recs: pl.DataFrame, truth: pl.DataFrame, k: int) -> tuple[float | None, float | None]:
    """Hit-rate@k and NDCG@k (binary relevance) over the users in `truth`."""
    rel = (recs.filter(pl.col("rank") <= k)
           .join(truth.with_columns(rel=pl.lit(1.0)), on=["user_id", "product_id"], how="left")
           .with_columns(gain=pl.col("rel").fill_null(0.0) / (pl.col("rank") + 1).log(2))
           .group_by("user_id").agg(hit=(pl.col("gain") > 0).any(), dcg=pl.col("gain").sum()))
    ideal = truth.group_by("user_id").agg(n=pl.len()).with_columns(
        idcg=pl.col("n").map_elements(lambda n: sum(1 / math.log2(i + 2) for i in range(min(n, k))),
                                      return_dtype=pl.Float64))
    # Sorted: group_by's row order varies between runs, and so would the float mean's last bit.
    per_user = ideal.join(rel, on="user_id", how="left").with_columns(
        pl.col("hit").fill_null(False), pl.col("dcg").fill_null(0.0)).sort("user_id")
    if not per_user.height:
        return None, None
    return float(per_user["hit"].mean()), float((per_user["dcg"] / per_user["idcg"]).mean())


def recommendation_evaluations(lines: pl.DataFrame, customers: pl.DataFrame,
                               products: pl.DataFrame, cutoff: date,
                               settings: Settings) -> list[Evaluation]:
    """Hit-rate@k and NDCG@k on each known user's next order, model vs popularity."""
    k, days = settings.recs_k, settings.recent_purchase_days
    known = pl.concat([customers.filter(pl.col("signup_date").is_null()
                                        | (pl.col("signup_date") < cutoff)).select("user_id"),
                       lines.filter(pl.col("order_date") < cutoff).select("user_id")]).unique()
    truth = next_orders(lines, cutoff).join(known, on="user_id", how="semi")
    model = recommend.recommend(lines, products, known, cutoff, k, days)
    base = recommend.popularity_baseline(lines, products, known, cutoff, k, days)
    (hit, ndcg), (hit_b, ndcg_b) = ranking_metrics(model, truth, k), ranking_metrics(base, truth, k)
    info = {"cutoff": str(cutoff), "users": truth["user_id"].n_unique(), "k": k}
    return [Evaluation("recommendations", f"hit_rate@{k}", hit, "popularity", hit_b, info),
            Evaluation("recommendations", f"ndcg@{k}", ndcg, "popularity", ndcg_b, info)]


def history_counts(lines: pl.DataFrame, cutoff: date) -> dict:
    """How much history a backtest at `cutoff` has: the counts a "not enough data" note shows."""
    before = lines.filter(pl.col("order_date") < cutoff)
    after = lines.filter(pl.col("order_date") >= cutoff)
    first = before["order_date"].min() if before.height else None
    return {"cutoff": str(cutoff), "buyers_before_cutoff": before["user_id"].n_unique(),
            "history_days": (cutoff - first).days if first else 0,
            "buyers_after_cutoff": after["user_id"].n_unique()}


def skipped(what: str, reason: str, counts: dict) -> Evaluation:
    """A backtest that could not run: metric 'skipped', no value, the reason and counts in details."""
    return Evaluation(what, "skipped", None, "", None, {"reason": reason, **counts})


def evaluate(lines: pl.DataFrame, customers: pl.DataFrame, products: pl.DataFrame,
             snapshot: date, settings: Settings) -> list[Evaluation]:
    """Every backtest that the history allows; the others become 'skipped' rows with their
    reason, so a young shop gets a report instead of a crashed run."""
    cutoff = snapshot - timedelta(days=demand.HORIZON_DAYS)
    counts = history_counts(lines, cutoff)
    try:
        demand_evals = demand_evaluations(lines, customers, cutoff)
    except demand.InsufficientDataError as exc:
        demand_evals = [skipped("demand", str(exc), counts), skipped("next_category", str(exc), counts)]
    if not counts["buyers_before_cutoff"] or not counts["buyers_after_cutoff"]:
        reason = (f"No orders {'before' if not counts['buyers_before_cutoff'] else 'on or after'} "
                  f"{cutoff}: recommendations need purchases on both sides of the backtest cutoff.")
        return demand_evals + [skipped("recommendations", reason, counts)]
    return demand_evals + recommendation_evaluations(lines, customers, products, cutoff, settings)


def write_evaluations(con: duckdb.DuckDBPyConnection, evals: list[Evaluation], snapshot: date,
                      run_id: str) -> int:
    """Replace the snapshot's evaluations in one transaction."""
    rows = [{**asdict(e), "details": json.dumps(e.details), "run_id": run_id,
             "snapshot_date": snapshot} for e in evals]
    frame = pl.DataFrame(rows, schema={"what": pl.String, "metric": pl.String,
                                       "value": pl.Float64, "baseline": pl.String,
                                       "baseline_value": pl.Float64, "details": pl.String,
                                       "run_id": pl.String, "snapshot_date": pl.Date})
    warehouse.replace_snapshot(con, frame, "model_evaluations", snapshot)
    return len(rows)


def run_evaluation(con: duckdb.DuckDBPyConnection, snapshot_date: date, run_id: str,
                   settings: Settings, prediction_skipped: str | None = None) -> list[Evaluation]:
    """Backtest demand, next category and recommendations; store and return the numbers.

    `prediction_skipped` (the reason the demand stage wrote no predictions) is stored with them
    as a ('demand', 'prediction_skipped') row, so the table says why a snapshot has none."""
    lines, customers = load_order_lines(con, snapshot_date), load_customers(con, snapshot_date)
    evals = evaluate(lines, customers, recommend.load_products(con), snapshot_date, settings)
    if prediction_skipped:
        evals.append(Evaluation("demand", "prediction_skipped", None, "", None,
                                {"reason": prediction_skipped, **history_counts(lines, snapshot_date)}))
    write_evaluations(con, evals, snapshot_date, run_id)
    return evals
