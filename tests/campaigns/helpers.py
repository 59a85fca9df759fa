"""A small shop ready for a campaign: the sample warehouse with features, predictions and
recommendations for the snapshot, and published recommendation messages written straight into
gen.recommendation_messages from the real work list (the LLM is not what these tests are about)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from shopcopy.generate import store
from shopcopy.generate.work import build_work
from shopcopy.llm.prompts import load_prompt
from shopcopy.llm.schemas import canonical_json
from shopcopy.model import run_demand, run_features, run_recommendations
from shopcopy.review.rejudge import rejudge
from shopcopy.settings import get_settings

SNAPSHOT = date(2026, 7, 1)
SEND_AT = datetime(2026, 7, 1, 9, 0)
MODEL = "seeded-model"


def prepare_shop(con, snapshot: date = SNAPSHOT, **overrides):
    cfg = get_settings(llm_messages_per_run=5000, **overrides)
    run_features(con, snapshot)
    run_demand(con, snapshot, "test-demand", cfg)
    run_recommendations(con, snapshot, "test-recs", cfg)
    return cfg


def publish_messages(con, cfg, snapshot: date = SNAPSHOT, status: str = "published",
                     limit: int | None = None) -> int:
    """One stored message per eligible user (the first `limit`), from the facts the nightly would
    quote; returns how many the gate left with `status`."""
    prompt = load_prompt("recommendation_messages")
    work = build_work(con, snapshot, cfg, versions={"recommendation_messages": prompt.version},
                      model=MODEL, tasks=["recommendation_messages"])["recommendation_messages"][:limit]
    rows = []
    for item in work:
        products = item.inputs["products"]
        rows.append({
            "output_id": f"rm-{uuid.uuid4().hex[:16]}", "snapshot_date": snapshot, "last_seen_date": snapshot,
            "user_id": item.key["user_id"], "segment": item.inputs["segment"], "locale": item.inputs["locale"],
            "product_ids": [p["product_id"] for p in products],
            "subject": f"Picked for you: {products[0]['title']}",
            "body": f"{products[0]['title']} is {products[0]['price']} {products[0]['currency']}.",
            "run_id": "seeded-run", "input_hash": item.input_hash, "prompt_name": prompt.name,
            "prompt_version": prompt.version, "model": MODEL, "status": status,
            "guardrail_failures": "[]", "attempts": 1, "tokens_in": 0, "tokens_out": 0,
            "inputs": canonical_json(item.inputs), "created_at": datetime(2026, 7, 1, 3),
        })
    store.write_batch(con, {"recommendation_messages": rows}, [], replace=False)
    # The gate in force judges them, as it does every stored text on connect (and stamps its
    # version, which the marts require). English text for a zh-CN shopper is held for review, so
    # the count returned is what is still sendable.
    rejudge(con)
    return con.execute("select count(*) from gen.recommendation_messages where run_id = 'seeded-run' "
                       "and status = ?", [status]).fetchone()[0]
