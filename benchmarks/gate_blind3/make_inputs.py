"""Dump real work items and the whole product table of the blind3 sample shop.

Shop: sample-data --users 900 --products 120 --days 200 --seed 91 --end-date 2026-08-31, then
ingest, validate, features/predict --date 2026-09-01 (warehouse at $SHOPCOPY_WAREHOUSE).
"""
import json
import sys
from datetime import date
from pathlib import Path

import duckdb

from shopcopy.generate.work import build_work
from shopcopy.settings import Settings

HERE = Path(__file__).resolve().parent
con = duckdb.connect(sys.argv[1], read_only=True)
work = build_work(con, date(2026, 9, 1), Settings(llm_top_products=80, llm_messages_per_run=500),
                  versions=lambda t, loc: "x", model="x")
out = {t: [w.inputs for w in items] for t, items in work.items()}
(HERE / "shop_inputs.json").write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
print({t: len(v) for t, v in out.items()})
rows = con.execute("select product_id, title, brand, category, price, currency, in_stock "
                   "from staging.products order by product_id").fetchall()
names = ["product_id", "title", "brand", "category", "price", "currency", "in_stock"]
cat = [dict(zip(names, r, strict=True)) for r in rows]
(HERE / "catalog.json").write_text(json.dumps(cat, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(cat), "products,", sum(not p["in_stock"] for p in cat), "out of stock")
