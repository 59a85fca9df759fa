"""The guardrails' catalog dictionary, read from the warehouse (the guardrails do no I/O)."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from shopcopy.guardrails import Catalog, load_policy
from shopcopy.warehouse.sql import run_sql

CATALOG_COLUMNS = ["product_id", "title", "brand", "category", "price", "currency", "in_stock"]


def load_catalog(con: duckdb.DuckDBPyConnection, external_brands: Iterable[str] | None = None) -> Catalog:
    """Every valid product (staging.products), the policy's external brands, and the vocabulary
    reviewers taught the gate (ops.guardrail_vocabulary)."""
    if external_brands is None:
        external_brands = load_policy().external_brands
    rows = run_sql(con, "review/catalog_products").fetchall()
    learned: dict[str, list[str]] = {}
    for locale, word, *_ in run_sql(con, "guardrails/learned_vocabulary").fetchall():
        learned.setdefault(locale, []).append(word)
    return Catalog.from_products([dict(zip(CATALOG_COLUMNS, r, strict=True)) for r in rows],
                                 external_brands, vocabulary=learned)
