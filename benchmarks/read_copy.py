"""Read what an `eval copy --keep FILE` run published: per task x locale, each published text's
model sentence (the part the templates did not write) or "(facts only)", with the item, and
what today's sentence checks say of that sentence; then calls per published text counting and
not counting the texts without the model's sentence. For reading texts against the rubric in
benchmarks/copy_rubric.md, not a score.

    .venv/bin/python benchmarks/read_copy.py run.duckdb [--task recommendation_messages] [--limit 25]
"""

from __future__ import annotations

import argparse
import difflib
import json

import duckdb

from shopcopy.llm.slots import load_slot_prompt

FIELD = {"product_descriptions": "description", "recommendation_messages": "body"}


def sentence(task: str, row: dict, inputs: dict) -> str:
    """The model's sentence: what the composed field has that the facts-only field has not."""
    bare = load_slot_prompt(task, "chat").facts_only(inputs) or {}
    have, base = str(row[FIELD[task]]), str(bare.get(FIELD[task]) or "")
    sm = difflib.SequenceMatcher(a=base, b=have, autojunk=False)
    return "".join(have[j1:j2] for op, _, _, j1, j2 in sm.get_opcodes() if op in ("insert", "replace")).strip(" .。")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--task", action="append")
    ap.add_argument("--limit", type=int, default=40)
    a = ap.parse_args()
    con = duckdb.connect(a.db, read_only=True)
    for task in a.task or list(FIELD):
        for loc in ("en-US", "zh-CN"):
            rows = con.sql(f"select * from gen.{task} where locale = ? and status = 'published' "
                           "order by input_hash", params=[loc]).df().to_dict("records")
            calls = con.sql("select count(*) from ops.llm_calls where task = ? and input_hash in "
                            f"(select input_hash from gen.{task} where locale = ?) and outcome <> 'budget'",
                            params=[task, loc]).fetchone()[0]
            fo = sum(bool(json.loads(r["selection"] or "{}").get("facts_only")) for r in rows)
            print(f"\n== {task} {loc}: {len(rows)} published, {fo} facts only; calls {calls}: "
                  f"{calls / max(len(rows), 1):.2f} per published, "
                  f"{calls / max(len(rows) - fo, 1):.2f} per published with the sentence")
            for r in rows[: a.limit]:
                inputs = json.loads(r["inputs"])
                if json.loads(r["selection"] or "{}").get("facts_only"):
                    s, why = "(facts only)", ""
                else:
                    s = sentence(task, r, inputs)
                    why = load_slot_prompt(task, "chat").locale_set(loc).checked(s, inputs)[1] or "ok"
                what = inputs.get("product", {}).get("title") or " + ".join(
                    p["title"] for p in inputs.get("products") or [])
                print(f"  [{r['segment']:<14}] {what[:46]:<46} | {s}  <{why}>")


if __name__ == "__main__":
    main()
