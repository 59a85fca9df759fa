"""The item's use as another kind's: "它可以存储照片，电子设备，玩具" for an SD card states that it
stores toys. Per kind, the verbs of its use and the nouns that use cannot take are the reviewable
data/uses.yaml; a text is judged only for its input products of a listed kind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from shopcopy.guardrails.base import Failure
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.data import DATA_DIR, fold

SENTENCE_END = re.compile(r"[.!?。！？；;\n]")
# What comes after one of these is what the item works with ("for your devices", 来自相机), not
# what it holds.
PREPOSITION = re.compile(r"(?<![a-z])(?:for|from|on|in|into|with|of|to|across|between|by|via)(?![a-z])"
                         r"|来自|从|给|为|在|用于|适用于|适配|兼容|里的|中的|上的")


@dataclass(frozen=True)
class Use:
    kind: str
    verbs: re.Pattern
    nots: re.Pattern


def _words_re(words: list[str]) -> str:
    alts = []
    for w in sorted({fold(str(x)) for x in words}, key=len, reverse=True):
        alts.append(rf"(?<![a-z]){re.escape(w)}(?:s|es)?(?![a-z])" if w.isascii() else re.escape(w))
    return "|".join(alts) or "(?!)"


@cache
def uses() -> tuple[Use, ...]:
    path = DATA_DIR / "uses.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return tuple(Use(kind, re.compile(_words_re([*spec["verbs"].get("en", ()), *spec["verbs"].get("zh", ())])),
                         re.compile(_words_re([*spec["not"].get("en", ()), *spec["not"].get("zh", ())])))
                     for kind, spec in (data.get("kinds") or {}).items())
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"Guardrail data file {path} is invalid: {exc}. Fix it and rerun.") from exc


@cache
def done_to_item() -> dict[str, frozenset[str]]:
    path = DATA_DIR / "uses.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(v).lower(): frozenset(str(k) for k in kinds)
            for v, kinds in (data.get("done_to_item") or {}).items()}


@cache
def _item_object_re() -> re.Pattern:
    """One of done_to_item's verbs, inflected, with the item as its object ("pitch it", 'charging them')."""
    stems = sorted({v[:-1] if v.endswith("e") else v for v in done_to_item()}, key=len, reverse=True)
    return re.compile(rf"(?<![a-z])({'|'.join(map(re.escape, stems))})(?:e|es|ed|ing|s|d)?\s+(?:it|them|this\s+one)(?![a-z])")


@cache
def use_phrases() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    path = DATA_DIR / "uses.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    try:
        return tuple((re.compile(str(p)), frozenset(str(k) for k in kinds))
                     for p, kinds in (data.get("use_phrases") or {}).items())
    except (re.error, TypeError) as exc:
        raise ValueError(f"Guardrail data file {path}: use_phrases is invalid: {exc}. Fix it and rerun.") from exc


def _verb_of(stem: str) -> str:
    return next(v for v in done_to_item() if v == stem or v == stem + "e")


def _done_to_another_kind(ctx: Context, kinds: set[str]) -> list[Failure]:
    """"Pitch it in the garden" for a backpack: the item is the object of another kind's verb."""
    from shopcopy.guardrails.product_types import product_types

    verbs = done_to_item()
    related = product_types().related
    near = kinds | {t for k in kinds for t in related.get(k, ())}
    out = []
    for name, text in ctx.fields.items():
        for m in _item_object_re().finditer(fold(text)):
            verb = _verb_of(m.group(1))
            if not verbs[verb] & near:
                out.append(Failure("claim.use", "hard", f"{name}: '{m.group(0)}' (what you do with a "
                                   f"{' or '.join(sorted(verbs[verb]))}, which this item is not)"))
                break
        for pattern, owners in use_phrases():
            # the kind itself, not a related one: socks go with shoes, but nobody laces socks
            if not owners & kinds and (m := pattern.search(fold(text))):
                out.append(Failure("claim.use", "hard", f"{name}: '{m.group(0)}' (a use of "
                                   f"{' or '.join(sorted(owners))}, which this item is not)"))
                break
    return out


def check_uses(ctx: Context) -> list[Failure]:
    from shopcopy.guardrails.product_types import types_of

    kinds = set()
    for p in ctx.facts.products:
        kinds |= types_of(str(p.get("title") or ""))
    out = _done_to_another_kind(ctx, kinds) if len(ctx.facts.products) == 1 and kinds else []
    judged = [u for u in uses() if u.kind in kinds]
    if not judged or len(ctx.facts.products) != 1 and ctx.task != "product_descriptions":
        # a text about several products may say one of them holds what the other one is
        return out
    for name, text in ctx.fields.items():
        folded = fold(text)
        for u in judged:
            for v in u.verbs.finditer(folded):
                end = SENTENCE_END.search(folded, v.end())
                rest = folded[v.end():end.start() if end else len(folded)]
                m = u.nots.search(rest)
                if m and not PREPOSITION.search(rest[:m.start()]) and not ctx.facts.mentions_clean(m.group()):
                    out.append(Failure("claim.use", "hard", f"{name}: '{folded[v.start():v.end() + m.end()]}' "
                                       f"(a {u.kind} does not hold {m.group()}: another kind's use)"))
                    break
    return out
