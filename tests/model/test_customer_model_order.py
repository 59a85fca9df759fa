"""The customer model's inputs do not depend on the order the order lines arrive in.

The warehouse hands the lines over in whatever order its parallel scan produced them, and a sum
of floating-point values depends on the order it is taken in (0.1 + 0.2 + 0.3 is not
0.3 + 0.2 + 0.1). A spend that changed in its last bits with the row order made two correct
nightlies of the same inputs write different CLVs (tests/reliability compare them exactly).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import polars as pl

from shopcopy.model.customer_model import rfm

SNAPSHOT = date(2026, 6, 1)


def lines() -> pl.DataFrame:
    rng = random.Random(7)
    rows = []
    for u in range(40):
        for d in range(1 + u % 5):
            day = SNAPSHOT - timedelta(days=10 + 17 * d + u % 3)
            for k in range(1 + (u + d) % 6):  # several lines a day: their sum is taken in some order
                rows.append({"user_id": f"U{u:03d}", "order_date": day,
                             "line_value": round(rng.uniform(0.1, 90), 2) * (1 - 0.15 * (k % 2)) / 3})
    return pl.DataFrame(rows, schema={"user_id": pl.String, "order_date": pl.Date, "line_value": pl.Float64})


def test_rfm_is_the_same_bit_for_bit_whatever_the_row_order():
    frame = lines()
    expected = rfm(frame, SNAPSHOT)
    assert expected.filter(pl.col("frequency") > 0).height > 20
    for seed in range(12):
        shuffled = frame.sample(fraction=1.0, shuffle=True, seed=seed)
        got = rfm(shuffled, SNAPSHOT)
        assert got.rows() == expected.rows(), f"row order {seed} changed rfm"


def test_rfm_spend_is_the_mean_repeat_day_value():
    frame = pl.DataFrame({"user_id": ["A"] * 4, "order_date": [date(2026, 5, 1), date(2026, 5, 1),
                                                                 date(2026, 5, 11), date(2026, 5, 21)],
                          "line_value": [10.0, 2.5, 0.1 + 0.2, 7.0]})
    (row,) = rfm(frame, SNAPSHOT).rows(named=True)
    assert (row["frequency"], row["recency"], row["T"]) == (2.0, 20.0, 31.0)
    assert abs(row["monetary_value"] - (0.3 + 7.0) / 2) < 1e-9
