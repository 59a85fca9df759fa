"""Numbers and prices bound to their meaning, checked against what the inputs say they measure.

A number is grounded only by an input number of the same meaning: "30" of a 30 L backpack
grounds "30 litres" but not "30 left" or "30% off"; the 5 orders of a shopper ground "5 orders"
but not "5 reward points"; a probability of 0.85 grounds "85%". A price must be the current
catalog price, in the catalog currency, of the product it is written next to.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from shopcopy.guardrails.base import Failure, mask, norm_words
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.facts import Fact, _class_of, _d, input_facts  # noqa: F401  (re-exported)
from shopcopy.guardrails.numbers import Num, numbers
from shopcopy.guardrails.units import COUNT_CLASSES, UNITS

HARD = "hard"
PREDICTION_CUE = re.compile(
    r"expect|likely|will|predict|forecast|next|more|again|预计|预测|还会|将|再|未来|下次|下一次|可能")
PRICE_CUE = re.compile(r"(?:售价|价格|只要|仅需|仅|到手|才|priced at|costs?|for just|for only|"
                       r"for|at|just|only)\s*$", re.I)
CLAUSE = re.compile(r"(?:[^,.;:!?，。；：！？\n]|(?<=\d)[.,](?=\d))+")


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def _equal(fact: Decimal, written: Num) -> bool:
    """Written as precisely as the writer chose: 0.734 -> "73", 2.08 -> "2", 3.63 -> "3.6"."""
    return fact == written.value or _round(fact, written.places) == written.value


def titles_with(products: list[dict], noun: str | None) -> int:
    """How many input products have the noun (singular or plural) in their title."""
    if not noun:
        return 0
    forms = {noun, noun.removesuffix("s"), noun.removesuffix("es")}
    if noun.endswith("ies"):
        forms.add(noun[:-3] + "y")
    forms |= {f + "s" for f in set(forms)} | {f[:-1] + "ies" for f in forms if f.endswith("y")}
    return sum(1 for p in products if forms & set(norm_words(str(p.get("title") or "")).split()))


# Gate 2.6: a bare number right after a label of what it measures is that measure. The
# probability of 0.3 with 0.77 expected orders: "购买概率 0.8" was grounded by 0.77 rounded.
LABELLED = (
    (re.compile(r"(?:购买概率|概率|可能性|probability|likelihood|chance)(?:\s*(?:是|为|约|大约|of|is|:|：))?\s*$", re.I),
     lambda f: f.key.rsplit(".", 1)[-1].startswith("p_") or "probability" in f.key),
    (re.compile(r"(?:预计订单|预期订单|订单数|expected orders|orders expected)(?:\s*(?:是|为|约|大约|of|is|:|：))?\s*$",
                re.I),
     lambda f: "expected_orders" in f.key),
)


# gate 2.7 (blind10 held "0.97 chance of buying" for p_alive 0.97): a fraction written before
# the word for a probability is that probability, not a count of chances.
PROBABILITY_AFTER = re.compile(r"^\s*(?:chance|probability|likelihood)\b|^\s*的?(?:购买)?(?:概率|可能性)", re.I)


def label_of(before: str, after: str = "", value=None):
    """The fact filter for a bare number written right after its label (or a fraction right
    before "chance"), or None."""
    if value is not None and 0 <= value <= 1 and PROBABILITY_AFTER.search(after[:24]):
        return LABELLED[0][1]
    return next((keep for rx, keep in LABELLED if rx.search(before[-24:])), None)


def grounded(n: Num, facts: list[Fact], clause: str, products: list[dict] = ()) -> bool:
    if n.kind == "unit":
        base = UNITS.get(n.unit or "")
        if n.unit == "mp" or base is None:
            return any(f.kind == "unit" and f.unit == "mp" and f.value == n.value for f in facts)
        value = (n.value * base[1]).normalize()
        return any(f.kind in ("unit", "duration") and f.unit == base[0] and f.value == value
                   for f in facts)
    if n.kind == "percent":
        return any(f.kind == "percent" and _equal(f.value, n) for f in facts)
    if n.kind == "duration":
        return any(f.kind in ("duration", "unit") and f.unit == n.unit and _equal(f.value, n)
                   for f in facts)
    if n.kind == "rate":
        # Only the model's expected orders per 30 days give a rate: "about 4 orders a month".
        return n.unit == "month" and any(f.kind == "count" and f.prediction and f.unit == "orders"
                                         and _equal(f.value, n) for f in facts)
    if n.kind == "rank":
        # "top 3 picks" ranks the list the inputs gave; any other rank is a ranking claim.
        return any(f.kind == "count" and f.unit == "picks" and f.value == n.value for f in facts)
    if n.kind == "count":
        cls = _class_of(n.unit)
        # "two cameras": a count of the input products that noun names is fine up to how many of
        # them there are; "three bowls" of a bowl set with 3 pieces counts what the set holds.
        titles = titles_with(products, n.unit)
        if titles and (n.value <= titles or any(
                f.kind == "count" and f.unit in ("pieces", "pack", "bags") and f.value == n.value
                for f in facts)):
            return True
        if n.unit in ZH_PIECE_MEASURES and any(
                f.kind == "count" and f.unit in ("pieces", "pack", "bags") and f.value == n.value
                for f in facts):
            return True  # 五只 / 四节 / 二十片: the pieces of a set or pack the inputs count
        if cls is None:
            return any(f.kind == "count" and f.unit == n.unit and f.value == n.value for f in facts)
        if cls == "orders":
            predicted = bool(PREDICTION_CUE.search(clause.lower()))
            pool = [f for f in facts if f.kind == "count" and f.unit == "orders"]
            pool = [f for f in pool if f.prediction == predicted] or pool
            return any(_equal(f.value, n) for f in pool)
        if any(f.kind == "count" and (f.unit == cls or n.unit in COUNT_CLASSES.get(f.unit or "", ()))
               and _equal(f.value, n) for f in facts):
            return True
        # "two of your three picks": fewer than the list the inputs gave is still true
        return n.unit in COUNT_CLASSES["picks"] and any(
            f.kind == "count" and f.unit == "picks" and n.value < f.value for f in facts)
    return any(f.kind != "money" and _equal(f.value, n) for f in facts)


# Gate 2.4: Chinese measure words for the pieces of a set or a pack (一套五只, 一包四节): a count
# with one is grounded by the input's pieces / pack count of the same value, and by nothing else.
ZH_PIECE_MEASURES = frozenset("只个件片颗粒枚根支条节块罐卷包袋")


def allowed_prices(ctx: Context) -> dict[str, tuple[Decimal, str | None]]:
    """product_id -> (current catalog price, currency) for the item's products."""
    out = {}
    for p in ctx.facts.products:
        pid = str(p.get("product_id"))
        cat = ctx.catalog.get(pid)
        price, cur = (cat.price, cat.currency) if cat and cat.price is not None else (
            p.get("price"), p.get("currency"))
        if price is not None:
            out[pid] = (Decimal(str(price)).quantize(Decimal("0.01"), ROUND_HALF_UP), cur)
    return out


def _bound_product(ctx: Context, name: str, n: Num) -> str | None:
    """The input product a price is written next to: the nearest mention before it in the same
    sentence, else the nearest after it; for a description, its one product."""
    text = ctx.fields[name]
    sent_start = max(text.rfind(c, 0, n.start) for c in ".!?。！？\n") + 1
    ends = [i for i in (text.find(c, n.end) for c in ".!?。！？\n") if i >= 0]
    sent_end = min(ends) if ends else len(text)
    mentions = [m for m in ctx.mentions[name] if sent_start <= m[0] and m[1] <= sent_end]
    before = [m for m in mentions if m[1] <= n.start]
    after = [m for m in mentions if m[0] >= n.end]
    if before:
        return max(before, key=lambda m: m[1])[2]
    if after:
        return min(after, key=lambda m: m[0])[2]
    return None


def check_quantities(ctx: Context, name: str) -> list[Failure]:
    text = ctx.masked[name]
    facts, prices = ctx.number_facts + _date_gaps(ctx), allowed_prices(ctx)
    user_money = [f.value for f in facts if f.kind == "money" and not f.key.startswith("product")]
    out: list[Failure] = []
    for n in numbers(text):
        end = n.context_end or n.end
        if n.kind == "bare" and PRICE_CUE.search(text[max(0, n.start - 12):n.start]) and n.places == 2:
            n = Num(n.start, n.end, n.value, n.text, n.places, n.in_words, "price", None, n.end)
        if n.kind == "price":
            out += _price(ctx, name, n, prices, user_money)
        else:
            clause = next((m.group() for m in CLAUSE.finditer(text) if m.start() <= n.start < m.end()), "")
            typed = _typed_count(ctx, text, n, end)
            if n.kind in ("bare", "count") and (keep := label_of(
                    ctx.fields[name][:n.start] if n.kind == "bare" else "", ctx.fields[name][n.end:],
                    n.value)) is not None:
                typed = any(keep(f) and f.kind != "money" and _equal(f.value, n) for f in facts) or False
            if typed is False or (typed is None and not grounded(n, facts, clause, ctx.facts.products)):
                what = {"bare": "number", "count": f"count of '{n.unit}'",
                        "rate": f"a rate per {n.unit}"}.get(n.kind, n.kind)
                out.append(Failure("grounding.number", HARD, f"{name}: states '{text[n.start:end].strip()}'"
                                   f" ({what}), which the inputs do not support"))
        text = mask(text, n.start, end)
    ctx.masked[name] = text
    return out


def _date_gaps(ctx: Context) -> list[Fact]:
    """"Send it two days ahead": the days (and whole weeks) between two dates of the inputs and
    the output's send date are facts too."""
    dates = set(ctx.facts.dates)
    with contextlib.suppress(ValueError, TypeError):
        dates.add(date.fromisoformat(str(ctx.output.get("suggested_send_date") or "")[:10]))
    out = []
    for a in dates:
        for b in dates:
            if (days := (b - a).days) > 0:
                out.append(Fact(Decimal(days), "duration", "day", "dates"))
                if days % 7 == 0:
                    out.append(Fact(Decimal(days // 7), "duration", "week", "dates"))
    return out


def _typed_count(ctx: Context, text: str, n: Num, end: int) -> bool | None:
    """三款书签 / 两台相机: a Chinese count of a product type counts the input products of that
    type (True when it fits, False when it does not); None when no type noun follows."""
    from shopcopy.guardrails.product_types import product_types, types_of

    if n.kind != "count" or not n.unit or n.unit.isascii() or ctx.task == "product_descriptions":
        return None
    pt = product_types()
    m = pt.zh_re.match(text, end) if pt.zh_re is not None else None
    if m is None:
        return None
    kind = pt.zh_type[m.group()]
    have = sum(1 for p in ctx.facts.products if kind in types_of(str(p.get("title") or "")))
    return None if have == 0 else n.value <= have


def _price(ctx: Context, name: str, n: Num, prices: dict, user_money: list) -> list[Failure]:
    written = f"'{ctx.fields[name][n.start:n.context_end or n.end].strip()}'"
    pid = _bound_product(ctx, name, n)
    if pid is None and ctx.task == "product_descriptions" and len(prices) == 1:
        pid = next(iter(prices))
    candidates = {pid: prices[pid]} if pid in prices else prices
    amount = n.value.quantize(Decimal("0.01"), ROUND_HALF_UP)
    same = [(p, cur) for p, (a, cur) in candidates.items() if a == amount]
    if not same and pid is None and any(abs(m - amount) < Decimal("0.005") for m in user_money):
        return []
    if not same:
        known = ", ".join(f"{p} {a} {c}" for p, (a, c) in candidates.items())
        where = f" next to {pid}" if pid in prices else ""
        return [Failure("grounding.price", HARD, f"{name}: states {written}{where}, which is not "
                        f"its catalog price (known: {known or 'none'})")]
    if n.unit and not any(cur is None or cur.upper() == n.unit for _, cur in same):
        return [Failure("grounding.currency", HARD, f"{name}: states {written} in {n.unit}; the "
                        f"catalog price is in {same[0][1]}")]
    return _price_bound(ctx, name, n, prices, amount, written) + _currency_twice(ctx, name, n)


# "from $16.99", "starting at", "16.99 美元起", "低至": the lowest price of what the text offers;
# "up to", "最高": the highest. True only when no product of the text costs less (more).
FLOOR_BEFORE = re.compile(r"(?:\bfrom|\bstarting (?:at|from)|\bstarts at|\bas low as|\bprices? from|"
                          r"低至|最低|只需|起价)\s*$", re.I)
FLOOR_AFTER = re.compile(r"^\s*(?:起|起售|起步|and up\b|or more\b|\+)")
CEILING_BEFORE = re.compile(r"(?:\bup to|\bat most|\bno more than|最高|最多)\s*$", re.I)


def _price_bound(ctx: Context, name: str, n: Num, prices: dict, amount: Decimal,
                 written: str) -> list[Failure]:
    if ctx.task == "product_descriptions" or len(prices) < 2:
        return []
    text = ctx.fields[name]
    before = text[max(0, n.start - 14):n.start]
    before = re.sub(r"(?:US\$|USD|\$|€|£|¥|￥)\s?$", "", before, flags=re.I)
    after = text[n.context_end or n.end:][:12]
    amounts = [a for a, _ in prices.values()]
    if (FLOOR_BEFORE.search(before) or FLOOR_AFTER.match(after)) and amount > min(amounts):
        return [Failure("grounding.price", HARD, f"{name}: states {written} as the lowest price, "
                        f"but a product of the text costs {min(amounts)}")]
    if CEILING_BEFORE.search(before) and amount < max(amounts):
        return [Failure("grounding.price", HARD, f"{name}: states {written} as the highest price, "
                        f"but a product of the text costs {max(amounts)}")]
    return []


PRE_MARK = re.compile(r"(?:US\$|\$|€|£|¥|￥|USD|EUR|GBP|CNY|RMB)\s?$", re.I)
POST_MARK = re.compile(r"^\s?(?:USD|EUR|GBP|CNY|RMB|dollars?|美元|美金|欧元|英镑|元|人民币)(?![A-Za-z])", re.I)


def _currency_twice(ctx: Context, name: str, n: Num) -> list[Failure]:
    """"$24.99 USD", "USD $24.99", "$24.99美元": the currency marked twice reads as broken copy
    (soft: nothing false, but a reviewer should see it)."""
    text = ctx.fields[name]
    pre = PRE_MARK.search(text[max(0, n.start - 5):n.start])
    post = POST_MARK.match(text[n.end:n.end + 6])
    if pre and post:
        return [Failure("form.currency_twice", "soft", f"{name}: '{text[n.start - len(pre.group()):n.end + post.end()]}'"
                        " marks the currency twice")]
    return []
