"""Demand prediction: will a user buy in the next 30 days, how often, when, and in which category.

Gradient boosting (scikit-learn) trained on past snapshots whose 30-day outcome is already
known, then applied to the current snapshot. Features come from the same pure function as
features.user_features, computed point-in-time for each training snapshot.

A recipe says what goes into one fit (see `CANDIDATES`): the training windows (recent ones, plus
the same season a year earlier when the history reaches back), whether probabilities and counts
are calibrated on a held-out window and carried over to the coming season, and whether the
BG/NBD customer model's expected purchases and P(alive) are inputs. `backtest.choose_recipe`
backtests every candidate on the last 30 days with a known outcome and the best calibrated one
predicts. Training sets live in shopcopy.model.training, calibration in shopcopy.model.calibrate.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb
import polars as pl
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from threadpoolctl import threadpool_limits

from shopcopy import warehouse
from shopcopy.model import customer_model
from shopcopy.model.calibrate import Calibration, calibrate
from shopcopy.model.features import load_customers, load_order_lines, set_aside_note
from shopcopy.model.training import (
    CANDIDATES,
    CATEGORY_INPUTS,
    CATEGORY_MONOTONIC,
    HORIZON_DAYS,
    NUMERIC,
    PARAMS,
    RECENT,
    SEASON_MIN_DAYS,
    SEASON_OFFSETS,
    SEASON_WEIGHT,
    TRAIN_WINDOWS,
    InsufficientDataError,
    Recipe,
    category_pairs,
    category_training_set,
    design,
    fit_matrix,
    matrix,
    training_set,
    training_windows,
)
from shopcopy.settings import Settings
from shopcopy.validate.sufficiency import data_sufficiency, latest_sufficiency
from shopcopy.warehouse.retry import write_attempts


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
    category: HistGradientBoostingClassifier | None  # scores (user, category) pairs
    categories: list[str]
    train_snapshot: date
    train_rows: int
    train_buyers: int
    version: str
    recipe: Recipe = RECENT
    calibration: Calibration | None = None
    customer: customer_model.CustomerModel | None = None


@dataclass(frozen=True)
class DemandResult:
    rows: int
    model_version: str
    train_snapshot: date
    train_rows: int
    train_buyers: int
    low_confidence: bool
    reasons: list[str]
    recipe: str = RECENT.name
    warnings: list[str] = field(default_factory=list)


def single_threaded():
    """Shop-sized frames (thousands of rows) fit faster on one OpenMP thread: thread start-up
    and spin-waiting cost more than the trees, badly so on a busy 2-core box (measured on the
    400-user sample: fit 4.1 s -> 1.1 s, predict 2.0 s -> 0.07 s)."""
    return threadpool_limits(limits=1, user_api="openmp")


def fit_demand(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date,
               windows: int = TRAIN_WINDOWS, recipe: Recipe = RECENT,
               with_category: bool = True, cache: dict | None = None) -> DemandModel:
    """Fit on past snapshots whose outcome windows end on or before `snapshot` (no peeking).
    Without `with_category` the next-category model is left out (a recipe's backtest does not
    need it: scoring its (user, category) pairs was half of a 100k-user backtest)."""
    with single_threaded():
        return _fit(lines, customers, snapshot, windows, recipe, with_category, cache)


def _customer_model(lines: pl.DataFrame, snapshot: date) -> customer_model.CustomerModel | None:
    """BG/NBD fitted on the history before the latest training window starts, so that no
    training row's outcome informs its parameters; None when the history is too thin."""
    try:
        return customer_model.fit_customer_model(lines, snapshot, spend=False)
    except customer_model.CustomerModelError:
        return None


def _fit(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date, windows: int,
         recipe: Recipe, with_category: bool = True, cache: dict | None = None) -> DemandModel:
    categories = sorted(lines.filter(pl.col("order_date") < snapshot)["category"].unique())
    first_order = lines["order_date"].min() if lines.height else None
    planned = training_windows(snapshot, first_order, recipe, windows)
    customer = (_customer_model(lines, planned[-1][0]) if recipe.customer_model and planned
                else None)
    train = training_set(lines, customers, snapshot, windows, recipe, customer, cache)
    y = (train["orders"] > 0).to_numpy()
    if y.all() or not y.any():
        raise InsufficientDataError(
            f"Training windows before {snapshot} ({train.height} user-windows) have "
            f"{'only buyers' if y.all() else 'no buyers'}; "
            "load more order history (at least 90 days before the snapshot) and rerun.")
    x = fit_matrix(train, recipe.inputs)
    purchase = HistGradientBoostingClassifier(**PARAMS).fit(x, y)
    orders = HistGradientBoostingRegressor(loss="poisson", **PARAMS).fit(x, train["orders"].to_numpy())
    category = fit_category(lines, train, categories) if with_category else None
    latest = train["train_snapshot"].max()
    calibration = None
    if recipe.calibrate:
        calibration = calibrate(purchase, orders, lines, customers, snapshot, recipe, customer, cache)
    version = model_version(latest, categories, windows, recipe, customer)
    return DemandModel(purchase, orders, category, categories, latest, train.height,
                       int(y.sum()), version, recipe, calibration, customer)


def fit_category(lines: pl.DataFrame, train: pl.DataFrame,
                 categories: list[str]) -> HistGradientBoostingClassifier:
    """The next-category model on the training windows' buyers' (user, category) pairs."""
    pairs = category_training_set(lines, train, categories)
    with single_threaded():
        return HistGradientBoostingClassifier(monotonic_cst=CATEGORY_MONOTONIC, **PARAMS).fit(
            fit_matrix(pairs, CATEGORY_INPUTS), pairs["hit"].to_numpy())


def predict_next_category(model: DemandModel, lines: pl.DataFrame, users: pl.DataFrame,
                          snapshot: date) -> pl.DataFrame:
    """The most likely category of each user's next order: the best-scored (user, category)."""
    pairs = category_pairs(lines, users, snapshot, model.categories)
    scored = pairs.with_columns(
        p=pl.Series(model.category.predict_proba(matrix(pairs, CATEGORY_INPUTS))[:, 1]))
    return (scored.sort(["user_id", "p", "category"], descending=[False, True, False])
            .group_by("user_id", maintain_order=True)
            .agg(next_category=pl.col("category").first()))


def model_version(train_snapshot: date, categories: list[str], windows: int,
                  recipe: Recipe = RECENT, customer=None) -> str:
    """Changes whenever the parameters, inputs, training date or library version change."""
    parts = {"params": PARAMS, "numeric": NUMERIC, "category_inputs": CATEGORY_INPUTS,
             "monotonic": CATEGORY_MONOTONIC, "categories": categories, "windows": windows,
             "train_snapshot": str(train_snapshot), "sklearn": sklearn.__version__}
    if recipe != RECENT:  # today's versions stay as they were for the recipe they describe
        parts |= {"recipe": recipe.name, "season_weight": SEASON_WEIGHT,
                  "season_offsets": SEASON_OFFSETS, "season_min_days": SEASON_MIN_DAYS,
                  "customer_model": customer.params if customer else None}
    blob = json.dumps(parts, sort_keys=True)
    return "hgb-" + hashlib.sha256(blob.encode()).hexdigest()[:12]


def predict_demand(model: DemandModel, lines: pl.DataFrame, customers: pl.DataFrame,
                   snapshot: date, cache: dict | None = None) -> pl.DataFrame:
    """Predictions for every user known at `snapshot` (columns of predictions.user_demand;
    next_category is null when the model was fitted without its category part)."""
    with single_threaded():
        return _predict(model, lines, customers, snapshot, cache)


def _predict(model: DemandModel, lines: pl.DataFrame, customers: pl.DataFrame,
             snapshot: date, cache: dict | None = None) -> pl.DataFrame:
    rows = design(lines, customers, snapshot, model.customer, cache)
    x = matrix(rows, model.recipe.inputs)
    p, expected = model.purchase.predict_proba(x)[:, 1], model.orders.predict(x)
    if model.calibration is not None:
        p, expected = model.calibration.probability(p), model.calibration.orders(expected)
    out = rows.select("user_id").with_columns(
        snapshot_date=pl.lit(snapshot, pl.Date),
        p_purchase_30d=pl.Series(p),
        expected_orders_30d=pl.Series(expected),
        next_order_date=pl.Series([next_order_date(snapshot, e) for e in expected], dtype=pl.Date),
    )
    if model.category is None:
        out = out.with_columns(next_category=pl.lit(None, pl.String))
    else:
        out = out.join(predict_next_category(model, lines, rows, snapshot), on="user_id", how="left")
    return out.with_columns(model_version=pl.lit(model.version))


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


def mark_low_confidence(con: duckdb.DuckDBPyConnection, snapshot: date, reasons: list[str]) -> None:
    """Mark the snapshot's predictions low-confidence with each reason (idempotent)."""
    for tx in write_attempts(con, "model"):
        with tx:
            for reason in reasons:
                warehouse.run_sql(con, "model/mark_low_confidence", {"snapshot": snapshot, "reason": reason})


def customer_values(lines: pl.DataFrame, snapshot: date) -> pl.DataFrame:
    """P(alive) and expected 90/365-day value of every buyer (BG/NBD x Gamma-Gamma fitted on
    the history before `snapshot`); empty when the history is too thin for the model."""
    try:
        model = customer_model.fit_customer_model(lines, snapshot)
    except customer_model.CustomerModelError:
        return pl.DataFrame(schema={"user_id": pl.String, "p_alive": pl.Float64,
                                    "clv_90d": pl.Float64, "clv_365d": pl.Float64})
    return customer_model.clv_frame(model, lines, snapshot)


def run_demand(con: duckdb.DuckDBPyConnection, snapshot_date: date, run_id: str,
               settings: Settings) -> DemandResult:
    """Pick the recipe that backtests best, train it on the past, predict for `snapshot_date`,
    store in predictions.user_demand with each buyer's P(alive) and CLV.

    Refuses (InsufficientDataError) when the sufficiency verdict says there is nothing to learn
    from; writes rows flagged low_confidence when it says low confidence, or when the chosen
    recipe's backtest loses to a naive baseline on a planning metric (the reasons are stored).
    """
    from shopcopy.model import evaluate  # evaluate imports this module

    verdict = sufficiency_verdict(con, snapshot_date, settings)
    try:
        refuse_if_insufficient(verdict)
        lines, customers = load_order_lines(con, snapshot_date), load_customers(con, snapshot_date)
        if not lines.height:
            raise InsufficientDataError(f"No purchased order lines before {snapshot_date} in staging.orders.")
    except InsufficientDataError as exc:
        note = set_aside_note(con)
        raise InsufficientDataError(f"{exc} ({note})" if note else str(exc)) from None
    cutoff, cache = snapshot_date - timedelta(days=HORIZON_DAYS), {}
    try:
        checks = evaluate.demand_evaluations(lines, customers, cutoff, bgnbd=False, cache=cache)
        recipe = next(r for r in CANDIDATES if r.name == checks[0].details["recipe"])
    except InsufficientDataError:  # no backtest window yet: the simplest recipe, unjudged
        checks, recipe = [], RECENT
    model = fit_demand(lines, customers, snapshot_date, recipe=recipe, cache=cache)
    reasons = verdict.reasons if verdict.low_confidence else []
    warned = evaluate.low_confidence_reasons(checks)
    preds = (predict_demand(model, lines, customers, snapshot_date, cache)
             .join(customer_values(lines, snapshot_date), on="user_id", how="left")
             .with_columns(low_confidence=pl.lit(verdict.low_confidence or bool(warned)),
                           low_confidence_reason=pl.lit("; ".join(reasons + warned) or None,
                                                        pl.String),
                           recipe=pl.lit(recipe.name)))
    rows = write_demand(con, preds, snapshot_date)
    return DemandResult(rows, model.version, model.train_snapshot, model.train_rows,
                        model.train_buyers, verdict.low_confidence or bool(warned),
                        verdict.reasons, recipe.name, warned)
