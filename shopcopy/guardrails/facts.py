"""What each number of an item's inputs measures (a price, a unit, a duration, a count of
what), so a number in the copy is supported only by an input number with the same meaning."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from shopcopy.guardrails.inputs import split_instructions
from shopcopy.guardrails.numbers import Num, numbers
from shopcopy.guardrails.units import COUNT_CLASSES, KEY_CLASSES, UNITS


@dataclass(frozen=True)
class Fact:
    value: Decimal
    kind: str            # unit | percent | duration | count | bare | money
    unit: str | None     # base unit, duration base, or count class
    key: str
    prediction: bool = False


def _d(value) -> Decimal:
    return Decimal(repr(float(value))).quantize(Decimal("0.000001")).normalize()


def input_facts(inputs: Mapping) -> list[Fact]:
    """Every number of the inputs with what it measures (instruction-like sentences give none)."""
    facts: list[Fact] = []

    def walk(value, key: str) -> None:
        leaf = key.rsplit(".", 1)[-1]
        for m in re.finditer(r"(\d+)d\b", leaf):
            facts.append(Fact(Decimal(m[1]), "duration", "day", key))
        if isinstance(value, Mapping):
            for k, v in value.items():
                walk(v, f"{key}.{k}" if key else str(k))
        elif isinstance(value, list | tuple):
            facts.append(Fact(Decimal(len(value)), "count", "picks", key))
            for v in value:
                walk(v, key)
        elif isinstance(value, bool) or value is None:
            return
        elif isinstance(value, int | float):
            facts.extend(_numeric_facts(_d(value), leaf, key))
        elif isinstance(value, str):
            facts.extend(_string_facts(split_instructions(value)[0], leaf, key))

    walk(inputs, "")
    return facts


def _numeric_facts(v: Decimal, leaf: str, key: str) -> list[Fact]:
    if "price" in leaf or leaf in ("monetary", "amount", "spend", "revenue", "order_value"):
        return [Fact(v, "money", None, key)]
    if leaf.startswith("p_") or "probability" in leaf:
        return [Fact(v * 100, "percent", "%", key, prediction=True), Fact(v, "bare", None, key)]
    if "weeks" in leaf:
        return [Fact(v, "duration", "week", key), Fact(v * 7, "duration", "day", key)]
    if "days" in leaf:
        return [Fact(v, "duration", "day", key)]
    for k, cls in KEY_CLASSES.items():
        if k in leaf:
            return [Fact(v, "count", cls, key, prediction=k == "expected_orders")]
    return [Fact(v, "bare", None, key)]


def _string_facts(text: str, leaf: str, key: str) -> list[Fact]:
    out = []
    nums = numbers(text)
    for i, n in enumerate(nums):
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        # A range or a product "2 x 10 kg": the unit of the last number applies to the first.
        if nxt and nxt.kind == "unit" and re.fullmatch(r"\s*[-–~]\s*", text[n.end:nxt.start]):
            n = Num(n.start, n.end, n.value, n.text, n.places, n.in_words, "unit", nxt.unit)
        if n.kind == "unit":
            base = UNITS.get(n.unit or "")
            out.append(Fact((n.value * base[1]).normalize(), "unit", base[0], key) if base and
                       n.unit != "mp" else Fact(n.value, "unit", "mp", key))
        elif n.kind == "duration":
            out.append(Fact(n.value, "duration", n.unit, key))
        elif n.kind == "percent":
            out.append(Fact(n.value, "percent", "%", key))
        elif n.kind == "count":
            cls = KEY_CLASSES.get(leaf) or _class_of(n.unit)
            out.append(Fact(n.value, "count", cls or n.unit, key))
        if n.kind != "price":
            out.append(Fact(n.value, "bare", None, key))
        if leaf in KEY_CLASSES and n.kind == "bare":
            out.append(Fact(n.value, "count", KEY_CLASSES[leaf], key))
    return out


def _class_of(noun: str | None) -> str | None:
    if not noun:
        return None
    return next((c for c, words in COUNT_CLASSES.items() if noun in words), None)
