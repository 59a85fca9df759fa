"""Calibration of the demand model on a held-out window, and the season's change.

Raw scores map to what happened in the latest window with a known outcome (kept out of
training), by centred isotonic regression; the shop's order rate is then carried from that
window to the predicted one by a Poisson regression of daily orders (`season_factor`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import polars as pl
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import PoissonRegressor

from shopcopy.model.training import (
    HORIZON_DAYS,
    SEASON_MIN_DAYS,
    YEAR_DAYS,
    Recipe,
    design,
    matrix,
    outcomes,
)


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


def centred_isotonic(raw: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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


def calendar(dates: pl.Series, origin: date, yearly: bool) -> np.ndarray:
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
        calendar(daily["order_date"], origin, yearly), daily["n"].to_numpy())
    window = lambda start: pl.date_range(start, start + timedelta(days=HORIZON_DAYS - 1), "1d",  # noqa: E731
                                         eager=True)
    rate = lambda start: float(glm.predict(calendar(window(start), origin, yearly)).sum())  # noqa: E731
    return rate(target) / rate(held_out)


def calibrate(purchase, orders, lines: pl.DataFrame, customers: pl.DataFrame, snapshot: date,
              recipe: Recipe, customer, cache: dict | None = None) -> Calibration:
    """Score the held-out window (the latest one with a known outcome, kept out of training)
    and map raw scores to what happened there, then carry the season's change over."""
    held = snapshot - timedelta(days=HORIZON_DAYS)
    rows = (design(lines, customers, held, customer, cache)
            .join(outcomes(lines, held), on="user_id", how="left")
            .with_columns(pl.col("orders").fill_null(0)))
    x = matrix(rows, recipe.inputs)
    n = rows["orders"].to_numpy().astype(float)
    p_x, p_y = centred_isotonic(purchase.predict_proba(x)[:, 1], (n > 0).astype(float))
    n_x, n_y = centred_isotonic(orders.predict(x), n)
    return Calibration(p_x, p_y, n_x, n_y, season_factor(lines, held, snapshot), held)
