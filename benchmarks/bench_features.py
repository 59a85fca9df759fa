"""Benchmark: per-user features for ~1 M order lines / 100 k users, three ways, same process.

  shopcopy  features.build_features (DuckDB filter/join -> Arrow -> Polars)
  sql       the same features as one hand-written DuckDB query (result fetched as Arrow)
  pandas    the same features in plain pandas (input read from DuckDB as a DataFrame)

All three start from the same warehouse file and must produce the same numbers (checked).
Targets: shopcopy <= 1.2x the SQL time, and >= 5x faster than pandas.

    .venv/bin/python benchmarks/bench_features.py [--lines 1000000] [--users 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
from polars.testing import assert_frame_equal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from shopcopy import warehouse
from shopcopy.model import features  # noqa: E402

SNAPSHOT = date(2026, 7, 1)
CATEGORIES = ["electronics", "home", "kitchen", "beauty", "sports", "outdoors", "books", "toys",
              "apparel", "grocery"]
STATUSES = ["delivered", "shipped", "placed", "cancelled", "returned"]

SQL = """
with lines as (
    select o.user_id, o.order_id, coalesce(p.category, 'unknown') as category, o.unit_price,
           o.discount, whole_cents(o.quantity * o.unit_price * (1 - o.discount)) as line_cents,
           cast(o.ordered_at as date) as order_date, o.status = 'returned' as is_returned,
           coalesce(o.channel, 'unknown') as channel
    from staging.orders o left join staging.products p using (product_id)
    where o.ordered_at < cast($snapshot as timestamp) and o.status <> 'cancelled'
),
orders as (
    select user_id, order_id, min(order_date) as order_date, min(channel) as channel,
           sum(case when is_returned then 0 else line_cents end) as value_cents,
           row_number() over (partition by user_id order by min(order_date) desc) as rn
    from lines group by user_id, order_id
),
user_orders as (
    select user_id, min(order_date) as first_order_date, max(order_date) as last_order_date,
           count(*) as frequency, sum(value_cents) / 100 as monetary,
           count(*) filter (where order_date >= cast($snapshot as date) - 30) as orders_30d,
           count(*) filter (where order_date >= cast($snapshot as date) - 90) as orders_90d,
           case when count(*) > 1 then (max(order_date) - min(order_date)) / (count(*) - 1) end
               as avg_gap_days,
           max(order_date) - max(order_date) filter (where rn = 2) as last_gap_days,
           avg(case when channel = 'web' then 1.0 else 0.0 end) as channel_web_share,
           avg(case when channel = 'app' then 1.0 else 0.0 end) as channel_app_share,
           avg(case when channel = 'store' then 1.0 else 0.0 end) as channel_store_share
    from orders group by user_id
),
line_stats as (
    select user_id, avg(case when discount > 0 then 1.0 else 0.0 end) as discount_share,
           avg(case when is_returned then 1.0 else 0.0 end) as returns_share,
           median(unit_price / med) as price_ratio
    from lines join (select category, median(unit_price) as med from lines group by category)
        using (category)
    group by user_id
),
shares as (
    select user_id, category,
           sum(line_cents) / sum(sum(line_cents)) over (partition by user_id) as share
    from lines group by user_id, category
),
affinity as (
    select user_id,
           list(category order by share desc, category)[1:3] as top_categories,
           list({'category': category, 'share': share} order by share desc, category)
               as category_affinity
    from shares group by user_id
),
known as (
    select user_id, locale, marketing_consent, cast(signup_at as date) as signup_date
    from staging.customers where signup_at is null or signup_at < cast($snapshot as timestamp)
),
users as (
    select * from known
    full join user_orders using (user_id)
    left join line_stats using (user_id)
    left join affinity using (user_id)
),
filled as (
    select *,
           cast($snapshot as date) - least(signup_date, first_order_date) as tenure_days,
           cast($snapshot as date) - last_order_date as recency_days,
           coalesce(frequency, 0) as freq,
           monetary / frequency as avg_order_value
    from users
),
scored as (
    select *,
           case when freq > 0 then 1 + (5 * (rank() over (partition by freq > 0 order by -recency_days) - 1))
               // count(*) over (partition by freq > 0) end as r_score,
           case when freq > 0 then 1 + (5 * (rank() over (partition by freq > 0 order by freq) - 1))
               // count(*) over (partition by freq > 0) end as f_score,
           case when freq > 0 then 1 + (5 * (rank() over (partition by freq > 0 order by monetary) - 1))
               // count(*) over (partition by freq > 0) end as m_score
    from filled
),
final as (
    select cast($snapshot as date) as snapshot_date, user_id, locale, marketing_consent,
           tenure_days, first_order_date, last_order_date, recency_days, freq as frequency,
           coalesce(monetary, 0.0) as monetary, avg_order_value, r_score, f_score, m_score,
           coalesce(orders_30d, 0) as orders_30d, coalesce(orders_90d, 0) as orders_90d,
           avg_gap_days, last_gap_days, top_categories[1] as top_category, top_categories,
           category_affinity, price_ratio,
           case when price_ratio < 0.85 then 'budget' when price_ratio <= 1.15 then 'mid'
                when price_ratio is not null then 'premium' end as price_band,
           discount_share, returns_share, channel_web_share, channel_app_share,
           channel_store_share,
           case when freq = 0 then 'prospect'
                when first_order_date >= cast($snapshot as date) - 45 then 'new'
                when recency_days > 180 then 'lapsed'
                when discount_share >= 0.5 then 'bargain-hunter'
                when freq >= 4 and recency_days <= 60 then 'loyal'
                when freq >= 2 and recency_days > 90 then 'at-risk'
                else 'occasional' end as segment_label
    from scored
)
select * from final
"""


def make_shop(path: Path, n_lines: int, n_users: int, products: int = 300, seed: int = 1) -> None:
    """A synthetic warehouse: skewed users, ~2.5 lines per order, a year of days, all statuses."""
    rng = np.random.default_rng(seed)
    n_orders = n_lines * 2 // 5
    o_user = (rng.random(n_orders) ** 2 * n_users).astype(np.int64)  # a few heavy buyers
    o_day = rng.integers(0, 400, n_orders)  # some orders fall after the snapshot on purpose
    l_ord = np.sort(rng.integers(0, n_orders, n_lines))
    start = datetime(2025, 6, 1)
    ts = pd.to_datetime(start) + pd.to_timedelta(o_day[l_ord], "D") + pd.to_timedelta(
        rng.integers(0, 86400, n_lines), "s")
    price = np.round(rng.lognormal(3, 0.8, products), 2)
    prod = rng.integers(0, products, n_lines)
    now = datetime(2026, 7, 2)
    orders = pl.DataFrame({
        "order_id": pl.Series(l_ord).cast(pl.String), "line_no": np.arange(n_lines, dtype=np.int32),
        "user_id": pl.Series(o_user[l_ord]).cast(pl.String),
        "product_id": pl.Series(prod).cast(pl.String),
        "quantity": rng.integers(1, 4, n_lines).astype(np.int32), "unit_price": price[prod],
        "currency": "USD", "ordered_at": ts.values,
        "status": np.array(STATUSES)[rng.choice(5, n_lines, p=[.8, .05, .05, .04, .06])],
        "channel": np.array(["web", "app", "store"])[rng.integers(0, 3, n_orders)[l_ord]],
        "discount": np.where(rng.random(n_lines) < 0.2, 0.1, 0.0), "_source_file": "bench",
        "_loaded_at": now,
    })
    products_df = pl.DataFrame({
        "product_id": pl.Series(np.arange(products)).cast(pl.String), "title": "t", "brand": "b",
        "category": np.array(CATEGORIES)[np.arange(products) % 10], "price": price,
        "currency": "USD", "in_stock": True,
        "updated_at": now, "_source_file": "bench", "_loaded_at": now,
    })
    customers = pl.DataFrame({
        "user_id": pl.Series(np.arange(n_users)).cast(pl.String),
        "locale": np.where(rng.random(n_users) < 0.25, "zh-CN", "en-US"),
        "signup_at": (pd.Timestamp(start) - pd.to_timedelta(rng.integers(0, 900, n_users), "D")).values,
        "marketing_consent": rng.random(n_users) < 0.7, "segment": "standard",
        "_source_file": "bench", "_loaded_at": now,
    })
    with warehouse.connect(path) as con:
        for table, df in (("orders", orders), ("products", products_df), ("customers", customers)):
            con.register("_df", df.to_arrow())
            con.execute(f"insert into raw.{table} by name select * from _df")  # table: constant
            con.unregister("_df")


def run_shopcopy(con) -> pl.DataFrame:
    return features.build_features(con, SNAPSHOT)


# Money to cents, half away from zero on the scaled value, as Polars and pandas do it here
# (DuckDB's round() looks at the exact binary value, so 31.545 -> 31.54 there).
MACROS = ["create or replace temp macro whole_cents(x) as "
          "cast(sign(x) * floor(abs(x) * 100 + 0.5) as bigint)"]


def run_sql(con) -> pl.DataFrame:
    for macro in MACROS:
        con.execute(macro)
    table = con.sql(SQL, params={"snapshot": SNAPSHOT}).to_arrow_table()
    return pl.from_arrow(table)


def cents(x: pd.Series) -> pd.Series:
    """Half away from zero, like SQL round() (pandas' round is half to even)."""
    return np.sign(x) * np.floor(np.abs(x) * 100 + 0.5) / 100


def run_pandas(con) -> pd.DataFrame:
    """Plain pandas: vectorised groupbys; lists of structs need a Python-level step."""
    s = pd.Timestamp(SNAPSHOT)
    lines = con.sql(warehouse.sql_text("model/order_lines"), params={"snapshot": SNAPSHOT}).df()
    cust = con.sql(warehouse.sql_text("model/customers"), params={"snapshot": SNAPSHOT}).df()
    lines["order_date"] = pd.to_datetime(lines["order_date"])
    lines["cents"] = (cents(lines["line_value"]) * 100).round().astype("int64")
    lines["kept"] = lines["cents"].where(~lines["is_returned"], 0)
    orders = lines.groupby(["user_id", "order_id"], sort=False).agg(
        order_date=("order_date", "min"), channel=("channel", "min"), value=("kept", "sum"))
    orders = orders.reset_index()
    for c in ("web", "app", "store"):
        orders[c] = (orders["channel"] == c).astype(float)
    orders["d30"] = orders["order_date"] >= s - pd.Timedelta(days=30)
    orders["d90"] = orders["order_date"] >= s - pd.Timedelta(days=90)
    g = orders.groupby("user_id")
    u = g.agg(first_order_date=("order_date", "min"), last_order_date=("order_date", "max"),
              frequency=("order_id", "size"), monetary=("value", "sum"), orders_30d=("d30", "sum"),
              orders_90d=("d90", "sum"), channel_web_share=("web", "mean"),
              channel_app_share=("app", "mean"), channel_store_share=("store", "mean"))
    u["monetary"] = u["monetary"] / 100
    second = orders.sort_values("order_date", ascending=False).groupby("user_id")["order_date"].nth(1)
    u["last_gap_days"] = (u["last_order_date"] - orders.loc[second.index].set_index("user_id")[
        "order_date"]).dt.days
    span = (u["last_order_date"] - u["first_order_date"]).dt.days
    u["avg_gap_days"] = (span / (u["frequency"] - 1)).where(u["frequency"] > 1)
    lines["ratio"] = lines["unit_price"] / lines.groupby("category")["unit_price"].transform("median")
    lines["disc"] = (lines["discount"] > 0).astype(float)
    ls = lines.groupby("user_id").agg(discount_share=("disc", "mean"),
                                      returns_share=("is_returned", "mean"),
                                      price_ratio=("ratio", "median"))
    sp = lines.groupby(["user_id", "category"], as_index=False)["cents"].sum()
    sp["share"] = sp["cents"] / sp.groupby("user_id")["cents"].transform("sum")
    sp = sp.sort_values(["user_id", "share", "category"], ascending=[True, False, True])
    aff = sp.groupby("user_id", sort=False).agg(cats=("category", list), shares=("share", list))
    aff["category_affinity"] = [[{"category": c, "share": v} for c, v in zip(cs, vs, strict=True)]
                                for cs, vs in zip(aff["cats"], aff["shares"], strict=True)]
    aff["top_categories"] = aff["cats"].str[:3]
    aff["top_category"] = aff["cats"].str[0]
    users = u.join(ls).join(aff[["top_category", "top_categories", "category_affinity"]])
    out = cust.set_index("user_id").join(users, how="outer")
    out["signup_date"] = pd.to_datetime(out["signup_date"])
    out["tenure_days"] = (s - out[["signup_date", "first_order_date"]].min(axis=1)).dt.days
    out["recency_days"] = (s - out["last_order_date"]).dt.days
    for c in ("frequency", "orders_30d", "orders_90d"):
        out[c] = out[c].fillna(0).astype(int)
    out["monetary"] = out["monetary"].fillna(0.0)
    out["avg_order_value"] = (out["monetary"] / out["frequency"]).where(out["frequency"] > 0)
    buyer = out["frequency"] > 0
    n = buyer.sum()
    for col, key in (("r_score", -out["recency_days"]), ("f_score", out["frequency"]),
                     ("m_score", out["monetary"])):
        out[col] = (1 + (5 * (key[buyer].rank(method="min") - 1)) // n).reindex(out.index)
    out["price_band"] = np.select(
        [out["price_ratio"] < 0.85, out["price_ratio"] <= 1.15, out["price_ratio"].notna()],
        ["budget", "mid", "premium"], None)
    r, f = out["recency_days"], out["frequency"]
    out["segment_label"] = np.select(
        [f == 0, out["first_order_date"] >= s - pd.Timedelta(days=45), r > 180,
         out["discount_share"] >= 0.5, (f >= 4) & (r <= 60), (f >= 2) & (r > 90)],
        ["prospect", "new", "lapsed", "bargain-hunter", "loyal", "at-risk"], "occasional")
    out["snapshot_date"] = s
    return out.reset_index(names="user_id")


def measure(fn, con, repeat: int) -> tuple[float, float, object]:
    """Best wall time of `repeat` runs and peak RSS growth (MiB) above the RSS before them."""
    page = 4096
    base = int(Path("/proc/self/statm").read_text().split()[1]) * page
    peak, done = [base], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], int(Path("/proc/self/statm").read_text().split()[1]) * page)
            time.sleep(0.002)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(con)
        times.append(time.perf_counter() - start)
    done.set()
    t.join()
    return min(times), (peak[0] - base) / 2**20, result


def check_same(shop: pl.DataFrame, sql: pl.DataFrame, pdf: pd.DataFrame) -> None:
    """All three must agree, or the timings compare different work."""
    cols = list(features.FEATURE_SCHEMA)
    sql = sql.select(cols).cast(features.FEATURE_SCHEMA).sort("user_id")
    assert_frame_equal(shop, sql, check_exact=False, rel_tol=1e-9)
    scalar = [c for c in cols if c not in ("top_categories", "category_affinity")]
    from_pd = pl.from_pandas(pdf[scalar]).cast({c: features.FEATURE_SCHEMA[c] for c in scalar})
    assert_frame_equal(shop.select(scalar), from_pd.sort("user_id"), check_exact=False,
                       rel_tol=1e-9)
    assert pdf.set_index("user_id").loc[shop["user_id"][0], "top_categories"] == \
        shop["top_categories"][0].to_list()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        t = time.perf_counter()
        make_shop(path, args.lines, args.users)
        print(f"data: {args.lines:,} lines, {args.users:,} users ({time.perf_counter() - t:.1f} s)")
        with warehouse.connect(path) as con:
            results = {name: measure(fn, con, args.repeat) for name, fn in
                       (("shopcopy", run_shopcopy), ("sql", run_sql), ("pandas", run_pandas))}
            check_same(results["shopcopy"][2], results["sql"][2], results["pandas"][2])
    print(f"{'variant':<10}{'best s':>9}{'peak MiB':>10}")
    for name, (secs, mib, _) in results.items():
        print(f"{name:<10}{secs:>9.3f}{mib:>10.0f}")
    shop, sql, pdt = (results[k][0] for k in ("shopcopy", "sql", "pandas"))
    print(f"shopcopy / sql    = {shop / sql:.2f}x  (target <= 1.2x)")
    print(f"pandas / shopcopy = {pdt / shop:.1f}x  (target >= 5x)")
    print("outputs identical across the three: yes")


if __name__ == "__main__":
    main()
