"""Build one hand-written gate corpus (benchmarks/gate_blind*): dump its sample shop, then write
cases.jsonl deterministically and check every case. Each folder's build.py names its snapshot
date and case modules and calls `main`:

  PYTHONPATH=$PWD python benchmarks/gate_blindN/build.py dump <warehouse>   # shop_inputs.json, catalog.json
  PYTHONPATH=$PWD python benchmarks/gate_blindN/build.py                    # cases.jsonl + checks (same sha256)
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import casekit


def dump(warehouse: str, folder: Path, snapshot: date, plant: dict | None = None) -> None:
    """Real work items and the whole product table of the folder's sample shop. `plant` appends
    text to the catalog description of (product_id, locale) items (planted-instruction cases)."""
    import duckdb

    from shopcopy.generate.work import build_work
    from shopcopy.settings import Settings

    con = duckdb.connect(warehouse, read_only=True)
    work = build_work(con, snapshot, Settings(llm_top_products=80, llm_messages_per_run=500),
                      versions=lambda t, loc: "x", model="x")
    out = {t: [w.inputs for w in items] for t, items in work.items()}
    for x in out["product_descriptions"]:
        if (extra := (plant or {}).get((x["product"]["product_id"], x["locale"]))):
            x["product"]["description"] = (x["product"]["description"] or "") + extra
    (folder / "shop_inputs.json").write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print({t: len(v) for t, v in out.items()})
    names = ["product_id", "title", "brand", "category", "price", "currency", "in_stock"]
    rows = con.execute(f"select {', '.join(names)} from staging.products order by product_id").fetchall()
    cat = [dict(zip(names, r, strict=True)) for r in rows]
    (folder / "catalog.json").write_text(json.dumps(cat, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(cat), "products,", sum(not p["in_stock"] for p in cat), "out of stock")


def build(folder: Path, modules: list[str], strict: bool = True) -> str:
    """Import the folder's case modules, check each case against shopcopy's schemas, write
    cases.jsonl and return its sha256. `strict` (blind4 on) also checks that each case's inputs
    are an item of the dumped shop and that good messages greet with {first_name}; blind2 and
    blind3 were built without those checks (they plant instructions in the case files, and
    blind2 has a good family without the placeholder)."""
    from shopcopy.llm import schemas
    from shopcopy.tasks import TASKS

    casekit.use(folder)
    for name in modules:
        importlib.import_module(name)
    inp = {"product_descriptions": schemas.ProductDescriptionInput,
           "recommendation_messages": schemas.RecommendationInput,
           "demand_insights": schemas.DemandInsightInput}
    ids = Counter(c["id"] for c in casekit.CASES)
    assert not [i for i, n in ids.items() if n > 1], [i for i, n in ids.items() if n > 1]
    shop = {t: {json.dumps(x, sort_keys=True) for x in xs} for t, xs in casekit.SHOP.items()}
    for c in casekit.CASES:
        assert inp[c["task"]](**c["inputs"]).model_dump(mode="json") == c["inputs"], c["id"]
        if strict:
            assert json.dumps(c["inputs"], sort_keys=True) in shop[c["task"]], ("not a shop item", c["id"])
        out = TASKS[c["task"]].output_model(**c["output"]).model_dump()
        assert out == c["output"], (c["id"], out, c["output"])
        assert all("{" not in v.replace("{first_name}", "") for v in c["output"].values()) or c["family"] in (
            "pasted_json", "unfilled_template"), c["id"]
        if strict and c["task"] == "recommendation_messages" and c["label"] == "good":
            assert "{first_name}" in c["output"]["body"], c["id"]
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in casekit.CASES)
    (folder / "cases.jsonl").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    print("sha256", digest)
    print(len(casekit.CASES), sorted(Counter((c["locale"], c["label"]) for c in casekit.CASES).items()))
    print(sorted(Counter((c["locale"], c["task"]) for c in casekit.CASES).items()))
    return digest


def main(folder: Path, snapshot: date, modules: list[str], plant: dict | None = None,
         strict: bool = True) -> None:
    sys.path.insert(0, str(folder))
    if sys.argv[1:2] == ["dump"]:
        dump(sys.argv[2], folder, snapshot, plant)
    else:
        build(folder, modules, strict)
