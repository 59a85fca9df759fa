"""Grounding: every name, model number, date, price and number in a text comes from its inputs.

Steps run in order over each field and blank what they explain, so a number inside a product
title or a date is judged once, by the step that understands it.
Decisions (documented in tests/test_guardrails.py):
- a number is grounded when it equals an input number, including numbers in key names
  ("p_purchase_30d" -> 30), list sizes ("top 3" with three products), a probability written as a
  percentage (0.734 -> "73%"), or a non-money input rounded to the precision written (1.37 -> 1.4);
- a number with a unit must match an input quantity in the same dimension ("500 ml" = "0.5 L",
  but "500 g" is not "500 ml");
- a currency amount must equal the current catalog price of an input product (to the cent, same
  currency) or a money field of the user (e.g. monetary); "around $20" for 19.99 fails.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
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
from shopcopy.guardrails.catalog import InputFacts
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.units import (
    NUMBER_UNIT_RE,
    PRICE_RE,
    currency_of,
    decimals,
    parse_number,
    unit_base,
)

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
    )


def check_grounding(ctx: Context) -> list[Failure]:
    failures: list[Failure] = []
    for name in ctx.fields:
        for step in (_mask_contacts, _names, _dates, _prices, _numbers):
            failures += step(ctx, name)
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
    text, brand_failures = _brands(ctx, name, text)
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
        words, end = [m.group()], m.end()
        while len(words) < 6 and (w := NEXT_WORD_RE.match(text, end)) and w[1].lower() not in STOP:
            words.append(w[1])
            end = w.end()
        known = max(k for k in range(1, len(words) + 1) if ctx.facts.mentions(" ".join(words[:k])))
        if known < len(words) and _new_product_word(ctx, words[known]):
            out.append(_fail("grounding.product", name, f"names '{' '.join(words[:known + 1])}', "
                             "which no input product is called"))
        text = mask(text, m.start(), end)
    return text, out


def _new_product_word(ctx: Context, word: str) -> bool:
    # After a real brand, a word from another catalog title, a model suffix or a digit is a
    # product name the inputs never gave; any other capitalised word is just Title Case prose.
    w = word.lower()
    if w in ctx.facts.vocab:
        return False
    return any(c.isdigit() for c in w) or w in SUSPICIOUS or w in ctx.catalog.title_vocab


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


def _allowed_prices(ctx: Context) -> list[tuple[Decimal, str | None, str]]:
    """(amount, currency, what) pairs a text may state: current catalog prices of the input
    products (the input price only when the product is unknown), and the user's money fields."""
    allowed = []
    for p in ctx.facts.products:
        cat = ctx.catalog.get(str(p.get("product_id")))
        price, currency = (cat.price, cat.currency) if cat and cat.price is not None else (
            p.get("price"), p.get("currency"))
        if price is not None:
            allowed.append((_money(price), currency, f"{p.get('product_id')} price"))
    allowed += [(n.value, None, n.key) for n in ctx.facts.numbers
                if n.is_money and not n.key.startswith("product")]
    return allowed


def _money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _prices(ctx: Context, name: str) -> list[Failure]:
    out, text, allowed = [], ctx.masked[name], _allowed_prices(ctx)
    for m in PRICE_RE.finditer(text):
        amount = parse_number(m["num1"] or m["num2"])
        currency = currency_of(m["pre"] or m["post"])
        same = [a for a in allowed if amount is not None and abs(a[0] - amount) < Decimal("0.005")]
        if not any(c is None or c == currency for _, c, _ in same):
            known = ", ".join(f"{a}{f' {c}' if c else ''} ({w})" for a, c, w in allowed)
            out.append(_fail("grounding.price", name, f"states '{m.group().strip()}', which is not "
                             f"a catalog price of an input product (known: {known or 'none'})"))
        text = mask(text, *m.span())
    ctx.masked[name] = text
    return out


def _numbers(ctx: Context, name: str) -> list[Failure]:
    text = ctx.masked[name]
    for m in PHONE_RE.finditer(text):  # phone numbers are the output.phone check's business
        if is_phone(m.group()):
            text = mask(text, *m.span())
    out, seen = [], set()
    for m in NUMBER_UNIT_RE.finditer(text):
        value = parse_number(m["num"])
        if value is None or m.group() in seen:
            continue
        seen.add(m.group())
        if not number_grounded(ctx.facts, value, decimals(m["num"]), m["unit"]):
            out.append(_fail("grounding.number", name,
                             f"states '{m.group()}', which does not appear in the inputs"))
    ctx.masked[name] = text
    return out


def number_grounded(facts: InputFacts, value: Decimal, places: int, unit: str | None) -> bool:
    base = unit_base(unit, value) if unit else None
    if base and base[0] == "%":
        return any(n.value == value for n in facts.numbers) or any(
            _round(n.value * 100, places) == value for n in facts.numbers
            if 0 <= n.value <= 1 and not n.is_money)
    if base:
        if any(n.unit and n.unit[0] == base[0] and n.unit[1] == base[1] for n in facts.numbers):
            return True
        if any(n.unit and n.value == value for n in facts.numbers):
            return False  # the inputs give this number in another dimension: "500 ml" != "500 g"
    if any(n.value == value for n in facts.numbers) or value in facts.list_lengths:
        return True
    return any(_round(n.value, places) == value for n in facts.numbers
               if not n.is_money and n.value != n.value.to_integral_value())


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


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
