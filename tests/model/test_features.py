"""Per-user features: golden frames with hand-computed answers, point-in-time safety, and the
round trip through staging.* and features.user_features."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from shopcopy.model import features
from shopcopy.model.features import FEATURE_SCHEMA, LINE_SCHEMA, compute_features
from tests.fixtures.warehouse import SAMPLE_SNAPSHOT

S = date(2026, 3, 1)
D = date.fromisoformat


def lines_frame(rows: list[tuple]) -> pl.DataFrame:
    """(user, order, product, category, qty, price, discount, day, returned, channel) rows."""
    cols = ["user_id", "order_id", "product_id", "category", "quantity", "unit_price", "discount",
            "order_date", "is_returned", "channel"]
    df = pl.DataFrame(rows, schema=cols, orient="row").with_columns(
        pl.col("order_date").str.to_date(),
        line_value=pl.col("quantity") * pl.col("unit_price") * (1 - pl.col("discount")))
    return df.select(*LINE_SCHEMA).cast(LINE_SCHEMA)


LINES = lines_frame([
    # u1: three orders, one line returned, one discounted line, web/app/web.
    ("u1", "o1", "p1", "books", 1, 10.0, 0.0, "2026-01-01", False, "web"),
    ("u1", "o1", "p2", "toys", 2, 20.0, 0.5, "2026-01-01", False, "web"),
    ("u1", "o2", "p1", "books", 1, 10.0, 0.0, "2026-01-31", True, "app"),
    ("u1", "o3", "p3", "toys", 1, 30.0, 0.0, "2026-02-20", False, "web"),
    # On the snapshot day: must be invisible.
    ("u1", "o9", "p3", "toys", 5, 999.0, 0.0, "2026-03-01", False, "store"),
    # u2: one recent discounted order, premium price for its category.
    ("u2", "o4", "p4", "books", 1, 20.0, 0.2, "2026-02-15", False, "store"),
    # u3: two orders last summer, then nothing.
    ("u3", "o5", "p1", "books", 1, 10.0, 0.0, "2025-06-01", False, "web"),
    ("u3", "o6", "p2", "toys", 1, 20.0, 0.0, "2025-07-01", False, "web"),
])
CUSTOMERS = pl.DataFrame({
    "user_id": ["u1", "u2", "u3", "u4", "u5"],
    "locale": ["en-US", "zh-CN", "en-US", "en-US", "en-US"],
    "marketing_consent": [True, False, True, True, True],
    # u4 signed up but never ordered; u5 signs up after the snapshot (unknown yet).
    "signup_date": [D("2025-12-01"), D("2026-02-10"), D("2025-05-01"), D("2026-01-01"),
                    D("2026-03-05")],
})


def test_golden_features_for_hand_computed_users():
    got = compute_features(LINES, CUSTOMERS, S)
    aff = lambda *pairs: [{"category": c, "share": s} for c, s in pairs]  # noqa: E731
    expected = pl.DataFrame({
        "snapshot_date": [S] * 4,
        "user_id": ["u1", "u2", "u3", "u4"],
        "locale": ["en-US", "zh-CN", "en-US", "en-US"],
        "marketing_consent": [True, False, True, True],
        "tenure_days": [90, 19, 304, 59],
        "first_order_date": [D("2026-01-01"), D("2026-02-15"), D("2025-06-01"), None],
        "last_order_date": [D("2026-02-20"), D("2026-02-15"), D("2025-07-01"), None],
        "recency_days": [9, 14, 243, None],
        "frequency": [3, 1, 2, 0],
        # Kept spend: o1 10 + 2*20*0.5, o2 returned (0), o3 30.
        "monetary": [60.0, 16.0, 30.0, 0.0],
        "avg_order_value": [20.0, 16.0, 15.0, None],
        # Among the 3 buyers, score = 1 + floor(5 * (rank - 1) / 3).
        "r_score": [4, 2, 1, None],
        "f_score": [4, 1, 2, None],
        "m_score": [4, 1, 2, None],
        "orders_30d": [2, 1, 0, 0],
        "orders_90d": [3, 1, 0, 0],
        "avg_gap_days": [25.0, None, 30.0, None],
        "last_gap_days": [20, None, 30, None],
        "top_category": ["toys", "books", "toys", None],
        "top_categories": [["toys", "books"], ["books"], ["toys", "books"], None],
        # Gross spend incl. the returned line: books 20 / toys 50.
        "category_affinity": [aff(("toys", 5 / 7), ("books", 2 / 7)), aff(("books", 1.0)),
                              aff(("toys", 2 / 3), ("books", 1 / 3)), None],
        # Category medians: books 10, toys 20 -> u1 ratios [1, 1, 1, 1.5], u2 [2.0].
        "price_ratio": [1.0, 2.0, 1.0, None],
        "price_band": ["mid", "premium", "mid", None],
        "discount_share": [0.25, 1.0, 0.0, None],
        "returns_share": [0.25, 0.0, 0.0, None],
        "channel_web_share": [2 / 3, 0.0, 1.0, None],
        "channel_app_share": [1 / 3, 0.0, 0.0, None],
        "channel_store_share": [0.0, 1.0, 0.0, None],
        "segment_label": ["occasional", "new", "lapsed", "prospect"],
    }, schema=FEATURE_SCHEMA)
    assert_frame_equal(got, expected)


@pytest.mark.parametrize(("orders", "label"), [
    # (days before the snapshot, discount) per order
    ([(100, 0.0), (50, 0.0), (20, 0.0), (5, 0.0)], "loyal"),
    ([(100, 0.3), (60, 0.2), (20, 0.0)], "bargain-hunter"),
    ([(200, 0.0), (120, 0.0)], "at-risk"),
    ([(300, 0.0), (200, 0.0)], "lapsed"),
    ([(90, 0.0), (10, 0.0)], "occasional"),
    ([(200, 0.0), (30, 0.0)], "occasional"),
    ([(40, 0.5)], "new"),
])
def test_segment_rules(orders, label):
    rows = [("u", f"o{i}", "p", "books", 1, 10.0, disc, str(S - timedelta(days=ago)), False, "web")
            for i, (ago, disc) in enumerate(orders)]
    got = compute_features(lines_frame(rows), CUSTOMERS.clear(), S)
    assert got["segment_label"].to_list() == [label]


def test_orders_on_or_after_the_snapshot_never_change_features(loaded_con):
    later = SAMPLE_SNAPSHOT + timedelta(days=60)
    snap = SAMPLE_SNAPSHOT - timedelta(days=30)
    all_lines = features.load_order_lines(loaded_con, later)
    customers = features.load_customers(loaded_con, later)
    assert all_lines.filter(pl.col("order_date") >= snap).height > 100  # the test has teeth
    from_all = compute_features(all_lines, customers, snap)
    assert_frame_equal(from_all, features.build_features(loaded_con, snap))
    # Mangling every future line must not move a single number.
    mangled = all_lines.with_columns(
        pl.when(pl.col("order_date") >= snap).then(pl.col("unit_price") * 100)
        .otherwise(pl.col("unit_price")).alias("unit_price"))
    assert_frame_equal(compute_features(mangled, customers, snap), from_all)


def insert_raw(con, orders: list[tuple], customers: list[tuple]) -> None:
    now = datetime(2026, 3, 1)
    con.executemany(
        "insert into raw.orders values (?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, 'test.csv', ?)",
        [(*o, now) for o in orders])
    con.executemany(
        "insert into raw.customers values (?, ?, ?, ?, 'standard', 'x@y.z', '1', 'N', 'c.jsonl', ?)",
        [(*c, now) for c in customers])
    con.executemany(
        "insert into raw.products values (?, ?, 'B', ?, 10, 'USD', null, null, true, ?, 'p', ?)",
        [("p1", "Book", "books", now, now), ("p2", "Toy", "toys", now, now)])


def test_cancelled_lines_never_count_and_rerun_replaces_the_snapshot(con):
    insert_raw(con, [
        ("o1", 1, "u1", "p1", 1, 10.0, datetime(2026, 2, 1, 9), "delivered", "web", 0.0),
        ("o2", 1, "u1", "p2", 1, 50.0, datetime(2026, 2, 20, 9), "cancelled", "web", 0.0),
        ("o3", 1, "u1", "p2", 1, 20.0, datetime(2026, 2, 25, 9), "returned", "app", 0.0),
    ], [("u1", "en-US", datetime(2026, 1, 1), True), ("u2", "zh-CN", datetime(2026, 1, 2), False)])
    assert features.run_features(con, S) == 2
    assert features.run_features(con, S) == 2  # rerun replaces, never duplicates
    features.run_features(con, S - timedelta(days=1))
    rows = con.execute(
        "select user_id, frequency, monetary, recency_days, returns_share, top_category, "
        "segment_label from features.user_features where snapshot_date = ? order by user_id",
        [S]).fetchall()
    # The cancelled 50.00 order is no purchase; the returned one counts but keeps no spend.
    assert rows == [("u1", 2, 10.0, 4, 0.5, "toys", "new"),
                    ("u2", 0, 0.0, None, None, None, "prospect")]
    dates = con.execute("select snapshot_date, count(*) from features.user_features "
                        "group by 1 order by 1").fetchall()
    assert dates == [(S - timedelta(days=1), 2), (S, 2)]


def test_sample_features_cover_every_known_customer(loaded_con):
    df = features.build_features(loaded_con, SAMPLE_SNAPSHOT)
    known = loaded_con.execute("select count(*) from staging.customers where signup_at < ?",
                               [SAMPLE_SNAPSHOT]).fetchall()[0][0]
    assert df.height == known and df["user_id"].is_unique().all()
    assert set(df["segment_label"]) >= {"prospect", "loyal", "lapsed", "new"}
    assert df.filter(pl.col("frequency") > 0)["r_score"].is_between(1, 5).all()
