"""Top-k product recommendations per user from co-purchases, category affinity and popularity.

Every candidate carries the component that earned its place as a machine-readable reason
(`bought_with:<product_id>`, `top_category:<category>`, `popular`), so the LLM stage can say
why without deciding anything. Out-of-stock and recently bought products never appear.
"""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import polars as pl

from shopcopy import warehouse
from shopcopy.model.features import load_customers, load_order_lines, query_frame
from shopcopy.settings import Settings

POP_HALF_LIFE_DAYS = 60      # popularity decays: last season's hit is not today's
PAIR_WINDOW_DAYS = 14        # bought by the same user within two weeks counts as "together"
SEED_WINDOW_DAYS = 180       # a user's purchases that seed co-purchase candidates
SEED_HALF_LIFE_DAYS = 30     # a phone bought last week predicts a case better than last year's
NEIGHBOURS = 20              # most similar products kept per product
TOP_CATEGORIES = 3
WEIGHTS = {"co": 1.0, "cat": 1.0, "pop": 0.3}
OUTPUT = {"snapshot_date": pl.Date, "user_id": pl.String, "rank": pl.Int32,
          "product_id": pl.String, "score": pl.Float64, "reason": pl.String}


def load_products(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return query_frame(con, "model/products", {})


def _decay(snapshot: date, half_life: int) -> pl.Expr:
    age = (pl.lit(snapshot, pl.Date) - pl.col("order_date")).dt.total_days()
    return (0.5 ** (age / half_life)).alias("w")


def popularity(lines: pl.DataFrame, products: pl.DataFrame, snapshot: date) -> pl.DataFrame:
    """Per catalog product: time-decayed purchase count, normalised overall and within category."""
    pop = lines.with_columns(_decay(snapshot, POP_HALF_LIFE_DAYS)).group_by("product_id").agg(
        pop=pl.col("w").sum())
    return (products.join(pop, on="product_id", how="left")
            .with_columns(pl.col("pop").fill_null(0.0))
            .with_columns(pop_norm=pl.col("pop") / pl.col("pop").max().clip(1e-9),
                          pop_cat=pl.col("pop") / pl.col("pop").max().over("category").clip(1e-9)))


def item_similarity(lines: pl.DataFrame, neighbours: int = NEIGHBOURS) -> pl.DataFrame:
    """Cosine similarity of products bought by the same user within PAIR_WINDOW_DAYS."""
    bought = lines.select("user_id", "product_id", "order_date").unique()
    buyers = bought.group_by("product_id").agg(n=pl.col("user_id").n_unique())
    pairs = (
        bought.join(bought, on="user_id", suffix="_b")
        .filter((pl.col("product_id") != pl.col("product_id_b"))
                & ((pl.col("order_date") - pl.col("order_date_b")).dt.total_days().abs()
                   <= PAIR_WINDOW_DAYS))
        .group_by("product_id", "product_id_b").agg(co=pl.col("user_id").n_unique())
    )
    sim = (pairs.join(buyers, on="product_id")
           .join(buyers.rename({"product_id": "product_id_b", "n": "n_b"}), on="product_id_b")
           .with_columns(sim=pl.col("co") / (pl.col("n") * pl.col("n_b")).sqrt()))
    return (sim.sort(["product_id", "sim", "product_id_b"], descending=[False, True, False])
            .group_by("product_id", maintain_order=True).head(neighbours)
            .select("product_id", "product_id_b", "sim"))


def co_purchase_scores(lines: pl.DataFrame, sim: pl.DataFrame, snapshot: date) -> pl.DataFrame:
    """(user, product, score, reason): products similar to what the user bought lately."""
    seeds = (lines.filter(pl.col("order_date") >= snapshot - timedelta(days=SEED_WINDOW_DAYS))
             .group_by("user_id", "product_id").agg(pl.col("order_date").max())
             .with_columns(_decay(snapshot, SEED_HALF_LIFE_DAYS)))
    scored = seeds.join(sim, on="product_id").with_columns(s=pl.col("sim") * pl.col("w"))
    return (scored.sort(["user_id", "product_id_b", "s", "product_id"],
                        descending=[False, False, True, False])
            .group_by("user_id", "product_id_b", maintain_order=True)
            .agg(score=pl.col("s").sum(), reason="bought_with:" + pl.col("product_id").first())
            .rename({"product_id_b": "product_id"}))


def category_scores(lines: pl.DataFrame, pop: pl.DataFrame) -> pl.DataFrame:
    """(user, product, score, reason): popular products of the user's favourite categories,
    weighted by the share of the user's lines there (lines, not spend: a cheap category
    bought often is a stronger habit than one expensive purchase)."""
    shares = (lines.group_by("user_id", "category").agg(n=pl.len())
              .with_columns(share=pl.col("n") / pl.col("n").sum().over("user_id"))
              .sort(["user_id", "share", "category"], descending=[False, True, False])
              .group_by("user_id", maintain_order=True).head(TOP_CATEGORIES))
    return (shares.join(pop.select("product_id", "category", "pop_cat"), on="category")
            .select("user_id", "product_id", score=pl.col("share") * pl.col("pop_cat"),
                    reason="top_category:" + pl.col("category")))


def recent_purchases(lines: pl.DataFrame, snapshot: date, days: int) -> pl.DataFrame:
    """(user, product) bought within `days` before the snapshot: not recommended again yet."""
    return (lines.filter(pl.col("order_date") >= snapshot - timedelta(days=days))
            .select("user_id", "product_id").unique())


def recommend(lines: pl.DataFrame, products: pl.DataFrame, users: pl.DataFrame, snapshot: date,
              k: int = 10, recent_days: int = 30) -> pl.DataFrame:
    """Top-k per user (rows of recs.user_recommendations); users without history get popular."""
    lines = lines.filter(pl.col("order_date") < snapshot)
    pop = popularity(lines, products, snapshot)
    parts = [
        co_purchase_scores(lines, item_similarity(lines), snapshot).with_columns(part=pl.lit("co")),
        category_scores(lines, pop).with_columns(part=pl.lit("cat")),
    ]
    popular = _popular_candidates(pop, users, k + _max_exclusions(lines, snapshot, recent_days))
    scored = pl.concat([p.select("user_id", "product_id", "score", "reason", "part")
                        for p in parts] + [popular])
    return _rank(_combine(scored), products, lines, users, snapshot, k, recent_days)


def popularity_baseline(lines: pl.DataFrame, products: pl.DataFrame, users: pl.DataFrame,
                        snapshot: date, k: int = 10, recent_days: int = 30) -> pl.DataFrame:
    """The same exclusions, ranked by popularity alone: what recommend() must beat."""
    lines = lines.filter(pl.col("order_date") < snapshot)
    pop = popularity(lines, products, snapshot)
    popular = _popular_candidates(pop, users, k + _max_exclusions(lines, snapshot, recent_days))
    return _rank(_combine(popular), products, lines, users, snapshot, k, recent_days)


def _max_exclusions(lines: pl.DataFrame, snapshot: date, days: int) -> int:
    """Enough popular candidates that every user still has k after their exclusions."""
    recent = recent_purchases(lines, snapshot, days)
    return int(recent.group_by("user_id").len()["len"].max() or 0)


def _popular_candidates(pop: pl.DataFrame, users: pl.DataFrame, n: int) -> pl.DataFrame:
    top = (pop.filter(pl.col("in_stock")).sort(["pop_norm", "product_id"], descending=[True, False])
           .head(n).select("product_id", score=pl.col("pop_norm")))
    return users.select("user_id").join(top, how="cross").with_columns(
        reason=pl.lit("popular"), part=pl.lit("pop"))


def _combine(scored: pl.DataFrame) -> pl.DataFrame:
    """Weighted sum of components per (user, product); the reason of the biggest contribution."""
    weighted = scored.with_columns(
        score=pl.col("score") * pl.col("part").replace_strict(WEIGHTS, return_dtype=pl.Float64))
    return (weighted.sort(["user_id", "product_id", "score", "reason"],
                          descending=[False, False, True, False])
            .group_by("user_id", "product_id", maintain_order=True)
            .agg(pl.col("score").sum(), pl.col("reason").first()))


def _rank(candidates: pl.DataFrame, products: pl.DataFrame, lines: pl.DataFrame,
          users: pl.DataFrame, snapshot: date, k: int, recent_days: int) -> pl.DataFrame:
    in_stock = products.filter(pl.col("in_stock")).select("product_id")
    return (
        candidates.join(users.select("user_id"), on="user_id", how="semi")
        .join(in_stock, on="product_id", how="semi")
        .join(recent_purchases(lines, snapshot, recent_days), on=["user_id", "product_id"],
              how="anti")
        .sort(["user_id", "score", "product_id"], descending=[False, True, False])
        .group_by("user_id", maintain_order=True).head(k)
        .with_columns(rank=pl.int_range(1, pl.len() + 1).over("user_id"),
                      snapshot_date=pl.lit(snapshot, pl.Date))
        .select(*OUTPUT).cast(OUTPUT)
    )


def write_recommendations(con: duckdb.DuckDBPyConnection, df: pl.DataFrame, snapshot: date) -> int:
    """Replace the snapshot's rows in recs.user_recommendations in one transaction."""
    return warehouse.replace_snapshot(con, df, "user_recommendations", snapshot)


def run_recommendations(con: duckdb.DuckDBPyConnection, snapshot_date: date, run_id: str,
                        settings: Settings) -> int:
    """Recommend for every user known at `snapshot_date`; returns rows written."""
    lines = load_order_lines(con, snapshot_date)
    users = pl.concat([load_customers(con, snapshot_date).select("user_id"),
                       lines.select("user_id")]).unique()
    recs = recommend(lines, load_products(con), users, snapshot_date,
                     settings.recs_k, settings.recent_purchase_days)
    return write_recommendations(con, recs, snapshot_date)
