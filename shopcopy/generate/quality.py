"""Copy-quality measures for one text or a group of texts: pure functions, no I/O.

fact coverage  share of the item's key facts a text uses (see `key_facts`)
distinctness   mean pairwise (1 - Jaccard) of the texts' word bigrams (character bigrams for
               Chinese), with product titles and prices masked so that naming different
               products does not count as being different
repetition     share of a text's word trigrams (character trigrams for Chinese) that repeat
               an earlier trigram of the same text: 0 for no loop, near 1 for a loop
in language    a zh text whose own words (input names and numbers removed) are mostly CJK, an
               en text that is mostly Latin script
"""

from __future__ import annotations

import re
from itertools import combinations

from shopcopy.tasks import TASKS

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")
_WORD_RE = re.compile(rf"[{CJK}]|[^\W_{CJK}]+")
TEXT_FIELDS = {name: spec.text_fields for name, spec in TASKS.items()}


def text_of(task: str, output: dict) -> str:
    return "\n".join(str(output.get(f) or "") for f in TEXT_FIELDS[task])


def _norm(s: str) -> str:
    return " ".join(_WORD_RE.findall(str(s).lower()))


def _mentions(text: str, phrase) -> bool:
    p = _norm(phrase) if phrase not in (None, "") else ""
    return bool(p) and f" {p} " in f" {_norm(text)} "


def _price_in(text: str, price) -> bool:
    if price is None:
        return False
    p = f"{float(price):.2f}"
    return p in text or p.rstrip("0").rstrip(".") in re.findall(r"\d+(?:\.\d+)?", text)


def key_facts(task: str, output: dict, inputs: dict) -> dict[str, bool]:
    """Which key facts of the item the text uses (title or brand, an attribute, the price...)."""
    text = text_of(task, output)
    if task == "product_descriptions":
        p = inputs.get("product") or {}
        attrs = [str(v) for v in (p.get("attributes") or {}).values()]
        return {"title_or_brand": _mentions(text, p.get("title")) or _mentions(text, p.get("brand")),
                "attribute": any(_mentions(text, a) for a in attrs),
                "price": _price_in(text, p.get("price"))}
    if task == "recommendation_messages":
        products = inputs.get("products") or []
        named = [q for q in products if _mentions(text, q.get("title"))]
        return {"product_named": bool(named),
                "price_of_named": bool(named) and all(_price_in(text, q.get("price")) for q in named),
                "all_products_named": len(named) == len(products) > 0}
    pred = inputs.get("prediction") or {}
    nums = [pred.get("p_purchase_30d"), pred.get("expected_orders_30d")]
    found = set(re.findall(r"\d+(?:\.\d+)?", text))
    return {"a_prediction_number": any(n is not None and (f"{n}" in found or f"{float(n):g}" in found) for n in nums),
            "next_category": _mentions(text, pred.get("next_category")) or _category_word(text, pred.get("next_category"), inputs),
            "next_date": bool(pred.get("next_order_date")) and str(pred.get("next_order_date")) in text}


# Chinese copy names the category in Chinese (the prompt set's translation of it).
ZH_CATEGORIES = {"electronics": "数码", "home": "家居", "kitchen": "厨房", "beauty": "美妆", "sports": "运动",
                 "outdoors": "户外", "books": "图书", "toys": "玩具", "apparel": "服饰", "grocery": "食品"}


def _category_word(text: str, category, inputs: dict) -> bool:
    return str(inputs.get("locale", "")).startswith("zh") and bool(category) and ZH_CATEGORIES.get(category, "\0") in text


def fact_coverage(task: str, output: dict, inputs: dict) -> float:
    facts = key_facts(task, output, inputs)
    return sum(facts.values()) / len(facts)


def masked(text: str, inputs: dict) -> str:
    """The text with every product title, brand and price of its inputs replaced by a marker."""
    products = [inputs["product"]] if inputs.get("product") else list(inputs.get("products") or [])
    out = str(text)
    for p in products:
        for name in sorted((p.get("title"), p.get("brand")), key=lambda s: -len(s or "")):
            if name:
                out = re.sub(re.escape(name), " ⟨name⟩ ", out, flags=re.I)
    out = re.sub(r"\d+(?:[.,]\d+)*", " ⟨n⟩ ", out)
    return out


def _grams(text: str, n: int) -> list[tuple]:
    units = _WORD_RE.findall(text.lower())
    return [tuple(units[i:i + n]) for i in range(len(units) - n + 1)]


def distinctness(texts: list[str]) -> float | None:
    """Mean pairwise 1 - Jaccard of bigram sets; None with fewer than two texts."""
    sets = [set(_grams(t, 2)) for t in texts if t.strip()]
    pairs = list(combinations(sets, 2))
    if not pairs:
        return None
    return sum(1 - (len(a & b) / len(a | b) if a | b else 1.0) for a, b in pairs) / len(pairs)


def repetition(text: str) -> float:
    grams = _grams(text, 3)
    if not grams:
        return 0.0
    return 1 - len(set(grams)) / len(grams)


def in_language(locale: str, text: str, inputs: dict) -> bool:
    names = masked(text, inputs)
    units = [u for u in _WORD_RE.findall(names.lower()) if not u.isdigit() and u not in ("name", "n")]
    if not units:
        return False
    cjk = sum(1 for u in units if _CJK_RE.fullmatch(u))
    if str(locale).startswith("zh"):
        return cjk / len(units) >= 0.6
    return cjk == 0
