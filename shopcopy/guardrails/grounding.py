"""Grounding: every name, model number, date, price and number in a text comes from its inputs.

Steps run in order over each field and blank what they explain, so a number inside a product
title or a date is judged once, by the step that understands it:
contacts/placeholders -> product names (full titles, ids, model numbers, partial titles and
brandless names matched against the whole catalog) -> brands -> dates -> numbers and prices
(bound to their meaning and to the product they are written next to, see quantities.py).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from shopcopy.guardrails.base import (
    BL,
    BR,
    EMAIL_RE,
    FIRST_NAME,
    PHONE_RE,
    URL_RE,
    Failure,
    is_phone,
    mask,
    norm_words,
    squash,
)
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.product_types import check_product_types
from shopcopy.guardrails.quantities import check_quantities

HARD = "hard"
STOP = frozenset(["a", "an", "and", "at", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or", "our", "the", "to", "with", "your", "you", "this", "that", "are", "be", "now", "new", "meets"])
SUFFIXES = r"(?:[ \t](?:Pro|Max|Plus|Ultra|Mini|Lite|Air|SE|XL|XS|Fold|Flip|FE|\d{1,4}))*"
SUSPICIOUS = frozenset(["pro", "max", "plus", "ultra", "mini", "lite", "air", "se", "xl", "xs", "fold", "flip", "fe"])
NEXT_WORD_RE = re.compile(r"[ \t]+([A-Z0-9][A-Za-z0-9'&-]*)")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_RES = [
    re.compile(r"(?<!\d)(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?:(?P<y>\d{4})\s?年\s?)?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?[日号]"),
    re.compile(BL + _MON + r"\s(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s(?P<y>\d{4}))?" + BR),
    re.compile(BL + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?" + _MON + r"(?:,?\s(?P<y>\d{4}))?" + BR),
]


@cache
def model_patterns(product_lines: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Generic model names: "iPhone 12 Pro Max" (camelCase + number), "Galaxy S23" (known line
    + code), "XR-500" (letters-digits code)."""
    lines = "|".join(map(re.escape, product_lines)) or "(?!)"
    return (
        re.compile(BL + r"[A-Za-z]*[a-z][A-Z][A-Za-z]*[ \t]?\d{1,4}[A-Za-z]?" + SUFFIXES + BR),
        re.compile(BL + rf"(?:{lines})[ \t]?[A-Z]{{0,3}}\d{{1,4}}[A-Za-z]?" + SUFFIXES + BR),
        re.compile(BL + r"[A-Z]{1,5}-?\d{2,5}[A-Z]{0,3}" + BR),
        # Short codes: paper formats, shoe and clothing sizes, model codes ("A5", "EU 44", "S8"):
        # a code the inputs never gave (an exemplar's "A5" for an A4 notebook) is invented.
        re.compile(BL + r"(?:[A-Z]{2,3}[ \t]?\d{1,3}|[A-Z]\d{1,3})[A-Z]?(?![0-9.,]*\d)" + BR),
    )


def check_grounding(ctx: Context) -> list[Failure]:
    failures: list[Failure] = []
    for name in ctx.fields:
        for step in (_mask_contacts, _names, _dates, _phones):
            failures += step(ctx, name)
        failures += check_quantities(ctx, name)
        failures += check_product_types(ctx, name)  # after the counts: "two cameras" is a count
    if ctx.task == "recommendation_messages":
        failures += _stock(ctx)
    return failures


def _fail(check: str, field: str, detail: str) -> Failure:
    return Failure(check, HARD, f"{field}: {detail}")


def _mask_contacts(ctx: Context, name: str) -> list[Failure]:
    # URLs, e-mails and the CRM placeholder are judged by other checks, not as numbers.
    text = ctx.masked[name]
    for pattern in (URL_RE, EMAIL_RE, re.compile(re.escape(FIRST_NAME))):
        for m in pattern.finditer(text):
            text = mask(text, *m.span())
    ctx.masked[name] = text
    return []


def _names(ctx: Context, name: str) -> list[Failure]:
    facts, catalog, out = ctx.facts, ctx.catalog, []
    text = ctx.masked[name]
    if catalog.title_re is not None:
        for m in catalog.title_re.finditer(text):
            pid = _input_product(ctx, m.group())
            if pid:
                ctx.mentions[name].append((m.start(), m.end(), pid))
            if not facts.mentions(m.group()):
                ids = ", ".join(p.product_id for p in catalog.titles_by_norm.get(
                    norm_words(m.group()), []) if not p.product_id.startswith("_"))
                out.append(_fail("grounding.product", name, f"names '{m.group()}'"
                                 f"{f' ({ids})' if ids else ''}, which is not an input product"))
            text = mask(text, *m.span())
    if catalog.id_re is not None:
        for m in catalog.id_re.finditer(text):
            if m.group() not in facts.product_ids and not facts.mentions(m.group()):
                out.append(_fail("grounding.product", name, f"names product id {m.group()}, "
                                 "which is not an input product"))
            text = mask(text, *m.span())
    for pattern in model_patterns(ctx.policy.product_lines):
        for m in pattern.finditer(text):
            if squash(m.group()) not in facts.squashed_blob:
                out.append(_fail("grounding.model_number", name,
                                 f"names model '{m.group()}', which is not in the inputs"))
            text = mask(text, *m.span())
    ctx.masked[name] = text
    out += _partial_titles(ctx, name)
    text, brand_failures = _brands(ctx, name, ctx.masked[name])
    ctx.masked[name] = text
    return out + brand_failures


def _brands(ctx: Context, name: str, text: str) -> tuple[str, list[Failure]]:
    if ctx.catalog.brand_re is None:
        return text, []
    out = []
    for m in list(ctx.catalog.brand_re.finditer(text)):
        if not ctx.facts.mentions(m.group()):
            out.append(_fail("grounding.brand", name,
                             f"names brand '{m.group()}', which is not in the inputs"))
            text = mask(text, *m.span())
            continue
        words, end, ends = [m.group()], m.end(), [m.end()]
        while len(words) < 6 and (w := NEXT_WORD_RE.match(text, end)) and w[1].lower() not in STOP:
            words.append(w[1])
            end = w.end()
            ends.append(end)
        known = max(k for k in range(1, len(words) + 1) if ctx.facts.mentions(" ".join(words[:k])))
        # Gate 2.4: only the brand and the words the inputs give with it are this name; what
        # follows ("Bellacucina ProChef series") is left to the allow-list, where a capitalised
        # unknown word is a name the inputs never gave.
        end = ends[known - 1]
        if known < len(words) and (_new_product_word(ctx, words[known])
                                   or _variant_word(ctx, known, words[known])):
            out.append(_fail("grounding.product", name, f"names '{' '.join(words[:known + 1])}', "
                             "which no input product is called"))
        if pid := _input_product(ctx, " ".join(words[:known])):
            ctx.mentions[name].append((m.start(), end, pid))  # binds a price written next to it
        text = mask(text, m.start(), end)
    return text, out


def _input_product(ctx: Context, phrase: str) -> str | None:
    """The input product whose title contains the phrase (as whole words), if any."""
    n = " " + norm_words(phrase) + " "
    for p in ctx.facts.products:
        if n in " " + norm_words(str(p.get("title") or "")) + " ":
            return str(p.get("product_id"))
    return None


LATIN_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'+]*")


def _partial_titles(ctx: Context, name: str) -> list[Failure]:
    """A product named by part of its title ("the Nova Tent", "Voltra earbuds", "Max 台灯").

    A name with the brand, the product line and the product type ("Copperpot Max Coffee
    Maker", the title without its variant) names that model: fine when it is an input
    product's. A shorter one (line + type, brand + type) is only a reference back to an input
    product the text names in full (title or model name); otherwise it is hard: it fits
    another product, several, or none, or leaves the reader to guess which."""
    text, out = ctx.masked[name], []
    runs = _name_runs(ctx, text)
    inputs = {str(p.get("product_id")) for p in ctx.facts.products}
    anchored, brands = _anchors(ctx, inputs)
    for start, end, words, model, found in runs:
        if not model and words & ctx.catalog.line_tokens and not words & ctx.catalog.brand_tokens:
            # "The Nova Frying Pan from Copperpot": the brand written elsewhere completes the name
            model, found = bool(found & brands & inputs), (found & brands) or found
        if model and found & inputs:
            ctx.mentions[name].append((start, end, min(found & inputs)))
            if invented := _invented_variant(ctx, text, start, end):
                out.append(_fail("grounding.product", name, f"names '{invented}', which no "
                                 "input product is called (an invented variant of its title)"))
        elif found & anchored:
            ctx.mentions[name].append((start, end, min(found & anchored)))
        else:
            what = ("is no catalog product" if not found else
                    f"is {', '.join(sorted(found)[:3])}, not an input product" if not found & inputs
                    else f"could be any of {len(found)} catalog products ({', '.join(sorted(found)[:3])})"
                    if len(found) > 1 else "the text never names by its catalog title")
            out.append(_fail("grounding.product", name, f"names '{text[start:end]}', which {what}"))
        text = mask(text, start, end)
    ctx.masked[name] = text
    return out


def _invented_variant(ctx: Context, text: str, start: int, end: int) -> str | None:
    """"Marlow Pro Hoodie Green" for the Marlow Pro Hoodie S: the name goes on past what the
    inputs call the item with a size, colour or material word (the name, or None)."""
    w = NEXT_WORD_RE.match(text, end)
    end = w.end() if w else end
    phrase = text[start:end]
    if ctx.facts.mentions(phrase):
        return None
    words = phrase.split()
    known = max((k for k in range(1, len(words) + 1) if ctx.facts.mentions(" ".join(words[:k]))),
                default=0)
    if 2 <= known < len(words) and words[known][:1].isupper() and _variant_word(ctx, known, words[known]):
        return " ".join(words[:known + 1])
    return None


def _anchors(ctx: Context, inputs: set[str]) -> tuple[set[str], set[str]]:
    """Input products the text names in full (title or model name, any field), and the catalog
    products whose brand the text writes somewhere: computed once per text."""
    if "anchors" not in ctx.memo:
        whole = " " + norm_words(" ".join(ctx.fields.values())) + " "
        anchored = {str(p.get("product_id")) for p in ctx.facts.products
                    if f" {norm_words(str(p.get('title') or ''))} " in whole}
        for field in ctx.fields.values():
            for run in _name_runs(ctx, field):
                if run[3] and run[4] & inputs:
                    anchored |= run[4] & inputs
        brands = {pid for pid, b in ctx.catalog.brands_norm if f" {b} " in whole}
        ctx.memo["anchors"] = (anchored, brands)
    return ctx.memo["anchors"]


NAME_GAP_RE = re.compile(r"[ \t]|-|[ \t]&[ \t]")


def _name_runs(ctx: Context, text: str) -> list[tuple[int, int, set[str], bool, set[str]]]:
    """Runs of catalog-title words holding a brand or line word and a product type (in the run
    or right after it): (start, end, brand/line words, is a model name, catalog products)."""
    from shopcopy.guardrails.product_types import types_of

    cat = ctx.catalog
    vocab, brands, lines = cat.title_vocab, cat.brand_tokens, cat.line_tokens
    toks = [(_title_word(m.group().lower().removesuffix("'s"), vocab), m.start(), m.end())
            for m in LATIN_TOKEN_RE.finditer(text)]
    out, i = [], 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j][0] in vocab and (j == i or NAME_GAP_RE.fullmatch(
                text[toks[j - 1][2]:toks[j][1]])):
            j += 1
        run, i = toks[i:j], max(j, i + 1)
        words = {t[0] for t in run}
        ids = words & (brands | lines)
        if not ids:
            continue
        start, end = run[0][1], run[-1][2]
        kinds = types_of(text[start:end])
        after = _type_after(text, end)
        if after is None and ids <= brands and any(norm_words(b).split() == [t[0] for t in run]
                                                   for b in cat.brands):
            continue  # a brand on its own ("from Petal & Pine"): the brand check's business
        if after:
            kinds.add(after[0])
            end = after[1]
        if not kinds:
            continue  # "Acme sports": a brand and a word, no product named
        found = _products_named(ctx, ids, kinds)
        model = bool(ids & brands) and bool(ids & lines)
        out.append((start, end, ids, model, found))
    return out


def _title_word(word: str, vocab: frozenset[str]) -> str:
    """A token as the catalog titles write it: "pillows" -> "pillow" when only that is a title word."""
    if word in vocab:
        return word
    for cut in ("es", "s"):
        if word.endswith(cut) and word[: -len(cut)] in vocab:
            return word[: -len(cut)]
    return word


def _type_after(text: str, end: int) -> tuple[str, int] | None:
    """A product-type noun right after a name ("Max 台灯", "Voltra earbuds"): (type, its end)."""
    from shopcopy.guardrails.product_types import product_types, types_of

    m = re.match(r"[ \t]?(?:的)?", text[end:])
    at = end + (m.end() if m else 0)
    pt = product_types()
    if (w := pt.en_re.match(text, at)) and (t := types_of(w.group())):
        return next(iter(t)), w.end()
    for noun, tname in pt.zh:
        if text.startswith(noun, at):
            return tname, at + len(noun)
    return None


def _products_named(ctx: Context, words: set[str], kinds: set[str]) -> set[str]:
    from shopcopy.guardrails.product_types import types_of

    return {pid for pid, title_words, title in ctx.catalog.name_index
            if words <= title_words and kinds & types_of(title)}


def _phones(ctx: Context, name: str) -> list[Failure]:
    # Phone numbers are the contact check's business, not numbers to ground.
    text = ctx.masked[name]
    for m in PHONE_RE.finditer(text):
        if is_phone(m.group()):
            text = mask(text, *m.span())
    ctx.masked[name] = text
    return []


def _new_product_word(ctx: Context, word: str) -> bool:
    # After a real brand, a word from another catalog title, a model suffix or a digit is a
    # product name the inputs never gave; any other capitalised word is just Title Case prose.
    w = word.lower()
    if w in ctx.facts.vocab:
        return False
    return any(c.isdigit() for c in w) or w in SUSPICIOUS or w in ctx.catalog.title_vocab


# Gate 2.6 (blind6: "the Marlow Pro Hoodie Green" for the Marlow Pro Hoodie S): words a catalog
# title ends its variant with - a size, a colour, a material.
VARIANT_WORDS = frozenset(["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "small", "medium",
                           "large", "single", "double", "king", "queen", "standard"])


def _variant_word(ctx: Context, known: int, word: str) -> bool:
    """After a brand and more of an input title ("Marlow Pro Hoodie"), a size, colour or
    material word the title does not have there makes an invented title variant, even when the
    word is true of the item: no catalog product is called that."""
    from shopcopy.guardrails.contradictions import table

    if known < 2:
        return False
    w = word.lower()
    values = table("en-US").values
    return w in VARIANT_WORDS or w in values.get("color", ()) or w in values.get("material", ())


def _dates(ctx: Context, name: str) -> list[Failure]:
    allowed = set(ctx.facts.dates)
    send = _parse_iso(ctx.output.get("suggested_send_date"))
    if send:
        allowed.add(send)
    out, text = [], ctx.masked[name]
    for pattern in DATE_RES:
        for m in pattern.finditer(text):
            if not _date_allowed(m, allowed):
                out.append(_fail("grounding.date", name,
                                 f"states the date '{m.group()}', which is not in the inputs"))
            text = mask(text, *m.span())
    ctx.masked[name] = text
    return out


def _date_allowed(m: re.Match, allowed: set[date]) -> bool:
    mon = m.groupdict().get("mon")
    month = MONTHS[mon[:3].lower()] if mon else int(m["m"])
    day, year = int(m["d"]), m["y"]
    if year:
        return any((a.year, a.month, a.day) == (int(year), month, day) for a in allowed)
    return any((a.month, a.day) == (month, day) for a in allowed)


def _parse_iso(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _stock(ctx: Context) -> list[Failure]:
    """A message may only name recommended products that are in stock right now."""
    text = " " + norm_words(" ".join(ctx.fields.values())) + " "
    out = []
    for p in ctx.facts.products:
        pid = str(p.get("product_id"))
        cat = ctx.catalog.get(pid)
        if cat is None or cat.in_stock:
            continue
        words = norm_words(cat.title or str(p.get("title", ""))).split()
        names = [" ".join(words), " ".join(words[:-1]) if len(words) > 2 else None, pid.lower()]
        if any(n and f" {n} " in text for n in names):
            out.append(Failure("grounding.stock", HARD,
                               f"names '{cat.title}' ({pid}), which is out of stock"))
    return out
