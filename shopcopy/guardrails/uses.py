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


def check_uses(ctx: Context) -> list[Failure]:
    from shopcopy.guardrails.product_types import types_of

    kinds = set()
    for p in ctx.facts.products:
        kinds |= types_of(str(p.get("title") or ""))
    judged = [u for u in uses() if u.kind in kinds]
    if not judged or len(ctx.facts.products) != 1 and ctx.task != "product_descriptions":
        # a text about several products may say one of them holds what the other one is
        return []
    out = []
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
