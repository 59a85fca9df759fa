"""Example sentences on the wrong product: a tiny model copies the few-shot examples of its
prompt set ("Made for your morning runs and weekend races" - the running-shoe example - on a
yoga mat; 下厨做饭的好帮手 on a phone case). Such a sentence is true of the example's product, not
of this one. The gate reads the examples of every shipped prompt set (shopcopy/llm/prompts/v*/,
each with its example's inputs; descriptions' and messages' alike, since a sentence may travel)
as plain data and rejects a sentence that repeats most of one when the example's product kinds
are not the item's.

Kinds are product types (data/product_types.yaml) from the titles; where either side names no
type, the categories. A copy on an item of the same kind is left to the other checks (the
example was written to be true of that kind).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from shopcopy.guardrails.base import CJK_RE, Failure
from shopcopy.guardrails.context import Context

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "llm" / "prompts"
TASKS = ("product_descriptions", "recommendation_messages")
# A sentence repeats an example when it holds this share of the example's content tokens
# (English words, Chinese character pairs), and at least MIN_SHARED of them.
CONTAINMENT = 0.6
MIN_SHARED = 3
SENTENCE_RE = re.compile(r"[^.!?。！？；;]+")
EN_WORD_RE = re.compile(r"[a-z]+")
EN_STOP = frozenset(["a", "an", "the", "and", "or", "for", "of", "to", "in", "on", "with", "your", "you", "it", "its", "is", "are", "be", "this", "that", "from", "at", "by", "as", "our", "we", "every", "each", "all", "so", "more"])


@dataclass(frozen=True)
class Example:
    sentence: str
    tokens: frozenset[str]
    kinds: frozenset[str]
    categories: frozenset[str]


def tokens(text: str) -> frozenset[str]:
    if CJK_RE.search(text):
        chars = [c for c in text if CJK_RE.match(c)]
        return frozenset(a + b for a, b in zip(chars, chars[1:], strict=False))
    return frozenset(w for w in EN_WORD_RE.findall(text.lower()) if w not in EN_STOP)


def _products(inputs: dict) -> list[dict]:
    if isinstance(inputs.get("product"), dict):
        return [inputs["product"]]
    return [p for p in inputs.get("products") or [] if isinstance(p, dict)]


@cache
def examples(task: str, locale: str) -> tuple[Example, ...]:
    from shopcopy.guardrails.product_types import types_of

    out = []
    for path in sorted(PROMPTS_DIR.glob(f"v*/{task}/{locale}.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"Prompt set file {path} is unreadable: {exc}. Fix it and rerun.") from exc
        for ex in data.get("exemplars") or []:
            sentence = str(ex.get("slot") or "").strip() if isinstance(ex, dict) else ""
            if not sentence:
                continue
            products = _products(ex.get("inputs") or {})
            kinds = frozenset(t for p in products for t in types_of(str(p.get("title") or "")))
            cats = frozenset(str(p.get("category") or "") for p in products) - {""}
            out.append(Example(sentence, tokens(sentence), kinds, cats))
    return tuple(out)


def check_exemplar_copies(ctx: Context) -> list[Failure]:
    if ctx.task not in TASKS:
        return []
    from shopcopy.guardrails.product_types import types_of

    products = list(ctx.facts.products)
    kinds = frozenset(t for p in products for t in types_of(str(p.get("title") or "")))
    cats = frozenset(str(p.get("category") or "") for p in products) - {""}
    out = []
    for name, text in ctx.fields.items():
        for sentence in SENTENCE_RE.findall(text):
            have = tokens(sentence)
            for ex in (e for task in TASKS for e in examples(task, ctx.locale)):
                shared = len(ex.tokens & have)
                if shared < MIN_SHARED or shared < CONTAINMENT * len(ex.tokens):
                    continue
                same = (ex.kinds & kinds) if ex.kinds and kinds else (ex.categories & cats)
                if not same:
                    what = ", ".join(sorted(ex.kinds or ex.categories)) or "another product"
                    out.append(Failure("grounding.exemplar_copy", "hard",
                                       f"{name}: repeats the prompt's example sentence for a {what} "
                                       f"('{ex.sentence}'), which is not true of this item"))
                    break
    return out
