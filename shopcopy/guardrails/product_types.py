"""Product types: a noun that says what an item is must be the type of one of the text's input
products ("a smart phone" for an SD card is a false fact). Types and their nouns, in English and
Chinese, are the reviewable data/product_types.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import yaml

from shopcopy.guardrails.base import CJK_RE, Failure, mask, norm_words
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.data import DATA_DIR, fold


@dataclass(frozen=True)
class ProductTypes:
    en_re: re.Pattern
    en_type: dict[str, str]          # noun (lower case, singular as listed) -> type
    zh: tuple[tuple[str, str], ...]  # (noun, type), longest first
    related: dict[str, frozenset[str]]
    zh_re: re.Pattern | None = None  # every Chinese noun, longest first
    zh_type: dict[str, str] | None = None


def _plural(noun: str) -> str:
    return rf"{re.escape(noun)}(?:s|es)?"


@cache
def product_types() -> ProductTypes:
    path = DATA_DIR / "product_types.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        en_type, zh, related = {}, [], {}
        for name, spec in (data.get("types") or {}).items():
            for noun in spec.get("en") or ():
                en_type.setdefault(str(noun).lower(), name)
            zh += [(fold(str(n)), name) for n in spec.get("zh") or ()]
            related[name] = frozenset(str(t) for t in spec.get("with") or ())
    except (OSError, yaml.YAMLError, AttributeError, TypeError) as exc:
        raise ValueError(f"Guardrail data file {path} is invalid: {exc}. Fix it and rerun.") from exc
    nouns = sorted(en_type, key=len, reverse=True)
    # A hyphen or space inside a noun matches either ("t-shirt" == "t shirt").
    alts = "|".join(_plural(n).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") for n in nouns)
    en_re = re.compile(rf"(?<![A-Za-z0-9'-])(?:{alts})(?![A-Za-z0-9-])", re.I)
    zh_sorted = tuple(sorted(zh, key=lambda x: -len(x[0])))
    # "SD 卡" is "sd卡": a space may stand where Latin letters meet Chinese ones.
    zh_re = re.compile("|".join(re.sub(r"(?<=[a-z0-9])(?=[\u4e00-\u9fff])", r"\\s?", re.escape(n))
                                for n, _ in zh_sorted)) if zh_sorted else None
    return ProductTypes(en_re, en_type, zh_sorted, related, zh_re, dict(zh_sorted[::-1]))


def _type_of_en(pt: ProductTypes, written: str) -> str | None:
    w = " ".join(written.lower().replace("-", " ").split())
    for form in (w, w[:-1], w[:-2]):
        for noun, name in pt.en_type.items():
            if " ".join(noun.replace("-", " ").split()) == form:
                return name
    return None


def types_of(text: str) -> set[str]:
    """Every product type a text (a catalog title, say) names."""
    return set(_types_of(text))


@lru_cache(maxsize=4096)
def _types_of(text: str) -> frozenset[str]:
    pt = product_types()
    found = {_type_of_en(pt, m.group()) for m in pt.en_re.finditer(text)}
    if pt.zh_re is not None and CJK_RE.search(text):
        found |= {pt.zh_type[ZH_SPACE.sub('', m.group())] for m in pt.zh_re.finditer(fold(text))}
    return frozenset(t for t in found if t)


def check_product_types(ctx: Context, name: str) -> list[Failure]:
    """Run after the name checks (titles already blanked): judge and blank every type noun."""
    pt = product_types()
    own: set[str] = set()
    for p in ctx.facts.products:
        own |= types_of(str(p.get("title") or ""))
    near = {t for o in own for t in pt.related.get(o, ())} | {
        o for o, rel in pt.related.items() if rel & own}
    text, hard, soft, compat = ctx.masked[name], [], [], []
    fits = any(pt.related.get(o) for o in own)  # an accessory: what it goes with is a fact
    spans = [(m.start(), m.end(), _type_of_en(pt, m.group())) for m in pt.en_re.finditer(text)]
    if pt.zh_re is not None and CJK_RE.search(text):
        folded = fold(text) if len(fold(text)) == len(text) else text.lower()
        spans += [(m.start(), m.end(), pt.zh_type[ZH_SPACE.sub('', m.group())]) for m in pt.zh_re.finditer(folded)]
    for start, end, tname in spans:
        written = text[start:end]
        field = ctx.fields[name]
        if tname is None or tname in own or _measure(field, start, end) or ctx.facts.mentions_clean(written) or (
                norm_words(written) and norm_words(written) in norm_words(ctx.facts.clean_blob)
                and not written.isascii()):
            text = mask(text, start, end)
            continue
        if _accompanies(field, start, end):
            if tname not in near and fits and _fits_on(field, start):
                compat.append(written)  # "a case for your tablet": what the case fits is not in the inputs
            text = mask(text, start, end)
            continue
        if tname in near and _called(field, start, end):
            hard.append(written)  # "A handy new lamp" for a bulb pack: it is called the companion
            text = mask(text, start, end)
            continue
        if tname in near and fold(written) in _glossary_words(ctx):
            # 咖啡 for a coffee maker: the glossary lists what the item is used with
            text = mask(text, start, end)
            continue
        (soft if tname in near else hard).append(written)
        text = mask(text, start, end)
    ctx.masked[name] = text
    out = []
    if hard:
        out.append(Failure("grounding.product_type", "hard", f"{name}: calls it {_list(hard)}, a "
                           "product type none of the text's products is"))
    if compat:
        out.append(Failure("grounding.compatibility", "soft", f"{name}: says it goes with {_list(compat)}, "
                           "which none of the inputs says it fits"))
    if soft:
        out.append(Failure("grounding.related_product", "soft", f"{name}: names {_list(soft)}, "
                           "a type of product the text is not about (a companion product?)"))
    return out


# Another product type after a preposition or a pairing word is what the item goes with ("for
# your camera", "pairs with a shirt", 配衬衫, 装上外套), not what it is.
EN_WITH_RE = re.compile(r"(?:\b(?:for|with|on|in|into|onto|to|from|under|beside|alongside|next to|out of|off|"
                        r"and|or|plus|than|like|around|across|through|over|past|behind)\s+(?:(?:your|a|an|the|any|every|my|its|their|"
                        r"some)\s+)?(?:[a-z-]+\s+){0,2})$", re.I)
# gate 2.5: the pairing word may start a list (装得下外套、水杯和零食), and what a kitchen or camp
# item cooks or cuts is its object, not what it is (煮碗热面条, 切面包): up to three list items of
# at most six characters, joined by 、/和/与/或/及, may stand between the word and the noun.
ZH_WITH_RE = re.compile(r"(?:配|搭配|搭|和|与|跟|及|或|给|为|装上|装进|放进|放入|放上|装|带上|适配|兼容|"
                        r"用于|适用于|比|煮|炒|煎|切|蒸|烤|盛|冲|泡|拌|烧)"
                        r"(?:[^，。！？；：,.!?;:、]{0,6}[、和与或及]){0,3}[^，。！？；：,.!?;:、]{0,4}$")


def _glossary_words(ctx: Context) -> frozenset[str]:
    """The glossary words of the terms in the item's inputs (as the allow-list reads them)."""
    if "glossary" not in ctx.memo:
        from shopcopy.guardrails.data import locale_data

        keys = " ".join(norm_words(k.replace("_", " ")) for k in ctx.facts.key_names)
        ctx.memo["glossary"] = locale_data(ctx.locale).related_words(
            ctx.facts.clean_norm_blob + " " + keys + " ")
    return ctx.memo["glossary"]


ZH_SPACE = re.compile(r"\s")


def _measure(text: str, start: int, end: int) -> bool:
    """倒一碗, 煮一锅, "a bowl of pasta": a container noun used as a measure (a bowlful) does not
    call the item a bowl (everyday.yaml measure_nouns)."""
    from shopcopy.guardrails.everyday import en_measure, zh_counted, zh_measure_noun

    word = text[start:end]
    if word.isascii():
        return en_measure(word, text[:start], text[end:])
    return zh_measure_noun(word) and zh_counted(text[:start])


# 背包里, 手机上, 碗中: a type noun with a place suffix names where something goes, not the item.
ZH_PLACE_AFTER_RE = re.compile(r"^(?:里|中|内|上|边|旁|外)")


def _accompanies(text: str, start: int, end: int | None = None) -> bool:
    before = text[max(0, start - 40):start]
    if end is not None and not text[start:end].isascii() and ZH_PLACE_AFTER_RE.match(text[end:end + 1]):
        return True
    return bool(EN_WITH_RE.search(before) or ZH_WITH_RE.search(before))


# gate 2.7 (blind10 published "A handy new lamp for the bedside table." for a bulb pack): a
# companion type as the head of the sentence's first noun phrase, or after "is a", calls the
# item that type; after "for/on your" it says what an accessory fits ("Pop it on your tablet"
# for a phone case), which must be a type the inputs relate it to.
SENTENCE_START_RE = re.compile(r"[.!?。！？；;:：\n]")
EN_CALLED_RE = re.compile(r"^[\s\"'“‘(*-]*(?:(?:it|this|that|here)(?:'s|\s+is)\s+)?(?:a|an|this|one)\s+"
                          r"(?:[a-z-]+\s+){0,3}$|\b(?P<is>is|'s|makes|as)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}$", re.I)
EN_NAMED_AFTER_RE = re.compile(r"\s*(?:$|[,.!?;:)\u2014-]|(?:for|with|that|to|in|on|at|from|by|which|you|your|"
                               r"of|made|built|designed|and)\b)", re.I)
EN_COPULA_RE = re.compile(r"\b(?:is|'s)\s+(?:a|an|one)\s+(?:[a-z-]+\s+){0,3}$", re.I)
EN_FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|needs?|wants?|deserves?|gets?|looks?|goes|"
                          r"sits?|stays?|takes?|uses?|runs?|fills?|dies|breaks?|can|could|will|would|should|"
                          r"might|must|may|does|do|did)\b|\b(?:it|they)(?:'s|'re)\b", re.I)
ZH_CALLED_RE = re.compile(r"^\s*(?:这是|它是|这)?[一这][个盏款只件把台张套双条顶块]?[^，,、和与及或给为在]{0,4}$|(?:是|当)一?[个盏款只件把台张套双条顶块]?[^，,、]{0,4}$")
EN_FITS_RE = re.compile(r"\b(?:for\s+(?:your|a|an|the|any|every|my|their)|(?:on|onto|into|fits?|fitting)"
                        r"(?:\s+(?:your|a|an|the|any|every|my|their))?)\s+"
                        r"(?:[a-z-]+\s+){0,2}$", re.I)
ZH_FITS_RE = re.compile(r"(?:适配|兼容|适用于|装上|套上|给|为)[^，。！？；：,.!?;:、]{0,4}$")


def _clause_before(text: str, start: int) -> str:
    head = text[:start]
    cut = max((m.end() for m in SENTENCE_START_RE.finditer(head)), default=0)
    return head[cut:]


def _called(text: str, start: int, end: int) -> bool:
    before = _clause_before(text, start)
    if not before.isascii():
        return bool(ZH_CALLED_RE.search(before))
    m = EN_CALLED_RE.search(before)
    if not m:
        return False
    if m.group("is") is not None or EN_COPULA_RE.search(before):
        return True
    # "A handy new lamp for the bedside table." names the item; "A smart phone fills up fast"
    # and "A lamp by the bed needs a warm bulb" are sentences about the other thing: a verb
    # after the opening noun phrase
    rest = text[end:]
    rest = rest[:next((i for i, ch in enumerate(rest) if ch in ".!?;:\n"), len(rest))]
    return bool(EN_NAMED_AFTER_RE.match(rest)) and not EN_FINITE_RE.search(rest)


def _fits_on(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    return bool(EN_FITS_RE.search(before) if text[start:start + 1].isascii() else ZH_FITS_RE.search(before))


def _list(words: list[str]) -> str:
    return ", ".join(f"'{w}'" for w in dict.fromkeys(words))
