"""The campaign picture: cumulative conversion per arm over the attribution window (PNG bytes)."""

from __future__ import annotations

import io

import numpy as np
import polars as pl


def cumulative_conversion(outcomes: pl.DataFrame, send_at, window_days: int,
                          observed_days: float) -> pl.DataFrame:
    """Per arm and day since the send (1..window), the share of members who had converted by then.

    `outcomes` has one row per member (arm, first_order_at null when no order yet); days past
    `observed_days` (data not yet in) are left out rather than drawn flat.
    """
    days = np.arange(0, window_days + 1)
    days = days[days <= max(observed_days, 0) + 1e-9]
    rows = []
    for arm in sorted(outcomes["arm"].unique().to_list(), key=lambda a: (a != "control", a)):
        part = outcomes.filter(pl.col("arm") == arm)
        delay = part.select((pl.col("first_order_at") - pl.lit(send_at)).dt.total_seconds() / 86400)
        after = delay.to_series().drop_nulls().to_numpy()
        for d in days:
            rows.append((arm, int(d), float(np.sum(after <= d)) / part.height))
    return pl.DataFrame(rows, schema={"arm": pl.Utf8, "day": pl.Int64, "conversion": pl.Float64},
                        orient="row")


def conversion_chart_png(curve: pl.DataFrame, title: str, window_days: int) -> bytes:
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.8), dpi=100)
    try:
        for (arm,), part in curve.group_by(["arm"], maintain_order=True):
            part = part.sort("day")
            style = {"color": "0.35", "linestyle": "--"} if arm == "control" else {}
            ax.step(part["day"].to_list(), (part["conversion"] * 100).to_list(), where="post",
                    label=arm, linewidth=2, **style)
        ax.set_xlim(0, window_days)
        ax.set_xlabel("days since the send")
        ax.set_ylabel("members converted (%)")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left")
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue()
    finally:
        plt.close(fig)
