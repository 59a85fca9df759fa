"""Numbers, units and currency amounts as written in English or Chinese copy.

Units are normalised to a base ("500ml" == "500 ml" == "0.5 L"), so the grounding check compares
quantities, not spellings.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# unit spelling (lower-case) -> (base unit, factor to the base)
UNITS: dict[str, tuple[str, Decimal]] = {
    "ml": ("l", Decimal("0.001")), "毫升": ("l", Decimal("0.001")),
    "l": ("l", Decimal(1)), "litre": ("l", Decimal(1)), "litres": ("l", Decimal(1)),
    "liter": ("l", Decimal(1)), "liters": ("l", Decimal(1)), "升": ("l", Decimal(1)),
    "g": ("kg", Decimal("0.001")), "gram": ("kg", Decimal("0.001")),
    "grams": ("kg", Decimal("0.001")), "克": ("kg", Decimal("0.001")),
    "kg": ("kg", Decimal(1)), "kilogram": ("kg", Decimal(1)), "kilograms": ("kg", Decimal(1)),
    "公斤": ("kg", Decimal(1)), "千克": ("kg", Decimal(1)),
    "mm": ("m", Decimal("0.001")), "毫米": ("m", Decimal("0.001")),
    "cm": ("m", Decimal("0.01")), "厘米": ("m", Decimal("0.01")),
    "m": ("m", Decimal(1)), "meter": ("m", Decimal(1)), "meters": ("m", Decimal(1)),
    "metre": ("m", Decimal(1)), "metres": ("m", Decimal(1)), "米": ("m", Decimal(1)),
    "h": ("h", Decimal(1)), "hr": ("h", Decimal(1)), "hrs": ("h", Decimal(1)),
    "hour": ("h", Decimal(1)), "hours": ("h", Decimal(1)), "小时": ("h", Decimal(1)),
    "w": ("w", Decimal(1)), "watt": ("w", Decimal(1)), "watts": ("w", Decimal(1)),
    "瓦": ("w", Decimal(1)),
    "mp": ("mp", Decimal(1)), "megapixel": ("mp", Decimal(1)), "megapixels": ("mp", Decimal(1)),
    "gb": ("gb", Decimal(1)), "tb": ("gb", Decimal(1000)),
    "lm": ("lm", Decimal(1)), "lumen": ("lm", Decimal(1)), "lumens": ("lm", Decimal(1)),
    "流明": ("lm", Decimal(1)),
    "°c": ("c", Decimal(1)), "℃": ("c", Decimal(1)), "度": ("c", Decimal(1)),
    "mah": ("mah", Decimal(1)), "oz": ("oz", Decimal(1)), "lb": ("lb", Decimal(1)),
    "lbs": ("lb", Decimal(1)), "inch": ("in", Decimal(1)), "inches": ("in", Decimal(1)),
    "millilitre": ("l", Decimal("0.001")), "millilitres": ("l", Decimal("0.001")),
    "milliliter": ("l", Decimal("0.001")), "milliliters": ("l", Decimal("0.001")),
    "centimetre": ("m", Decimal("0.01")), "centimetres": ("m", Decimal("0.01")),
    "centimeter": ("m", Decimal("0.01")), "centimeters": ("m", Decimal("0.01")),
    "millimetre": ("m", Decimal("0.001")), "millimetres": ("m", Decimal("0.001")),
    "millimeter": ("m", Decimal("0.001")), "millimeters": ("m", Decimal("0.001")),
    "gigabyte": ("gb", Decimal(1)), "gigabytes": ("gb", Decimal(1)), "gig": ("gb", Decimal(1)),
    "gigs": ("gb", Decimal(1)), "terabyte": ("gb", Decimal(1000)), "terabytes": ("gb", Decimal(1000)),
    "kilo": ("kg", Decimal(1)), "kilos": ("kg", Decimal(1)), "kilometre": ("m", Decimal(1000)),
    "degrees": ("c", Decimal(1)), "degree": ("c", Decimal(1)), "摄氏度": ("c", Decimal(1)),
    "°": ("c", Decimal(1)),
    "%": ("%", Decimal(1)), "percent": ("%", Decimal(1)), "per cent": ("%", Decimal(1)),
}
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# A number: 1,299.99 | 19.99 | 500 (never part of a word such as P00012 or S23).
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER_UNIT_RE = re.compile(
    rf"(?<![A-Za-z0-9_.])(?P<num>{NUM})(?:\s?(?P<unit>{_UNIT_ALT})(?![A-Za-z]))?", re.I)

# Currency amounts, symbol before or code/word after. "¥" alone is read as CNY.
CURRENCY_WORDS = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "美元": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR",
    "£": "GBP", "gbp": "GBP", "英镑": "GBP",
    "¥": "CNY", "￥": "CNY", "cny": "CNY", "rmb": "CNY", "元": "CNY", "人民币": "CNY",
    "jpy": "JPY", "日元": "JPY",
}
_PRE = r"US\$|\$|€|£|¥|￥|USD|EUR|GBP|CNY|RMB|JPY"
_POST = r"USD|EUR|GBP|CNY|RMB|JPY|dollars?|euros?|美元|欧元|英镑|日元|人民币|元"
PRICE_RE = re.compile(
    rf"(?:(?P<pre>{_PRE})\s?(?P<num1>{NUM}))|(?:(?<![A-Za-z0-9_.])(?P<num2>{NUM})\s?(?P<post>{_POST})(?![A-Za-z]))",
    re.I)


def parse_number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def unit_base(unit: str, value: Decimal) -> tuple[str, Decimal] | None:
    base = UNITS.get(unit.lower())
    return (base[0], (value * base[1]).normalize()) if base else None


def currency_of(word: str) -> str:
    return CURRENCY_WORDS.get(word.lower(), word.upper())


def decimals(text: str) -> int:
    """How precisely a number was written: "1.40" -> 2, "73" -> 0."""
    return len(text.split(".", 1)[1]) if "." in text else 0


# Nouns a count may be of, by what the input number counts.
COUNT_CLASSES: dict[str, frozenset[str]] = {
    "orders": frozenset(["order", "orders", "purchase", "purchases", "time", "times", "次", "单", "笔", "订单"]),
    "picks": frozenset(["pick", "picks", "product", "products", "item", "items", "thing", "things", "idea", "ideas", "favourite", "favourites", "favorite", "favorites", "recommendation", "recommendations", "find", "finds", "set", "sets", "pair", "pairs", "way", "ways", "件", "样", "款", "个", "把", "支", "瓶", "包", "顶", "台", "只", "双", "条", "本", "套", "盒"]),
    "pieces": frozenset(["piece", "pieces", "block", "blocks", "part", "parts", "块", "件", "片", "件套", "套"]),
    "players": frozenset(["player", "players", "people", "person", "persons", "friends", "sleepers", "sleeper", "campers", "人", "位", "名", "玩家"]),
    "bags": frozenset(["bag", "bags", "tea", "teabags", "sachets", "袋", "包", "茶包"]),
    "pages": frozenset(["page", "pages", "页"]),
    "pack": frozenset(["pack", "packs", "batteries", "battery", "节", "个", "件"]),
    "age": frozenset(["year", "years", "year-olds", "year-old", "ages", "岁", "plus", "up", "over", "older"]),
    "x": frozenset(["x", "dumbbells", "weights", "个", "只"]),
}
KEY_CLASSES = {"frequency": "orders", "expected_orders": "orders", "pieces": "pieces",
               "players": "players", "bags": "bags", "pages": "pages", "age": "age"}
