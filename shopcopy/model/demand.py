"""Demand prediction: will a user buy in the next 30 days, how often, when, and in which category.

Gradient boosting (scikit-learn) trained on past snapshots whose 30-day outcome is already
known, then applied to the current snapshot. Features come from the same pure function as
features.user_features, computed point-in-time for each training snapshot.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import date, timedelta

import duckdb
import numpy as np
import polars as pl
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from threadpoolctl import threadpool_limits

from shopcopy import warehouse
from shopcopy.model.features import compute_features, load_customers, load_order_lines
from shopcopy.settings import Settings
from shopcopy.validate.sufficiency import data_sufficiency, latest_sufficiency

HORIZON_DAYS = 30
TRAIN_WINDOWS = 3  # stacked past snapshots (S-30, S-60, S-90): more rows, steadier fit
NUMERIC = ["recency_days", "frequency", "monetary", "avg_order_value", "tenure_days",
           "orders_30d", "orders_90d", "avg_gap_days", "last_gap_days", "price_ratio",
           "discount_share", "returns_share", "channel_web_share", "channel_app_share",
           "channel_store_share", "overdue"]
# Small, regularised trees: the demo shop has a few thousand users, not millions.
PARAMS = dict(learning_rate=0.05, max_iter=150, max_leaf_nodes=15, min_samples_leaf=20,
              l2_regularization=1.0, random_state=0)


class InsufficientDataError(RuntimeError):
    """The data-sufficiency verdict (or the training data itself) rules out a prediction."""


@dataclass(frozen=True)
class Verdict:
    sufficient: bool
    low_confidence: bool
    reasons: list[str]
    source: str  # ops.data_sufficiency | measured


@dataclass(frozen=True)
class DemandModel:
    purchase: HistGradientBoostingClassifier
    orders: HistGradientBoostingRegressor
    category: HistGradientBoostingClassifier  # scores (user, category) pairs
    categories: list[str]
    train_snapshot: date
    train_rows: int
    train_buyers: int
    version: str


@dataclass(frozen=True)
class DemandResult:
    rows: int
    model_version: str
    train_snapshot: date
    train_rows: int
    train_buyers: int
    low_confidence: bool
    reasons: list[str]


def outcomes(lines: pl.DataFrame, start: date, days: int = HORIZON_DAYS) -> pl.DataFrame:
    """Per buyer in [start, start+days): number of orders and the main category of the first one."""
    window = lines.filter(pl.col("order_date").is_between(
        start, start + timedelta(days=days), closed="left"))
    first = (window.filter(pl.col("order_date") == pl.col("order_date").min().over("user_id"))
             .group_by("user_id", "category").agg(n=pl.len())
             .sort(["user_id", "n", "category"], descending=[False, True, False])
             .group_by("user_id", maintain_order=True).agg(next_category=pl.col("category").first()))
    counts = window.group_by("user_id").agg(orders=pl.col("order_id").n_unique())
    return counts.join(first, on="user_id", how="left")


CATEGORY_INPUTS = ["line_share", "spend_share", "lines", "line_rank", "days_since", "global_share"]
# A bigger share, a better rank, a more popular category never make a category less likely:
# the constraints keep a small training set from learning noise against that.
CATEGORY_MONOTONIC = [1, 1, 1, -1, 0, 1]


def design(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date) -> pl.DataFrame:
    """One row per user known at `snapshot`: the user-level model inputs."""
    feats = compute_features(lines, customers, snapshot).with_columns(
        overdue=pl.col("recency_days") / pl.col("avg_gap_days"))
    return feats.select("user_id", "top_category", *NUMERIC)


def category_pairs(lines: pl.DataFrame, users: pl.DataFrame, snapshot: date,
                   categories: list[str]) -> pl.DataFrame:
    """One row per (user, category): how much and how lately the user bought there, and how
    popular the category is shop-wide lately. Scoring pairs lets one binary model rank every
    category with all users' data, where a 10-class model would starve on a small shop."""
    before = lines.filter(pl.col("order_date") < snapshot)
    mine = before.group_by("user_id", "category").agg(
        lines=pl.len(), spend=pl.col("line_value").sum(), last=pl.col("order_date").max(),
    ).with_columns(
        line_share=pl.col("lines") / pl.col("lines").sum().over("user_id"),
        spend_share=pl.col("spend") / pl.col("spend").sum().over("user_id"),
        days_since=(pl.lit(snapshot, pl.Date) - pl.col("last")).dt.total_days(),
    )
    recent = (before.filter(pl.col("order_date") >= snapshot - timedelta(days=90))
              .group_by("category").agg(g=pl.len())
              .with_columns(global_share=pl.col("g") / pl.col("g").sum()))
    grid = users.select("user_id").join(pl.DataFrame({"category": categories}), how="cross")
    return (grid.join(mine, on=["user_id", "category"], how="left")
            .join(recent, on="category", how="left")
            .with_columns(pl.col("line_share", "spend_share", "lines", "global_share").fill_null(0))
            # The rank inside the user's own mix: "is this their favourite?" in one column.
            .with_columns(line_rank=pl.struct(
                pl.col("line_share"), pl.col("global_share")).rank("ordinal", descending=True)
                .over("user_id")))


def _matrix(df: pl.DataFrame, columns: list[str]) -> np.ndarray:
    return df.select(pl.col(columns).cast(pl.Float64)).to_numpy()


def _fit_matrix(df: pl.DataFrame, columns: list[str]) -> np.ndarray:
    """The training matrix, with columns that have no value at all set to 0: scikit-learn's
    binning fails on an all-missing column ("window shape cannot be larger than input array
    shape"), e.g. gap days in a young shop without repeat buyers. A constant column gets no
    split, so the model simply does not use it."""
    x = _matrix(df, columns)
    x[:, np.isnan(x).all(axis=0)] = 0.0
    return x


def training_set(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date,
                 windows: int = TRAIN_WINDOWS) -> pl.DataFrame:
    """Stack point-in-time designs at snapshot-30, -60, ... with the outcome of the 30 days after.

    A window that starts on or before the first order has no history to learn from (every
    feature empty), so it is left out; a young shop trains on the windows it has."""
    first_order = lines["order_date"].min() if lines.height else None
    parts = []
    for k in range(1, windows + 1):
        past = snapshot - timedelta(days=HORIZON_DAYS * k)
        if first_order is None or past <= first_order:
            continue
        rows = design(lines, customers, past).join(outcomes(lines, past), on="user_id", how="left")
        parts.append(rows.with_columns(pl.col("orders").fill_null(0), train_snapshot=pl.lit(past)))
    if not parts:
        raise InsufficientDataError(
            f"No training window before {snapshot} has order history: the first order is on "
            f"{first_order or 'no date (no orders)'} and the model trains on the 30-day windows "
            f"starting {snapshot - timedelta(days=HORIZON_DAYS)} and earlier. Load more order "
            f"history (orders before {snapshot - timedelta(days=HORIZON_DAYS)}) and rerun.")
    # A fixed row order: the boosted trees' float sums, hence the model, are then reproducible.
    return pl.concat(parts).sort("train_snapshot", "user_id")


def category_training_set(lines: pl.DataFrame, train: pl.DataFrame,
                          categories: list[str]) -> pl.DataFrame:
    """(user, category) pairs of each window's buyers, labelled 1 for their next category."""
    parts = []
    for (past,), buyers in train.filter(pl.col("next_category").is_not_null()).group_by(
            "train_snapshot", maintain_order=True):
        pairs = category_pairs(lines, buyers, past, categories).join(
            buyers.select("user_id", "next_category"), on="user_id")
        parts.append(pairs.with_columns(hit=pl.col("category") == pl.col("next_category"),
                                        train_snapshot=pl.lit(past)))
    return pl.concat(parts).sort("train_snapshot", "user_id", "category")


def single_threaded():
    """Shop-sized frames (thousands of rows) fit faster on one OpenMP thread: thread start-up
    and spin-waiting cost more than the trees, badly so on a busy 2-core box (measured on the
    400-user sample: fit 4.1 s -> 1.1 s, predict 2.0 s -> 0.07 s)."""
    return threadpool_limits(limits=1, user_api="openmp")


def fit_demand(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date,
               windows: int = TRAIN_WINDOWS) -> DemandModel:
    """Fit on past snapshots whose outcome windows end on or before `snapshot` (no peeking)."""
    with single_threaded():
        return _fit(lines, customers, snapshot, windows)


def _fit(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date, windows: int) -> DemandModel:
    categories = sorted(lines.filter(pl.col("order_date") < snapshot)["category"].unique())
    train = training_set(lines, customers, snapshot, windows)
    y = (train["orders"] > 0).to_numpy()
    if y.all() or not y.any():
        raise InsufficientDataError(
            f"Training windows before {snapshot} ({train.height} user-windows) have "
            f"{'only buyers' if y.all() else 'no buyers'}; "
            "load more order history (at least 90 days before the snapshot) and rerun.")
    x = _fit_matrix(train, NUMERIC)
    purchase = HistGradientBoostingClassifier(**PARAMS).fit(x, y)
    orders = HistGradientBoostingRegressor(loss="poisson", **PARAMS).fit(x, train["orders"].to_numpy())
    pairs = category_training_set(lines, train, categories)
    category = HistGradientBoostingClassifier(monotonic_cst=CATEGORY_MONOTONIC, **PARAMS).fit(
        _fit_matrix(pairs, CATEGORY_INPUTS), pairs["hit"].to_numpy())
    version = model_version(snapshot - timedelta(days=HORIZON_DAYS), categories, windows)
    return DemandModel(purchase, orders, category, categories,
                       snapshot - timedelta(days=HORIZON_DAYS), train.height, int(y.sum()), version)


def predict_next_category(model: DemandModel, lines: pl.DataFrame, users: pl.DataFrame,
                          snapshot: date) -> pl.DataFrame:
    """The most likely category of each user's next order: the best-scored (user, category)."""
    pairs = category_pairs(lines, users, snapshot, model.categories)
    scored = pairs.with_columns(
        p=pl.Series(model.category.predict_proba(_matrix(pairs, CATEGORY_INPUTS))[:, 1]))
    return (scored.sort(["user_id", "p", "category"], descending=[False, True, False])
            .group_by("user_id", maintain_order=True)
            .agg(next_category=pl.col("category").first()))


def model_version(train_snapshot: date, categories: list[str], windows: int) -> str:
    """Changes whenever the parameters, inputs, training date or library version change."""
    blob = json.dumps({"params": PARAMS, "numeric": NUMERIC, "category_inputs": CATEGORY_INPUTS,
                       "monotonic": CATEGORY_MONOTONIC,
                       "categories": categories,
                       "windows": windows, "train_snapshot": str(train_snapshot),
                       "sklearn": sklearn.__version__}, sort_keys=True)
    return "hgb-" + hashlib.sha256(blob.encode()).hexdigest()[:12]


def predict_demand(model: DemandModel, lines: pl.DataFrame, customers: pl.DataFrame,
                   snapshot: date) -> pl.DataFrame:
    """Predictions for every user known at `snapshot` (columns of predictions.user_demand)."""
    with single_threaded():
        return _predict(model, lines, customers, snapshot)


def _predict(model: DemandModel, lines: pl.DataFrame, customers: pl.DataFrame,
             snapshot: date) -> pl.DataFrame:
    rows = design(lines, customers, snapshot)
    x = _matrix(rows, NUMERIC)
    expected = model.orders.predict(x)
    return rows.select("user_id").with_columns(
        snapshot_date=pl.lit(snapshot, pl.Date),
        p_purchase_30d=pl.Series(model.purchase.predict_proba(x)[:, 1]),
        expected_orders_30d=pl.Series(expected),
        next_order_date=pl.Series([next_order_date(snapshot, e) for e in expected], dtype=pl.Date),
    ).join(predict_next_category(model, lines, rows, snapshot), on="user_id", how="left").with_columns(
        model_version=pl.lit(model.version))


def next_order_date(snapshot: date, expected_orders_30d: float) -> date | None:
    """Expected wait under a steady order rate: 30 / expected orders; none beyond a year."""
    if expected_orders_30d <= HORIZON_DAYS / 365:
        return None
    return snapshot + timedelta(days=math.ceil(HORIZON_DAYS / expected_orders_30d) - 1)


def sufficiency_verdict(con: duckdb.DuckDBPyConnection, snapshot: date,
                        settings: Settings) -> Verdict:
    """The validation stage's stored verdict for the snapshot (ops.data_sufficiency); when it
    has not run, the same judgement measured now (so a standalone `predict` is judged too)."""
    found, source = latest_sufficiency(con, snapshot), "ops.data_sufficiency"
    if found is None:
        found, source = data_sufficiency(con, snapshot, settings), "measured"
    return Verdict(found.sufficient, found.low_confidence, list(found.reasons), source)


def refuse_if_insufficient(verdict: Verdict) -> None:
    """Policy: 'sufficient' predicts; 'low confidence' predicts and flags every row; neither
    (nothing to learn from) refuses with the verdict's reasons and writes nothing."""
    if not verdict.sufficient and not verdict.low_confidence:
        raise InsufficientDataError(
            "Data-sufficiency check says there is too little history to predict demand: "
            + ("; ".join(verdict.reasons) or "no reason given")
            + ". Load more order history (see ops.data_sufficiency), then rerun.")


def write_demand(con: duckdb.DuckDBPyConnection, df: pl.DataFrame, snapshot: date) -> int:
    return warehouse.replace_snapshot(con, df, "user_demand", snapshot)


def run_demand(con: duckdb.DuckDBPyConnection, snapshot_date: date, run_id: str,
               settings: Settings) -> DemandResult:
    """Train on the past, predict for `snapshot_date`, store in predictions.user_demand.

    Refuses (InsufficientDataError) when the sufficiency verdict says there is nothing to learn
    from; writes rows flagged low_confidence when it says low confidence.
    """
    verdict = sufficiency_verdict(con, snapshot_date, settings)
    refuse_if_insufficient(verdict)
    lines, customers = load_order_lines(con, snapshot_date), load_customers(con, snapshot_date)
    model = fit_demand(lines, customers, snapshot_date)
    preds = predict_demand(model, lines, customers, snapshot_date).with_columns(
        low_confidence=pl.lit(verdict.low_confidence))
    rows = write_demand(con, preds, snapshot_date)
    return DemandResult(rows, model.version, model.train_snapshot, model.train_rows,
                        model.train_buyers, verdict.low_confidence, verdict.reasons)
