"""Ingest benchmark: shopcopy's checked, quarantining, exactly-once ingest of one big orders CSV
against a bare `CREATE TABLE AS SELECT * FROM read_csv(...)` of the same file, same process.

    python benchmarks/bench_ingest.py [--lines 5000000]

Target: ratio <= 1.3x.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import duckdb

from shopcopy import warehouse
from shopcopy.ingest.load import KIND_BY_NAME, ingest_file


def make_inputs(folder: Path, lines: int) -> tuple[Path, Path]:
    """A catalog of 1,000 products and an orders CSV of `lines` lines (3 lines per order)."""
    con = duckdb.connect()
    products = folder / "products.parquet"
    con.execute(
        f"""copy (select 'P' || lpad(i::varchar, 5, '0') as product_id, 'Product ' || i as title,
                  'Brand' || (i % 20) as brand, 'cat' || (i % 10) as category,
                  round(5 + (i % 200) * 1.5, 2) as price, 'USD' as currency, '{{}}' as attributes,
                  'desc' as description, true as in_stock, timestamp '2025-01-01' as updated_at
             from range(1000) t(i)) to '{products}' (format parquet)"""
    )
    orders = folder / "orders.csv"
    con.execute(
        f"""copy (select 'O' || (i // 3) as order_id, (i % 3) + 1 as line_no, 'U' || (hash(i // 3) % 100000) as user_id,
                  'P' || lpad((hash(i) % 1000)::varchar, 5, '0') as product_id, 1 + (i % 3) as quantity,
                  round(5 + (hash(i) % 200) * 1.5, 2) as unit_price, 'USD' as currency,
                  timestamp '2025-01-01' + to_seconds(i % 31536000) as ordered_at, 'delivered' as status,
                  'web' as channel, 0.0 as discount
             from range({lines}) t(i)) to '{orders}' (header, delimiter ',')"""
    )
    return products, orders


def bare(path: Path, db: Path) -> float:
    con = duckdb.connect(str(db))
    start = time.perf_counter()
    con.execute("create table orders as select * from read_csv(?)", [str(path)])
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def shopcopy_ingest(products: Path, orders: Path, db: Path) -> tuple[float, int]:
    con = warehouse.connect(db)
    ingest_file(con, KIND_BY_NAME["products"], products, "bench")
    start = time.perf_counter()
    outcome = ingest_file(con, KIND_BY_NAME["orders"], orders, "bench")
    elapsed = time.perf_counter() - start
    con.close()
    assert outcome.status == "loaded", outcome
    return elapsed, outcome.rows_loaded


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=5_000_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        products, orders = make_inputs(folder, args.lines)
        print(f"orders CSV: {args.lines:,} lines, {orders.stat().st_size / 1e6:.0f} MB")
        bare_times, ours = [], []
        for i in range(args.repeat):
            bare_times.append(bare(orders, folder / f"bare{i}.duckdb"))
            elapsed, rows = shopcopy_ingest(products, orders, folder / f"ours{i}.duckdb")
            ours.append(elapsed)
        b, o = min(bare_times), min(ours)
        print(f"bare CTAS read_csv : {b:6.2f} s")
        print(f"shopcopy ingest    : {o:6.2f} s  ({rows:,} rows loaded)")
        print(f"ratio              : {o / b:6.2f}x  (target <= 1.30x)")


if __name__ == "__main__":
    main()
