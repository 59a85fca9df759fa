"""Training data for the demand model: the point-in-time design of each user, the 30-day
outcome after it, and which past windows a recipe trains on.

A recipe says what goes into one fit (see `CANDIDATES`): the training windows (recent ones, plus
the same season a year earlier when the history reaches back), whether probabilities and counts
are calibrated on a held-out window (shopcopy.model.calibrate), and whether the BG/NBD customer
model's expected purchases and P(alive) are inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import polars as pl

from shopcopy.model import customer_model
from shopcopy.model.features import compute_features

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


def matrix(df: pl.DataFrame, columns: list[str]) -> np.ndarray:
    return df.select(pl.col(columns).cast(pl.Float64)).to_numpy()


def fit_matrix(df: pl.DataFrame, columns: list[str]) -> np.ndarray:
    """The training matrix, with columns that have no value at all set to 0: scikit-learn's
    binning fails on an all-missing column ("window shape cannot be larger than input array
    shape"), e.g. gap days in a young shop without repeat buyers. A constant column gets no
    split, so the model simply does not use it."""
    x = matrix(df, columns)
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
