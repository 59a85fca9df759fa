"""Contradictions: an ordinary word that restates one of the item's facts wrongly ("a small tee"
for an XL, "a summer sleeping bag" for a -2 °C bag, 两床被子 for one duvet, "a green hoodie" for a
grey one). The words and the values they contradict are the reviewable
data/contradictions_<locale>.yaml; this module reads each item's value of a dimension from its
title and attributes and judges a word only against an item that states that dimension.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from shopcopy.guardrails.base import CJK_RE, Failure
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.data import DATA_DIR, fold, latin_form, locale_key
from shopcopy.guardrails.numbers import numbers
from shopcopy.guardrails.units import UNITS

CHECK = "grounding.contradiction"
SIZES = ("XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL")
# A title that sells several of a thing: never contradicted by a count word.
MULTI_RE = re.compile(r"\b(?:set|pack|pair|kit|bundle|duo|trio)\b|\d+\s*-?\s*(?:pack|pcs|pieces)\b"
                      r"|\b\d+\s*x\s*\d", re.I)
MULTI_KEYS = ("pieces", "bags", "pack", "count", "quantity", "type")
READERS = ("clothing_size", "temperature", "volume_l", "count", "color", "material", "roast", "variety")
# Dimensions read as named values from the item's attribute of that name and its title's words
# ("variety": green / black tea, from the title only).
NAMED = ("color", "material", "roast", "variety")


@dataclass(frozen=True)
class Group:
    dimension: str
    reads: str
    bind: str
    why: str
    kinds: frozenset[str]
    except_kinds: frozenset[str]
    contradicts: frozenset[str] = frozenset()
    at_most: float | None = None
    at_least: float | None = None
    fits: frozenset[str] = frozenset()
    count: int | None = None


@dataclass(frozen=True)
class Table:
    regex: re.Pattern | None          # every word, longest first, one alternation
    groups: dict[str, tuple[Group, ...]]  # folded word -> its groups ("small": a tee, a pack)
    excepts: tuple[str, ...]
    values: dict[str, frozenset[str]]  # reads -> every value its groups name (color, material)


@cache
def table(locale: str) -> Table:
    key = locale_key(locale)
    path = DATA_DIR / f"contradictions_{key}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        groups: dict[str, tuple[Group, ...]] = {}
        excepts: list[str] = []
        values: dict[str, set[str]] = {}
        for dim, spec in (data.get("dimensions") or {}).items():
            reads, bind = spec["reads"], spec.get("bind", "noun")
            if reads not in READERS or bind not in ("noun", "item"):
                raise ValueError(f"dimension {dim}: reads must be one of {READERS}, bind noun or item")
            excepts += [fold(str(x)) for x in spec.get("except") or ()]
            for g in spec.get("groups") or ():
                group = Group(dim, reads, bind, str(spec.get("why", "")),
                              frozenset(spec.get("kinds") or ()), frozenset(spec.get("except_kinds") or ()),
                              frozenset(str(v).upper() if reads == "clothing_size" else str(v).lower()
                                        for v in g.get("contradicts") or ()),
                              g.get("at_most"), g.get("at_least"),
                              frozenset(str(v).lower() for v in g.get("fits") or ()), g.get("count"))
                values.setdefault(reads, set()).update(group.fits)
                for w in g["words"]:
                    groups[_key(str(w))] = groups.get(_key(str(w)), ()) + (group,)
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ValueError(f"Guardrail data file {path} is invalid: {exc}. Fix it and rerun.") from exc
    words = sorted(groups, key=len, reverse=True)
    alts = [re.escape(w) if not w.isascii() else
            "(?<![a-z0-9'])" + r"[\s-]+".join(map(re.escape, w.split())) + "(?![a-z0-9'])"
            for w in words]
    return Table(re.compile("|".join(alts)) if alts else None, groups, tuple(excepts),
                 {k: frozenset(v) for k, v in values.items()})


def _key(word: str) -> str:
    w = fold(word)
    return " ".join(latin_form(w).split()) if w.isascii() else w


def check_contradictions(ctx: Context) -> list[Failure]:
    tables = [table(ctx.locale)] + ([table("en-US")] if locale_key(ctx.locale) != "en-US" else [])
    out: list[Failure] = []
    for name, text in ctx.fields.items():
        if ctx.catalog.title_re is not None:  # "Sleeping Bag -2 °C", "T-Shirt XL": the title names it
            text = ctx.catalog.title_re.sub(lambda m: " " * len(m.group()), text)
        folded = fold(text)
        if len(folded) != len(text):
            folded = text.lower()
        found = []
        for t in tables:
            if t.regex is None or (t is not tables[0] and not re.search(r"[a-z]", folded)):
                continue
            spared = [(m.start(), m.start() + len(x)) for x in t.excepts for m in re.finditer(re.escape(x), folded)]
            for m in t.regex.finditer(folded):
                if any(a <= m.start() and m.end() <= b for a, b in spared):
                    continue
                for group in t.groups.get(_key(m.group()), ()):
                    if wrong := _judge(ctx, t, group, folded, m.end()):
                        found.append((m.group(), group, wrong))
                        break
        for word, group, wrong in found:
            out.append(Failure(CHECK, "hard", f"{name}: '{word}' ({group.why}: {wrong})"))
    return out


def _judge(ctx: Context, t: Table, group: Group, text: str, end: int) -> str | None:
    """What makes the word false for the item it is about, or None (no item states it, or true)."""
    from shopcopy.guardrails.product_types import types_of

    kind = _kind_after(text, end)
    products = ctx.facts.products
    if kind is not None:
        about = [p for p in products if kind in types_of(str(p.get("title") or ""))]
    elif group.bind == "item" and len(products) == 1:
        about = products
    else:
        return None
    if not about:
        return None
    if group.kinds and not all(group.kinds & types_of(str(p.get("title") or "")) for p in about):
        return None
    if group.reads == "count":
        if kind is None or kind in group.except_kinds or any(_multi(p) for p in about):
            return None
        return (f"the text's products hold {len(about)} {kind}" if group.count > len(about) else None)
    verdicts = [_wrong(group, p, t) for p in about]
    # false only when the word is false for every item it can be about
    if all(v for v in verdicts):
        return verdicts[0]
    return None


def _wrong(group: Group, p: dict, t: Table) -> str | None:
    value = read(group.reads, p, t)
    if value is None:
        return None
    title = str(p.get("title") or "")
    if group.reads == "clothing_size":
        return f"{title} is size {value}" if value in group.contradicts else None
    if group.reads in ("temperature", "volume_l"):
        # every value the inputs state must contradict it (a title and an attribute may differ)
        bad = all((group.at_most is not None and v <= group.at_most)
                  or (group.at_least is not None and v >= group.at_least) for v in value)
        what = f"is rated {value[0]:g} °C" if group.reads == "temperature" else f"holds {value[0]:g} L"
        return f"{title} {what}" if bad else None
    if group.fits and not value & group.fits:
        return f"{title} is {', '.join(sorted(value))}"
    return None


def read(reads: str, p: dict, t: Table):
    """The item's value of one dimension from its title and attributes; None when not stated."""
    title = str(p.get("title") or "")
    attrs = p.get("attributes") if isinstance(p.get("attributes"), dict) else {}
    attrs = {str(k).lower(): str(v) for k, v in attrs.items()}
    if reads == "clothing_size":
        size = attrs.get("size", "").strip().upper()
        if size in SIZES:
            return size
        last = title.split()[-1].upper() if title.split() else ""
        return last if last in SIZES else None
    if reads in ("temperature", "volume_l"):
        base = "c" if reads == "temperature" else "l"
        keys = ("temp", "comfort") if reads == "temperature" else ("volume", "capacity")
        return _measures([title] + [v for k, v in attrs.items() if any(x in k for x in keys)], base)
    if reads in NAMED:
        known = t.values.get(reads, frozenset())
        stated = {attrs[k].lower() for k in attrs if k == reads or (reads == "color" and k == "colour")}
        words = " " + " ".join(title.lower().split()) + " "
        stated |= {v for v in known if f" {v} " in words}
        return frozenset(stated) or None
    return None


def _measures(texts: list[str], base: str) -> tuple[float, ...] | None:
    """Every measure of one base unit (°C, litres) the texts state, read by the shared number
    reader (so "−6 °C", "750 ml" and "60 litres" read as the number check reads them)."""
    found = [float(n.value * UNITS[n.unit][1]) for text in texts for n in numbers(text)
             if n.kind == "unit" and UNITS.get(n.unit or "", ("",))[0] == base]
    return tuple(found) or None


def _multi(p: dict) -> bool:
    attrs = p.get("attributes") if isinstance(p.get("attributes"), dict) else {}
    return bool(MULTI_RE.search(str(p.get("title") or ""))) or any(
        str(k).lower() in MULTI_KEYS for k in attrs)


EN_GAPS = tuple(re.compile(r"(?:[\s-]+[a-z0-9'°.]+){%d}[\s-]+" % n) for n in range(3))  # noqa: UP031
ZH_GAP = 3


def _kind_after(text: str, end: int) -> str | None:
    """The product type the word qualifies: a type noun right after it ("small [grey] tee",
    "summer sleeping bag", 两床被子, 小号的T恤); None when none follows."""
    from shopcopy.guardrails.product_types import _type_of_en, product_types

    pt = product_types()
    if end > 0 and not CJK_RE.match(text[end - 1]):
        for gap_re in EN_GAPS:
            m = gap_re.match(text, end)
            if m is None:
                break
            if w := pt.en_re.match(text, m.end()):
                return _type_of_en(pt, w.group())
        return None
    if pt.zh_re is None:
        return None
    for gap in range(ZH_GAP + 1):
        if end + gap < len(text) and text[end + gap - 1:end + gap] in "，。！？；：,.!?;:":
            return None
        if m := pt.zh_re.match(text, end + gap):
            return pt.zh_type[re.sub(r"\s", "", m.group())]
    return None
