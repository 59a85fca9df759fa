"""Recommendations: exclusions and reasons on tiny frames, the popularity fallback, the win over
popularity on the sample shop, and the evaluation rows in ops.model_evaluations."""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl
import pytest

from shopcopy.model import evaluate, recommend
from shopcopy.model.features import LINE_SCHEMA, load_customers, load_order_lines
from shopcopy.settings import get_settings
from tests.fixtures.warehouse import SAMPLE_SNAPSHOT

S = date(2026, 3, 1)


def lines_frame(rows: list[tuple]) -> pl.DataFrame:
    """(user, order, product, category, days before S) rows; one unit at 10.00 each."""
    df = pl.DataFrame(rows, schema=["user_id", "order_id", "product_id", "category", "ago"],
                      orient="row")
    return df.with_columns(
        order_date=pl.lit(S) - pl.duration(days=pl.col("ago")), quantity=1, unit_price=10.0,
        discount=0.0, line_value=10.0, is_returned=False, channel=pl.lit("web"),
    ).select(*LINE_SCHEMA).cast(LINE_SCHEMA)


PRODUCTS = pl.DataFrame({
    "product_id": ["phone", "case", "charger", "novel", "bookmark", "cookbook", "tent"],
    "category": ["tech", "tech", "tech", "books", "books", "books", "outdoor"],
    "in_stock": [True, True, False, True, True, True, True],
})
# Phones are bought with cases (same order or days later) by several users; novels are popular.
HISTORY = [
    ("a", "a1", "phone", "tech", 100), ("a", "a1", "case", "tech", 100),
    ("b", "b1", "phone", "tech", 80), ("b", "b2", "case", "tech", 75),
    ("c", "c1", "phone", "tech", 60), ("c", "c1", "charger", "tech", 60),
    ("d", "d1", "novel", "books", 50), ("e", "e1", "novel", "books", 40),
    ("f", "f1", "novel", "books", 30), ("f", "f1", "bookmark", "books", 30),
    ("g", "g1", "cookbook", "books", 20), ("g", "g2", "tent", "outdoor", 200),
    # The user we recommend for: just bought a phone, and a novel two weeks ago.
    ("u", "u1", "phone", "tech", 3), ("u", "u2", "novel", "books", 14),
]


def recs_for(user: str, users: list[str] | None = None, k: int = 4) -> pl.DataFrame:
    users_df = pl.DataFrame({"user_id": users or [user]})
    out = recommend.recommend(lines_frame(HISTORY), PRODUCTS, users_df, S, k=k, recent_days=30)
    return out.filter(pl.col("user_id") == user)


def test_complement_comes_first_with_a_machine_readable_reason():
    got = recs_for("u")
    assert got["rank"].to_list() == list(range(1, got.height + 1))
    assert got.row(0, named=True) | {"score": None} == {
        "snapshot_date": S, "user_id": "u", "rank": 1, "product_id": "case", "score": None,
        "reason": "bought_with:phone"}
    assert got["score"].is_sorted(descending=True)
    assert all(r == "popular" or r.split(":")[0] in {"bought_with", "top_category"}
               for r in got["reason"])


def test_never_out_of_stock_nor_recently_bought():
    got = recs_for("u", k=10)
    # charger is out of stock; phone and novel were bought within 30 days.
    assert not set(got["product_id"]) & {"charger", "phone", "novel"}
    # Everything else in stock is still eligible, so k=10 returns all four of them.
    assert sorted(got["product_id"]) == ["bookmark", "case", "cookbook", "tent"]


def test_new_user_gets_the_popularity_fallback():
    got = recs_for("newcomer", k=3)
    assert got["reason"].to_list() == ["popular"] * 3
    assert got["product_id"][0] == "novel"  # the most (and most recently) bought product


@pytest.fixture(scope="module")
def sample_frames(sample_warehouse):
    from shopcopy import warehouse

    with warehouse.connect(sample_warehouse, read_only=True) as c:
        return (load_order_lines(c, SAMPLE_SNAPSHOT), load_customers(c, SAMPLE_SNAPSHOT),
                recommend.load_products(c))


def test_recommendations_beat_popularity_on_the_sample(sample_frames):
    lines, customers, products = sample_frames
    cutoff = SAMPLE_SNAPSHOT - timedelta(days=30)
    hit, ndcg = evaluate.recommendation_evaluations(lines, customers, products, cutoff,
                                                    get_settings())
    assert hit.details["users"] >= 30
    assert hit.metric == "hit_rate@10" and hit.value > hit.baseline_value + 0.05
    assert ndcg.value > ndcg.baseline_value


def test_stored_recommendations_respect_stock_and_recent_purchases(loaded_con):
    cfg = get_settings()
    n = recommend.run_recommendations(loaded_con, SAMPLE_SNAPSHOT, "run-1", cfg)
    assert recommend.run_recommendations(loaded_con, SAMPLE_SNAPSHOT, "run-2", cfg) == n
    users = loaded_con.execute("select count(*) from staging.customers where signup_at < ?",
                               [SAMPLE_SNAPSHOT]).fetchall()[0][0]
    stored = loaded_con.execute(
        "select count(*), count(distinct user_id), max(rank) from recs.user_recommendations "
        "where snapshot_date = ?", [SAMPLE_SNAPSHOT]).fetchall()[0]
    assert stored == (n, users, cfg.recs_k) and n == users * cfg.recs_k
    bad = loaded_con.execute("""
        select r.user_id, r.product_id from recs.user_recommendations r
        join staging.products p using (product_id)
        where r.snapshot_date = $s and (not p.in_stock or exists (
            select 1 from staging.orders o
            where o.user_id = r.user_id and o.product_id = r.product_id
              and o.status <> 'cancelled' and o.ordered_at < $s
              and o.ordered_at >= $s - interval 30 day))""", {"s": SAMPLE_SNAPSHOT}).fetchall()
    assert bad == []


def test_run_evaluation_stores_model_and_baseline_for_all_three(loaded_con):
    cfg = get_settings()
    evaluate.run_evaluation(loaded_con, SAMPLE_SNAPSHOT, "eval-1", cfg)
    evals = evaluate.run_evaluation(loaded_con, SAMPLE_SNAPSHOT, "eval-2", cfg)
    rows = loaded_con.execute(
        "select run_id, what, metric, value, baseline, baseline_value from ops.model_evaluations "
        "order by what, metric").fetchall()
    assert {r[0] for r in rows} == {"eval-2"}  # the rerun replaced the first run's rows
    assert [(r[1], r[2]) for r in rows] == sorted((e.what, e.metric) for e in evals)
    assert {r[1] for r in rows} == {"demand", "next_category", "recommendations"}
    assert all(r[3] is not None and r[5] is not None and r[4] for r in rows)
