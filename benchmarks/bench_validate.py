"""Benchmark: validating 1 M order lines vs ingesting the same rows from CSV (same process).

    python benchmarks/bench_validate.py [--lines 1000000]

Prints both times and validation/ingest; the target is <= 1.0x. GE's import and context
start-up are paid before timing (once per process in a real run as well).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shopcopy.ingest.load import ingest_inbox  # noqa: E402
from shopcopy.settings import get_settings  # noqa: E402
from shopcopy.validate import gx as quality_gx  # noqa: E402
from shopcopy.validate import warehouse
from shopcopy.validate.suites import validate  # noqa: E402

SNAPSHOT = date(2026, 7, 1)


def write_inbox(inbox: Path, lines: int) -> None:
    """A 2,000-product catalog, 50k customers and `lines` order lines, synthesised by DuckDB."""
    for kind in ("products", "customers", "orders"):
        (inbox / kind).mkdir(parents=True)
    con = duckdb.connect()
    con.execute(f"""copy (select 'P' || lpad(i::varchar, 5, '0') as product_id, 'Thing ' || i as title,
            'Acme' as brand, 'home' as category, 5 + i % 300 as price, 'USD' as currency,
            '{{"color": "red"}}' as attributes, 'A sturdy thing for every home.' as description,
            true as in_stock, timestamp '2026-01-01' as updated_at from range(2000) t(i))
        to '{inbox}/products/products.csv'""")
    con.execute(f"""copy (select 'U' || lpad(i::varchar, 6, '0') as user_id,
            case when i % 4 = 0 then 'zh-CN' else 'en-US' end as locale,
            timestamp '2020-01-01' + to_hours(i) as signup_at, i % 2 = 0 as marketing_consent,
            'standard' as segment, 'u' || i || '@example.com' as email, null as phone, null as name
            from range(50000) t(i)) to '{inbox}/customers/customers.csv'""")
    con.execute(f"""copy (select 'O' || lpad((i // 3)::varchar, 9, '0') as order_id, (1 + i % 3)::int as line_no,
            'U' || lpad((i % 50000)::varchar, 6, '0') as user_id, 'P' || lpad((i % 2000)::varchar, 5, '0') as product_id,
            (1 + i % 4)::int as quantity, round(5 + (i % 1000) / 7.0, 2) as unit_price, 'USD' as currency,
            timestamp '2025-07-01' + to_seconds((i * 31) % 31000000) as ordered_at,
            ['placed', 'shipped', 'delivered', 'cancelled', 'returned'][1 + i % 5] as status,
            ['web', 'app', 'store'][1 + i % 3] as channel, (i % 5) / 10.0 as discount
            from range({lines}) t(i)) to '{inbox}/orders/orders.csv'""")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_validate_"))
    try:
        write_inbox(work / "inbox", args.lines)
        settings = get_settings(docs_dir=work / "docs")
        quality_gx.context(str(settings.docs_dir))  # start-up cost, not per-row work
        with warehouse.connect(work / "wh.duckdb") as con:
            start = time.perf_counter()
            report = ingest_inbox(con, work / "inbox", "bench-ingest")
            ingest_s = time.perf_counter() - start
            assert not report.rejected, report.rejected
            start = time.perf_counter()
            result = validate(con, "bench-validate", SNAPSHOT, settings)
            validate_s = time.perf_counter() - start
        engines = {s.table: s.engine for s in result.suites}
        print(f"order lines: {args.lines:,}  engines: {engines}  passed: {result.passed}")
        print(f"ingest:   {ingest_s:7.2f} s")
        print(f"validate: {validate_s:7.2f} s")
        print(f"ratio validate/ingest: {validate_s / ingest_s:.2f}x (target <= 1.0x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
