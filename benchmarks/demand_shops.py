"""Sample shops for the demand benchmark: generated, ingested into a throwaway warehouse and read
back as the model's frames (order lines, customers), cached as Parquet by their arguments."""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from shopcopy import warehouse  # noqa: E402
from shopcopy.model.features import load_customers, load_order_lines  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "shopcopy-bench-demand"


def shop_frames(**args) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(lines, customers) of a generated shop: every order line and every customer."""
    from shopcopy.ingest.load import ingest_inbox
    from shopcopy.sample.data import generate

    key = hashlib.sha256(json.dumps(args, sort_keys=True, default=str).encode()).hexdigest()[:16]
    lines_p, cust_p = CACHE / f"{key}-lines.parquet", CACHE / f"{key}-customers.parquet"
    if lines_p.exists() and cust_p.exists():
        return pl.read_parquet(lines_p), pl.read_parquet(cust_p)
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp) / "inbox", order_files="monthly", **args)
        with warehouse.connect(Path(tmp) / "wh.duckdb") as con:
            report = ingest_inbox(con, Path(tmp) / "inbox", "bench-demand")
            assert not report.rejected, report.rejected
            after = args["end_date"] + timedelta(days=1)
            lines, customers = load_order_lines(con, after), load_customers(con, after)
    lines.write_parquet(lines_p)
    customers.write_parquet(cust_p)
    return lines, customers


def cutoffs(end: date, months: list[int]) -> list[date]:
    """Backtest dates: the first of each given month before `end`, with 30 days of outcome."""
    out = []
    for m in months:
        year = end.year if m <= end.month else end.year - 1
        d = date(year, m, 1)
        if d + timedelta(days=30) > end + timedelta(days=1):
            d = date(year - 1, m, 1)
        out.append(d)
    return sorted(out)
