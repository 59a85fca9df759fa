"""Per-user features as of a snapshot date, computed with Polars from orders strictly before it.

DuckDB does the filtering and the product join (sql/model/), Polars the per-user maths;
frames move between them through Arrow. `compute_features` is pure so tests can feed it frames.
"""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import polars as pl

from shopcopy import warehouse

CHANNELS = ("web", "app", "store")
PRICE_BANDS = ((0.85, "budget"), (1.15, "mid"))  # ratio below bound -> band; above all: premium
TOP_N_CATEGORIES = 3
# Segment rules, applied in order (first match wins); the thresholds are days or shares.
NEW_WITHIN_DAYS = 45
LAPSED_AFTER_DAYS = 180
AT_RISK_AFTER_DAYS = 90
LOYAL_MIN_ORDERS = 4
LOYAL_WITHIN_DAYS = 60
BARGAIN_MIN_DISCOUNT_SHARE = 0.5

LINE_SCHEMA = {
    "user_id": pl.String, "order_id": pl.String, "product_id": pl.String,
    "category": pl.String, "quantity": pl.Int32, "unit_price": pl.Float64,
    "discount": pl.Float64, "line_value": pl.Float64, "order_date": pl.Date,
    "is_returned": pl.Boolean, "channel": pl.String,
}
CUSTOMER_SCHEMA = {
    "user_id": pl.String, "locale": pl.String, "marketing_consent": pl.Boolean,
    "signup_date": pl.Date,
}
AFFINITY = pl.List(pl.Struct({"category": pl.String, "share": pl.Float64}))
# Column order and types of features.user_features (the warehouse contract).
FEATURE_SCHEMA = {
    "snapshot_date": pl.Date, "user_id": pl.String, "locale": pl.String,
    "marketing_consent": pl.Boolean, "tenure_days": pl.Int32, "first_order_date": pl.Date,
    "last_order_date": pl.Date, "recency_days": pl.Int32, "frequency": pl.Int32,
    "monetary": pl.Float64, "avg_order_value": pl.Float64, "r_score": pl.Int32,
    "f_score": pl.Int32, "m_score": pl.Int32, "orders_30d": pl.Int32, "orders_90d": pl.Int32,
    "avg_gap_days": pl.Float64, "last_gap_days": pl.Int32, "top_category": pl.String,
    "top_categories": pl.List(pl.String), "category_affinity": AFFINITY,
    "price_ratio": pl.Float64, "price_band": pl.String, "discount_share": pl.Float64,
    "returns_share": pl.Float64, "channel_web_share": pl.Float64,
    "channel_app_share": pl.Float64, "channel_store_share": pl.Float64,
    "segment_label": pl.String,
}


def query_frame(con: duckdb.DuckDBPyConnection, name: str, params: dict) -> pl.DataFrame:
    """Run the named SQL file with bound parameters and hand the result to Polars via Arrow."""
    return con.sql(warehouse.sql_text(name), params=params).pl()


def load_order_lines(con: duckdb.DuckDBPyConnection, snapshot_date: date) -> pl.DataFrame:
    """Purchased (non-cancelled) lines before the snapshot, with category, as a Polars frame."""
    return query_frame(con, "model/order_lines", {"snapshot": snapshot_date}).cast(LINE_SCHEMA)


def load_customers(con: duckdb.DuckDBPyConnection, snapshot_date: date) -> pl.DataFrame:
    return query_frame(con, "model/customers", {"snapshot": snapshot_date}).cast(CUSTOMER_SCHEMA)


def build_features(con: duckdb.DuckDBPyConnection, snapshot_date: date) -> pl.DataFrame:
    """Read staging.* and return one feature row per known user as of `snapshot_date`."""
    return compute_features(load_order_lines(con, snapshot_date),
                            load_customers(con, snapshot_date), snapshot_date)


def compute_features(lines: pl.DataFrame, customers: pl.DataFrame,
                     snapshot_date: date) -> pl.DataFrame:
    """Features for every customer and every buyer; lines on/after the snapshot are ignored."""
    # Each line is charged in whole cents; integer sums are exact, so every total is the same
    # whatever order a parallel group-by adds them in (floats differ in the last bit).
    lz = (lines.lazy().filter(pl.col("order_date") < snapshot_date)
          .with_columns(line_cents=whole_cents(pl.col("line_value"))))
    orders = _orders(lz)
    users = (
        _order_stats(orders, snapshot_date)
        .join(_line_stats(lz), on="user_id", how="left")
        .join(_category_affinity(lz), on="user_id", how="left")
    )
    known = customers.lazy().filter(
        pl.col("signup_date").is_null() | (pl.col("signup_date") < snapshot_date))
    out = (
        known.join(users, on="user_id", how="full", coalesce=True)
        .with_columns(snapshot_date=pl.lit(snapshot_date, pl.Date))
        .with_columns(_tenure(snapshot_date), *_no_orders_defaults())
        .with_columns(*_rfm_scores())
        .with_columns(segment_label=_segment())
    )
    return out.select(*FEATURE_SCHEMA).cast(FEATURE_SCHEMA).sort("user_id").collect()


def whole_cents(amount: pl.Expr) -> pl.Expr:
    """Money as integer cents, half away from zero (as a shop charges 31.545 as 31.55)."""
    return (amount * 100).round(0, mode="half_away_from_zero").cast(pl.Int64)


def _orders(lz: pl.LazyFrame) -> pl.LazyFrame:
    """One row per order: its date, channel and kept (not returned) value in cents."""
    kept = pl.when(~pl.col("is_returned")).then(pl.col("line_cents")).otherwise(0)
    return lz.group_by("user_id", "order_id").agg(
        order_date=pl.col("order_date").min(),
        channel=pl.col("channel").min(),
        value_cents=kept.sum(),
    )


def _order_stats(orders: pl.LazyFrame, snapshot_date: date) -> pl.LazyFrame:
    dates = pl.col("order_date")
    since = lambda days: (dates >= snapshot_date - timedelta(days=days)).sum()  # noqa: E731
    frequency = pl.len()
    return orders.group_by("user_id").agg(
        first_order_date=dates.min(),
        last_order_date=dates.max(),
        frequency=frequency,
        monetary=pl.col("value_cents").sum() / 100,
        orders_30d=since(30),
        orders_90d=since(90),
        # Span over gaps: the mean of consecutive gaps without sorting every user's orders.
        avg_gap_days=pl.when(frequency > 1).then(
            (dates.max() - dates.min()).dt.total_days() / (frequency - 1)),
        last_gap_days=(dates.max() - dates.sort(descending=True).slice(1, 1).first())
        .dt.total_days(),
        **{f"channel_{c}_share": (pl.col("channel") == c).mean() for c in CHANNELS},
    ).with_columns(
        recency_days=(pl.lit(snapshot_date, pl.Date) - pl.col("last_order_date")).dt.total_days(),
        avg_order_value=pl.col("monetary") / pl.col("frequency"),
    )


def _line_stats(lz: pl.LazyFrame) -> pl.LazyFrame:
    """Discount and return habits, and price level against each category's median price."""
    cat_median = pl.col("unit_price").median().over("category")
    return lz.with_columns(cat_median=cat_median).group_by("user_id").agg(
        discount_share=(pl.col("discount") > 0).mean(),
        returns_share=pl.col("is_returned").mean(),
        price_ratio=(pl.col("unit_price") / pl.col("cat_median")).median(),
    ).with_columns(price_band=_price_band(pl.col("price_ratio")))


def _price_band(ratio: pl.Expr) -> pl.Expr:
    (low, low_name), (mid, mid_name) = PRICE_BANDS
    return (pl.when(ratio < low).then(pl.lit(low_name))
            .when(ratio <= mid).then(pl.lit(mid_name))
            .when(ratio.is_not_null()).then(pl.lit("premium")))


def _category_affinity(lz: pl.LazyFrame) -> pl.LazyFrame:
    """Share of spend per category (returned lines included: they still show interest)."""
    spend = lz.group_by("user_id", "category").agg(spend=pl.col("line_cents").sum())
    share = pl.col("spend") / pl.col("spend").sum().over("user_id")
    ranked = spend.with_columns(share=share).sort(
        ["user_id", "share", "category"], descending=[False, True, False])
    return ranked.group_by("user_id", maintain_order=True).agg(
        top_category=pl.col("category").first(),
        top_categories=pl.col("category").head(TOP_N_CATEGORIES),
        category_affinity=pl.struct("category", "share"),
    )


def categories_of(features: pl.DataFrame) -> pl.DataFrame:
    """Explode category_affinity to (user_id, category, share) rows."""
    return (features.select("user_id", "category_affinity").explode("category_affinity")
            .drop_nulls("category_affinity").unnest("category_affinity"))


def _tenure(snapshot_date: date) -> pl.Expr:
    start = pl.min_horizontal("signup_date", "first_order_date")
    return (pl.lit(snapshot_date, pl.Date) - start).dt.total_days().alias("tenure_days")


def _no_orders_defaults() -> list[pl.Expr]:
    """Customers without orders still get a row: zero counts, null for undefined averages."""
    return [pl.col(c).fill_null(0) for c in ("frequency", "orders_30d", "orders_90d")] + [
        pl.col("monetary").fill_null(0.0)]


def quintile(values: pl.Expr) -> pl.Expr:
    """1..5 by rank among non-null values; ties share the lower score (rank 'min')."""
    n = values.count()
    return (1 + (5 * (values.rank("min") - 1)) // n).cast(pl.Int32)


def _rfm_scores() -> list[pl.Expr]:
    buyer = pl.col("frequency") > 0
    on_buyers = lambda e: pl.when(buyer).then(e)  # noqa: E731
    return [
        # Recent is good: rank the negated recency so the most recent buyers score 5.
        quintile(on_buyers(-pl.col("recency_days"))).alias("r_score"),
        quintile(on_buyers(pl.col("frequency"))).alias("f_score"),
        quintile(on_buyers(pl.col("monetary"))).alias("m_score"),
    ]


def _segment() -> pl.Expr:
    recency, freq = pl.col("recency_days"), pl.col("frequency")
    new_buyer = (pl.col("first_order_date") >= pl.col("snapshot_date")
                 - pl.duration(days=NEW_WITHIN_DAYS))
    return (
        pl.when(freq == 0).then(pl.lit("prospect"))
        .when(new_buyer).then(pl.lit("new"))
        .when(recency > LAPSED_AFTER_DAYS).then(pl.lit("lapsed"))
        .when(pl.col("discount_share") >= BARGAIN_MIN_DISCOUNT_SHARE).then(pl.lit("bargain-hunter"))
        .when((freq >= LOYAL_MIN_ORDERS) & (recency <= LOYAL_WITHIN_DAYS)).then(pl.lit("loyal"))
        .when((freq >= 2) & (recency > AT_RISK_AFTER_DAYS)).then(pl.lit("at-risk"))
        .otherwise(pl.lit("occasional"))
    )


def write_features(con: duckdb.DuckDBPyConnection, df: pl.DataFrame, snapshot_date: date) -> int:
    """Replace the snapshot's rows in features.user_features in one transaction."""
    if df.height and df["snapshot_date"].unique().to_list() != [snapshot_date]:
        raise ValueError(f"features frame holds other snapshot dates than {snapshot_date}")
    return warehouse.replace_snapshot(con, df, "user_features", snapshot_date)


def set_aside_note(con: duckdb.DuckDBPyConnection) -> str | None:
    """What validation hid from staging.* and why, in one sentence (None when it hid nothing):
    a stage that finds no usable rows says it instead of a bare 0."""
    found = con.sql(warehouse.sql_text("model/set_aside_rows")).fetchall()
    if not found:
        return None
    parts = [f"{hidden} of {total} {table} rows ("
             + ", ".join(f"{r['reason']}: {r['n']}" for r in reasons) + ")"
             for table, hidden, total, reasons in found]
    return ("validation set aside " + "; ".join(parts) + ". See ops.quarantine and the "
            "shop settings these reasons name (README, Inbox file format), then rerun validate.")


def run_features(con: duckdb.DuckDBPyConnection, snapshot_date: date) -> int:
    """Build and store the snapshot's features; returns rows written."""
    return write_features(con, build_features(con, snapshot_date), snapshot_date)
