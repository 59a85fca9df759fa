"""Demand prediction: will a user buy in the next 30 days, how often, when, and in which category.

Gradient boosting (scikit-learn) trained on past snapshots whose 30-day outcome is already
known, then applied to the current snapshot. Features come from the same pure function as
features.user_features, computed point-in-time for each training snapshot.

A recipe says what goes into one fit (see `CANDIDATES`): the training windows (recent ones, plus
the same season a year earlier when the history reaches back), whether probabilities and counts
are calibrated on a held-out window and carried over to the coming season, and whether the
BG/NBD customer model's expected purchases and P(alive) are inputs. `backtest.choose_recipe`
backtests every candidate on the last 30 days with a known outcome and the best calibrated one
predicts.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb
import numpy as np
import polars as pl
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import PoissonRegressor
from threadpoolctl import threadpool_limits

from shopcopy import warehouse
from shopcopy.model import customer_model
from shopcopy.model.features import (
    compute_features,
    load_customers,
    load_order_lines,
    set_aside_note,
)
from shopcopy.settings import Settings
from shopcopy.validate.sufficiency import data_sufficiency, latest_sufficiency
from shopcopy.warehouse.retry import write_attempts

HORIZON_DAYS = 30
TRAIN_WINDOWS = 3  # stacked past snapshots (S-30, S-60, S-90): more rows, steadier fit
YEAR_DAYS = 365
# Windows around the same season a year earlier (starts S-395, S-365, S-335), each weighted
# like this against a recent one (1/k: every k-th user, see `thin`): they teach the season,
# the recent ones the shop as it is now.
SEASON_OFFSETS = (-30, 0, 30)
SEASON_WEIGHT = 0.5
# The season's change from the held-out window to the predicted one is modelled on daily
# orders (see `season_factor`) once the history has this many days.
SEASON_MIN_DAYS = 90
NUMERIC = ["recency_days", "frequency", "monetary", "avg_order_value", "tenure_days",
           "orders_30d", "orders_90d", "avg_gap_days", "last_gap_days", "price_ratio",
           "discount_share", "returns_share", "channel_web_share", "channel_app_share",
           "channel_store_share", "overdue"]
# Small, regularised trees: the demo shop has a few thousand users, not millions.
PARAMS = dict(learning_rate=0.05, max_iter=150, max_leaf_nodes=15, min_samples_leaf=20,
              l2_regularization=1.0, random_state=0)


@dataclass(frozen=True)
class Recipe:
    """What goes into one fit; `name` is stored with the model version and the evaluations."""
    name: str
    seasonal: bool = False        # add the windows of the same season a year earlier
    calibrate: bool = False       # isotonic on a held-out window, then the season's change
    customer_model: bool = False  # BG/NBD expected purchases and P(alive) as inputs

    @property
    def inputs(self) -> list[str]:
        return NUMERIC + (CUSTOMER_INPUTS if self.customer_model else [])


CUSTOMER_INPUTS = ["bg_orders_30d", "p_alive"]
# Today's model before issue 16, kept as a candidate and as the evaluations' "previous" baseline.
RECENT = Recipe("recent")
CANDIDATES = (RECENT, Recipe("seasonal-calibrated", seasonal=True, calibrate=True),
              Recipe("seasonal-calibrated-bgnbd", seasonal=True, calibrate=True, customer_model=True))


class InsufficientDataError(RuntimeError):
    """The data-sufficiency verdict (or the training data itself) rules out a prediction."""


@dataclass(frozen=True)
class Verdict:
    sufficient: bool
    low_confidence: bool
    reasons: list[str]
    source: str  # ops.data_sufficiency | measured


@dataclass(frozen=True)
class Calibration:
    """Held-out-window maps from raw scores to probabilities and counts (centred isotonic:
    monotone and strictly increasing between blocks, so the ranking, hence AUC, survives), and
    the season's change from the held-out window to the predicted one."""
    p_x: np.ndarray
    p_y: np.ndarray
    n_x: np.ndarray
    n_y: np.ndarray
    season_factor: float
    window: date

    def probability(self, raw: np.ndarray) -> np.ndarray:
        p = np.clip(np.interp(raw, self.p_x, self.p_y), 0.0, 1.0)
        # The season scales the order rate; under Poisson counts P(none) is raised to its power.
        return 1.0 - (1.0 - p) ** self.season_factor

    def orders(self, raw: np.ndarray) -> np.ndarray:
        return np.maximum(np.interp(raw, self.n_x, self.n_y), 0.0) * self.season_factor


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


def design(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date,
           customer: customer_model.CustomerModel | None = None,
           cache: dict | None = None) -> pl.DataFrame:
    """One row per user known at `snapshot`: the user-level model inputs (with the customer
    model's, for buyers, when one is given). `cache` (a dict one caller owns, for one set of
    frames) keeps each snapshot's features: a recipe choice asks for the same windows again."""
    if cache is not None and snapshot in cache:
        rows = cache[snapshot]
    else:
        feats = compute_features(lines, customers, snapshot).with_columns(
            overdue=pl.col("recency_days") / pl.col("avg_gap_days"))
        rows = feats.select("user_id", "top_category", *NUMERIC)
        if cache is not None:
            cache[snapshot] = rows
    if customer is None:
        return rows
    return rows.join(customer_model.bgnbd_features(customer, lines, snapshot), on="user_id",
                     how="left")


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


def training_windows(snapshot: date, first_order: date | None, recipe: Recipe = RECENT,
                     windows: int = TRAIN_WINDOWS) -> list[tuple[date, float]]:
    """(start, weight) of each training window: 30-day outcomes that end on or before
    `snapshot`. A calibrated recipe keeps the latest one back (it calibrates on it); a seasonal
    one adds the windows around the same season a year earlier. A window that starts on or
    before the first order has no history to learn from, so it is left out."""
    skip = 1 if recipe.calibrate else 0
    starts = [(snapshot - timedelta(days=HORIZON_DAYS * k), 1.0)
              for k in range(1 + skip, windows + 1 + skip)]
    if recipe.seasonal:
        target = snapshot - timedelta(days=YEAR_DAYS)
        starts += [(target + timedelta(days=d), SEASON_WEIGHT) for d in SEASON_OFFSETS]
    latest = snapshot - timedelta(days=HORIZON_DAYS * (1 + skip))
    seen: set[date] = set()
    out = []
    for start, weight in starts:
        if first_order is None or start <= first_order or start > latest or start in seen:
            continue
        seen.add(start)
        out.append((start, weight))
    return sorted(out)


def training_set(lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date,
                 windows: int = TRAIN_WINDOWS, recipe: Recipe = RECENT,
                 customer: customer_model.CustomerModel | None = None,
                 cache: dict | None = None) -> pl.DataFrame:
    """Stack point-in-time designs at each training window's start with the outcome of the 30
    days after; a young shop trains on the windows it has."""
    first_order = lines["order_date"].min() if lines.height else None
    parts = []
    for i, (past, weight) in enumerate(training_windows(snapshot, first_order, recipe, windows)):
        rows = (design(lines, customers, past, customer, cache)
                .join(outcomes(lines, past), on="user_id", how="left"))
        parts.append(thin(rows, weight, i).with_columns(
            pl.col("orders").fill_null(0), train_snapshot=pl.lit(past)))
    if not parts:
        first_window = snapshot - timedelta(days=HORIZON_DAYS * (2 if recipe.calibrate else 1))
        raise InsufficientDataError(
            f"No training window before {snapshot} has order history: the first order is on "
            f"{first_order or 'no date (no orders)'} and the model trains on the 30-day windows "
            f"starting {first_window} and earlier. Load more order "
            f"history (orders before {first_window}) and rerun.")
    # A fixed row order: the boosted trees' float sums, hence the model, are then reproducible.
    return pl.concat(parts).sort("train_snapshot", "user_id")


def thin(rows: pl.DataFrame, weight: float, offset: int) -> pl.DataFrame:
    """A window weighted 1/k keeps every k-th user (by user id, shifted per window so the
    windows keep different users). Weighting by sampling instead of sample_weight: with
    weights, scikit-learn bins features by weighted percentiles, which took 60 % of the fit
    (measured: 8.2 of 13.5 s on a 700-user shop), and fewer rows fit faster."""
    k = round(1 / weight)
    if k <= 1:
        return rows
    return (rows.sort("user_id").with_row_index("_i")
            .filter((pl.col("_i") + offset) % k == 0).drop("_i"))


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
    x = _fit_matrix(train, recipe.inputs)
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


def _centred_isotonic(raw: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Isotonic fit of y on raw, each flat block shrunk to its centre: the map through the
    centres is strictly increasing, so calibration does not tie users the model told apart
    (centred isotonic regression, Oron & Flournoy 2017)."""
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0).fit(raw, y)
    fitted = iso.predict(raw)
    blocks = pl.DataFrame({"x": raw, "y": fitted}).group_by("y").agg(pl.col("x").mean()).sort("x")
    return blocks["x"].to_numpy(), blocks["y"].to_numpy()


def daily_orders(lines: pl.DataFrame, before: date) -> pl.DataFrame:
    """Orders per day from the first order to the day before `before`, zero days included."""
    days = (lines.filter(pl.col("order_date") < before).group_by("order_date")
            .agg(n=pl.col("order_id").n_unique()))
    if not days.height:
        return pl.DataFrame(schema={"order_date": pl.Date, "n": pl.UInt32})
    span = pl.date_range(days["order_date"].min(), before - timedelta(days=1), "1d", eager=True)
    return (pl.DataFrame({"order_date": span}).join(days, on="order_date", how="left")
            .with_columns(pl.col("n").fill_null(0)))


def _calendar(dates: pl.Series, origin: date, yearly: bool) -> np.ndarray:
    """Design of the daily-orders model: trend (years), weekday, and two yearly harmonics."""
    d = pl.DataFrame({"d": dates}).select(
        t=(pl.col("d") - pl.lit(origin, pl.Date)).dt.total_days(), dow=pl.col("d").dt.weekday(),
        doy=pl.col("d").dt.ordinal_day())
    t, dow = (d["t"].to_numpy() / 365.25)[:, None], d["dow"].to_numpy()
    cols = [t] + [(dow == k).astype(float)[:, None] for k in range(2, 8)]
    if yearly:
        doy = 2 * np.pi * d["doy"].to_numpy() / 365.25
        cols += [f(k * doy)[:, None] for k in (1, 2) for f in (np.sin, np.cos)]
    return np.hstack(cols)


def season_factor(lines: pl.DataFrame, held_out: date, target: date) -> float:
    """How much the shop's order rate moves from the held-out 30 days to the predicted ones:
    a Poisson regression of daily orders on trend, weekday and (with a year of history or more)
    two yearly harmonics, summed over each window. Every day of history informs it, where a
    ratio of last year's two windows rests on two noisy counts and the wrong weekdays; 1 with
    under SEASON_MIN_DAYS of history."""
    daily = daily_orders(lines, target)
    if daily.height < SEASON_MIN_DAYS:
        return 1.0
    yearly = daily.height >= YEAR_DAYS + HORIZON_DAYS
    origin = daily["order_date"].min()
    glm = PoissonRegressor(alpha=1e-6, max_iter=1000).fit(
        _calendar(daily["order_date"], origin, yearly), daily["n"].to_numpy())
    window = lambda start: pl.date_range(start, start + timedelta(days=HORIZON_DAYS - 1), "1d",  # noqa: E731
                                         eager=True)
    rate = lambda start: float(glm.predict(_calendar(window(start), origin, yearly)).sum())  # noqa: E731
    return rate(target) / rate(held_out)


def fit_category(lines: pl.DataFrame, train: pl.DataFrame,
                 categories: list[str]) -> HistGradientBoostingClassifier:
    """The next-category model on the training windows' buyers' (user, category) pairs."""
    pairs = category_training_set(lines, train, categories)
    with single_threaded():
        return HistGradientBoostingClassifier(monotonic_cst=CATEGORY_MONOTONIC, **PARAMS).fit(
            _fit_matrix(pairs, CATEGORY_INPUTS), pairs["hit"].to_numpy())


def calibrate(purchase, orders, lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date,
              recipe: Recipe, customer, cache: dict | None = None) -> Calibration:
    """Score the held-out window (the latest one with a known outcome, kept out of training)
    and map raw scores to what happened there, then carry the season's change over."""
    held = snapshot - timedelta(days=HORIZON_DAYS)
    rows = (design(lines, customers, held, customer, cache)
            .join(outcomes(lines, held), on="user_id", how="left")
            .with_columns(pl.col("orders").fill_null(0)))
    x = _matrix(rows, recipe.inputs)
    n = rows["orders"].to_numpy().astype(float)
    p_x, p_y = _centred_isotonic(purchase.predict_proba(x)[:, 1], (n > 0).astype(float))
    n_x, n_y = _centred_isotonic(orders.predict(x), n)
    return Calibration(p_x, p_y, n_x, n_y, season_factor(lines, held, snapshot), held)


def predict_next_category(model: DemandModel, lines: pl.DataFrame, users: pl.DataFrame,
                          snapshot: date) -> pl.DataFrame:
    """The most likely category of each user's next order: the best-scored (user, category)."""
    pairs = category_pairs(lines, users, snapshot, model.categories)
    scored = pairs.with_columns(
        p=pl.Series(model.category.predict_proba(_matrix(pairs, CATEGORY_INPUTS))[:, 1]))
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
    x = _matrix(rows, model.recipe.inputs)
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
