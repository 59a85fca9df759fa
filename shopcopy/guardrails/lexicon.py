"""Claims by class (offers, shipping, rankings, awards, ratings, health, certifications, materials,
attributes, origin, deadlines, scarcity, availability, testimonials, demographics...), found with
the reviewable per-locale lexicons and judged by each class's source of truth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shopcopy.guardrails.base import Failure
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.data import ClaimClass, Entry, fold, latin_form, locale_data


@dataclass(frozen=True)
class Hit:
    cls: ClaimClass
    entry: Entry
    start: int
    end: int
    text: str


RANGE_RE = re.compile(r"\d\s*(?:-|–|~|to)\s*\d")
LATIN_WORD = re.compile(r"[a-z0-9']+")
MAX_WORDS = 6


def find_claims(text: str, classes: tuple[ClaimClass, ...]) -> list[Hit]:
    """Every lexicon hit in one text (folded form), minus hits inside an `except` phrase.

    Latin phrases are looked up as word sequences (one pass over the words, whatever the size of
    the lexicon); Chinese phrases by substring; regular expressions by search."""
    folded = fold(text)
    latin = latin_form(folded)
    words = [(m.group(), m.start(), m.end()) for m in LATIN_WORD.finditer(latin)]
    grams = {}
    for i in range(len(words)):
        for n in range(1, MAX_WORDS + 1):
            if i + n > len(words):
                break
            grams[(i, n)] = " ".join(w for w, _, _ in words[i:i + n])
    hits = []
    # One pass over the word n-grams for every class: gram -> [(class, entry or -1 = except)].
    index = _gram_index(classes)
    ascii_text = folded.isascii()
    per_class: dict[int, tuple[list, list]] = {}
    for (i, n), gram in grams.items():
        for ci, idx in index.get(gram, ()):
            found_c, spared_c = per_class.setdefault(ci, ([], []))
            start, end = words[i][1], words[i + n - 1][2]
            (spared_c.append((start, end)) if idx < 0 else found_c.append((start, end, idx)))
    for ci, cls in enumerate(classes):
        found, spared = (list(x) for x in per_class.get(ci, ([], [])))
        for sub, idx in cls.substrings:
            if ascii_text and not sub.isascii():
                continue
            pos = folded.find(sub)
            while pos >= 0:
                found.append((pos, pos + len(sub), idx))
                pos = folded.find(sub, pos + len(sub))
        if cls.cjk:
            for ex in cls.except_words:
                pos = folded.find(ex)
                while pos >= 0:
                    spared.append((pos, pos + len(ex)))
                    pos = folded.find(ex, pos + 1)
        if cls.regex is not None:
            # Latin patterns see hyphens as spaces, and (for "-free" / "-proof" words) as written.
            subjects = [folded] if cls.cjk else [latin] + ([folded] if "-" in folded else [])
            for subject in subjects:
                for m in cls.regex.finditer(subject):
                    group = m.lastgroup or next(k for k, v in m.groupdict().items() if v is not None)
                    found.append((m.start(), m.end(), int(group[1:])))
        # Longest first; a shorter hit inside a longer one of the same class is the same claim.
        kept: list[tuple[int, int, int]] = []
        for start, end, idx in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if any(a <= start and end <= b for a, b in spared):
                continue
            if any(a <= start and end <= b for a, b, _ in kept):
                continue
            kept.append((start, end, idx))
        hits += [Hit(cls, cls.entries[idx], a, b, folded[a:b]) for a, b, idx in sorted(kept)]
    return hits


# Keyed by the identity of the (cached, long-lived) class tuple: hashing it would hash every entry.
_GRAM_INDEXES: dict[int, tuple[tuple[ClaimClass, ...], dict]] = {}


def _gram_index(classes: tuple[ClaimClass, ...]) -> dict[str, list[tuple[int, int]]]:
    hit = _GRAM_INDEXES.get(id(classes))
    if hit is not None and hit[0] is classes:
        return hit[1]
    index = _build_gram_index(classes)
    if len(_GRAM_INDEXES) < 64:
        _GRAM_INDEXES[id(classes)] = (classes, index)
    return index


def _build_gram_index(classes: tuple[ClaimClass, ...]) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for ci, cls in enumerate(classes):
        for gram in cls.except_words:
            out.setdefault(gram, []).append((ci, -1))
        for gram, idx in cls.phrases.items():
            out.setdefault(gram, []).append((ci, idx))
    return out


def _classes(ctx: Context) -> tuple[ClaimClass, ...]:
    return _classes_for(ctx.locale, ctx.task)


@lru_cache(maxsize=64)
def _classes_for(locale: str, task: str) -> tuple[ClaimClass, ...]:
    # Chinese copy carries Latin words too (titles, brands): judge them with the English lexicon.
    classes = locale_data(locale).classes
    if locale_data(locale).locale != "en-US":
        classes = classes + locale_data("en-US").classes
    return tuple(c for c in classes if c.tasks is None or task in c.tasks)


def _supported(ctx: Context, hit: Hit) -> bool:
    source = hit.cls.source
    if source == "none":
        return False
    if source == "stock":
        # A description has no stock input and outlives today's stock: never there.
        return ctx.task != "product_descriptions" and ctx.all_named_in_stock
    if source == "segment":
        # gate 2.6: "a brand you know" is true only of the shopper's own segment (loyal), never
        # of a word somewhere in the inputs ("loyal" in a product description)
        user = ctx.inputs.get("user") if isinstance(ctx.inputs.get("user"), dict) else {}
        segments = {str(ctx.inputs.get("segment") or "").lower(), str(user.get("segment_label") or "").lower()}
        return bool(segments & (set(hit.entry.means) or {"loyal"}))
    if source == "weight":
        # gate 2.8: "light enough to carry" judges a weight the inputs give (a 450 g stove); with
        # no weight in the inputs it is an invented spec
        return any(f.kind == "unit" and f.unit == "kg" for f in ctx.number_facts)
    if source == "range":
        # "adjusts from 110 to 135 cm", 长度 110-135 厘米可调: an input gives a range
        return RANGE_RE.search(ctx.facts.clean_blob) is not None
    terms = hit.entry.means if not hit.entry.is_pattern else (hit.text,)
    if hit.cls.cjk and not hit.entry.is_pattern:
        # A Chinese term is supported by its English input term, or by the same Chinese text, or
        # (gate 2.9: 续航 for "battery: 8 h") by an input key of that name with a value.
        keys = {k.lower().replace("_", " ") for k in ctx.facts.key_names}
        return (any(ctx.facts.mentions_clean(t) or t in keys for t in terms)
                or hit.text in ctx.facts.clean_fold)
    if any(ctx.facts.mentions_clean(t) for t in terms) or ctx.facts.mentions_clean(hit.text):
        return True
    return not hit.entry.is_pattern and _derived(ctx, hit.text)


DERIVED = ("en", "ed", "s", "es", "y", "ish", "ness")


def _derived(ctx: Context, text: str) -> bool:
    """"wooden" for material: wood, "citrus-scented" for scent: citrus: a claim word derived
    from an input word (attribute values and keys) states that input fact."""
    words = re.findall(r"[a-z]+", latin_form(text))
    known = ctx.facts.clean_words

    def ok(w: str) -> bool:
        if w in known:
            return True
        for suf in DERIVED:
            base = w[: -len(suf)]
            if w.endswith(suf) and len(base) >= 3 and (base in known or base[:-1] in known and
                                                        len(base) > 3 and base[-1] == base[-2]):
                return True
        return False

    return bool(words) and all(ok(w) for w in words)


def check_claims(ctx: Context) -> list[Failure]:
    """One failure per claim class and field, listing the unsupported phrases."""
    out: list[Failure] = []
    classes = _classes(ctx)
    for name, text in ctx.fields.items():
        by_class: dict[str, list[Hit]] = {}
        # A colour or material inside a catalog title ("Yoga Mat Blue") names the product; the
        # name check judges it, not the claim lexicon.
        if ctx.catalog.title_re is not None:
            text = ctx.catalog.title_re.sub(lambda m: " " * len(m.group()), text)
        dishes = _type_spans(text)
        for hit in find_claims(text, classes):
            if hit.cls.name == "origin" and any(a <= hit.start and hit.end <= b for a, b in dishes):
                continue  # 意大利面 is a dish (a product type), not where the item was made
            if hit.cls.not_before and _next_word(text, hit.end) in hit.cls.not_before:
                ctx.claimed[name].append(hit.text)  # explained: not a name for the allow-list
                continue  # "Italian dinners": a cuisine, not an origin
            ctx.claimed[name].append(hit.text)
            if not _supported(ctx, hit):
                by_class.setdefault(hit.cls.check, []).append(hit)
        for check, hits in by_class.items():
            severity = "hard" if any(h.entry.severity == "hard" for h in hits) else "soft"
            phrases = ", ".join(dict.fromkeys(f"'{h.text}'" for h in hits))
            cls = hits[0].cls
            why = "not in the inputs" if cls.source == "inputs" else (
                "a product it names is out of stock" if cls.source == "stock" else cls.why)
            out.append(Failure(check, severity, f"{name}: {phrases} ({why})"))
    return out


NEXT_WORD_RE = re.compile(r"[\s-]*([a-z]+)")


def _next_word(text: str, end: int) -> str:
    m = NEXT_WORD_RE.match(fold(text), end)
    return m[1] if m else ""


def _type_spans(text: str) -> list[tuple[int, int]]:
    """Spans of Chinese product-type nouns (意大利面, 意面酱) in the folded text: an origin word
    inside one is part of the dish's name; the product-type check judges the noun itself."""
    from shopcopy.guardrails.product_types import product_types

    pt = product_types()
    if pt.zh_re is None or text.isascii():
        return []
    return [m.span() for m in pt.zh_re.finditer(fold(text))]


def declared_checks() -> dict[str, str]:
    """claim.<class> -> class severity, for every class of every locale."""
    out: dict[str, str] = {}
    for locale in ("en-US", "zh-CN"):
        for cls in locale_data(locale).classes:
            out.setdefault(cls.check, cls.severity)
    return out


# Gate 2.4: the words that name each shop category in an insight's next_need. A next_need that
# names a category must name the predicted one ("Home, before ...: push outdoor gear" for a Home
# prediction states a second, invented need).
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "home": ("home", "homeware", "homewares", "household", "家居", "家纺", "居家"),
    "outdoors": ("outdoor", "outdoors", "camping", "hiking", "户外", "露营", "徒步"),
    "kitchen": ("kitchen", "cookware", "kitchenware", "厨房", "厨具", "烹饪"),
    "apparel": ("apparel", "clothing", "clothes", "fashion", "服饰", "服装", "衣服", "穿搭"),
    "electronics": ("electronics", "gadgets", "gadget", "tech", "数码", "电子", "电器"),
    "beauty": ("beauty", "skincare", "cosmetics", "makeup", "美妆", "护肤", "彩妆"),
    "sports": ("sports", "sport", "fitness", "workout", "运动", "健身"),
    "toys": ("toys", "toy", "玩具"),
    "books": ("books", "book", "stationery", "图书", "书籍", "文具"),
    "grocery": ("grocery", "groceries", "pantry", "food", "食品", "杂货", "零食"),
}
_CATEGORY_RE = re.compile("|".join(
    rf"(?P<c{i}>" + "|".join(
        (rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w)) for w in words) + ")"
    for i, words in enumerate(CATEGORY_WORDS.values())))
_CATEGORY_NAMES = tuple(CATEGORY_WORDS)


def check_next_need(ctx: Context) -> list[Failure]:
    """An insight's next_need names only the predicted next category (any category word of
    another one is a need nobody predicted)."""
    if ctx.task != "demand_insights" or not ctx.fields.get("next_need"):
        return []
    pred = ctx.inputs.get("prediction") or {}
    user = ctx.inputs.get("user") or {}
    predicted = str(pred.get("next_category") or user.get("next_category") or "").strip().lower()
    if predicted not in CATEGORY_WORDS:
        return []
    wrong = []
    for m in _CATEGORY_RE.finditer(fold(ctx.fields["next_need"])):
        cat = _CATEGORY_NAMES[int(m.lastgroup[1:])]
        if cat != predicted:
            wrong.append(m.group())
    if not wrong:
        return []
    return [Failure("claim.next_need", "hard", f"next_need: names {', '.join(repr(w) for w in dict.fromkeys(wrong))}, "
                    f"not the predicted next category '{predicted}'")]
