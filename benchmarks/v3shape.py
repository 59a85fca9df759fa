"""The exact text shape prompt set v3 ("slots") publishes, composed from the YAML templates read as plain
data (shopcopy/llm/prompts/v3/<task>/<locale>.yaml) around one hand-written sentence. Written from the
templates only (nothing here imports shopcopy), so the blind corpora (gate_blind4, gate_blind5) can
put a hand-written sentence inside the real published shape without reading the gate."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from string import Formatter

import yaml

ROOT = Path(__file__).resolve().parents[1] / "shopcopy" / "llm" / "prompts" / "v3"
_SPECS: dict = {}


def spec(task: str, locale: str) -> dict:
    if (task, locale) not in _SPECS:
        _SPECS[task, locale] = yaml.safe_load((ROOT / task / f"{locale}.yaml").read_text(encoding="utf-8"))
    return _SPECS[task, locale]


def _price(q: dict) -> str:
    return f"{float(q['price']):.2f} {q['currency']}"


def _values(task: str, x: dict, slot: str) -> dict:
    s = spec(task, x["locale"])
    zh = x["locale"].startswith("zh")
    cat = s.get("categories") or {}
    if task == "product_descriptions":
        p = x["product"]
        names, phrases = s.get("attribute_names", {}), s.get("attribute_phrases", {})
        parts = [phrases.get(k, f"{names.get(k, k)} {{v}}").format(v=v) for k, v in p["attributes"].items()]
        return {"title": p["title"], "brand": p["brand"], "category": cat.get(p["category"], p["category"]),
                "price": _price(p), "details": ("，" if zh else ", ").join(parts), "slot": slot}
    if task == "recommendation_messages":
        ps = x["products"]
        items = [s["product_item"].format(title=q["title"], price=_price(q)) for q in ps]
        sep, last = s["list_join"]
        listed = items[0] if len(items) == 1 else sep.join(items[:-1]) + last + items[-1]
        top = x["user"].get("top_category")
        same = top and {q["category"] for q in ps} == {top}
        return {"first_name": "{first_name}", "products": listed, "slot": slot,
                "min_price": _price(min(ps, key=lambda q: q["price"])),
                "category": cat.get(top, top) if same else ""}
    pr, u = x["prediction"], x["user"]
    return {"segment_name": s["segments"].get(x["segment"], x["segment"]),
            "probability": f"{pr['p_purchase_30d']:g}", "expected": f"{pr['expected_orders_30d']:g}",
            "next_date": pr["next_order_date"] or "",
            "next_category": cat.get(pr["next_category"], pr["next_category"]) if pr["next_category"] else "",
            "favourite": cat.get(u.get("top_category"), u.get("top_category")) if u.get("top_category") else "",
            "slot": slot}


def compose(task: str, x: dict, slot: str) -> list[str]:
    """The published fields, in order (the insight's send date last)."""
    s, vals, seg, out = spec(task, x["locale"]), _values(task, x, slot), x["segment"], []
    for table in s["compose"].values():
        opts = table if isinstance(table, list) else table.get(seg) or table.get("*")
        opts = [opts] if isinstance(opts, str) else opts
        text = next(t.format(**vals) for t in opts
                    if all(vals.get(f) for _, f, _, _ in Formatter().parse(t) if f))
        text = " ".join(text.split())
        out.append(text if x["locale"].startswith("zh") else text[0].upper() + text[1:])
    if task == "demand_insights":
        out.append((date.fromisoformat(x["prediction"]["next_order_date"]) - timedelta(days=2)).isoformat())
    return out
