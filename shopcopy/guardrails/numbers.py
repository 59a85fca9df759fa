"""Numbers as copy writes them - digits, English number words, Chinese numerals - each with what
it measures: a price (and its currency), a quantity in a unit, a percentage, a duration, a count
of something, a rank. The grounding check compares these against the meaning of input numbers.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from shopcopy.guardrails.units import COUNT_CLASSES, CURRENCY_WORDS, UNITS

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "a dozen": 12, "dozen": 12}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "k": 1000}
_W = "|".join(sorted([*ONES, *TENS, "hundred", "thousand", "million"], key=len, reverse=True))
EN_WORDS_RE = re.compile(rf"(?<![a-z])(?:{_W})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_W}))*(?![a-z])", re.I)
SUBZERO_RE = re.compile(r"(?:零下|负|(?<![a-z])minus)\s?$", re.I)
DIGITS_RE = re.compile(r"(?<![A-Za-z0-9_.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?([kK万千亿])(?![A-Za-z]))?")
CN_DIGITS = "零〇一二两三四五六七八九"
CN_ALL = CN_DIGITS + "十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟"
ZH_RE = re.compile(f"[{CN_ALL}]+")
# Chinese words made of numeral characters that are not numbers ("very", "the first", "unify").
ZH_IDIOMS = ("十分", "万分", "万一", "一一", "千万", "万万", "一点", "一点点", "一起", "一下", "一些",
             "一直", "一样", "一定", "一切", "一般", "统一", "唯一", "第一", "一流", "万能", "百分百",
             "九成", "十足", "一站", "一路", "一见", "三心二意", "五颜六色", "七上八下", "十全十美",
             "百搭", "千百", "一抹", "一开", "一抬", "一首", "一天", "一整", "一款", "一杯", "一份")
ZH_UNIT_AFTER = re.compile(
    r"\s?(毫升|升|克|公斤|千克|斤|厘米|毫米|米|瓦|流明|万像素|像素|小时|分钟|天|周|星期|个月|月|年|岁|度|"
    r"摄氏度|倍|折|分|星|%|％|元|块|美元|欧元|英镑|日元|人民币|港币|港元|件|个|人|次|单|笔|袋|包|张|页|位|"
    r"名|款|支|瓶|盒|套|条|双|把|台|部|顶|本|块|期|万|"
    # gate 2.4: 一套六只, 一包三节: the measure words of pieces and packs count too
    r"只|节|颗|粒|片|根|枚|副|罐|盏|卷|组|对)")

# "三成概率" (three tenths), "一半" (a half); not 成为/成功/成本... nor 一成不变.
ZH_FRACTION_RE = re.compile(
    r"(?<![一二两三四五六七八九十百千万\d第])(?:(?P<tenths>[一二两三四五六七八九十])成(?P<plus_half>半)?"
    r"(?![为功本员立长交品熟型年人分绩果套就对色不片群批堆])"
    # 一半 as a share of something measured (一半的概率, 约一半), not 一半工作，一半旅行
    r"|(?P<half>(?<=[约近有为])一半|一半(?=的?(?:概率|可能|机会|价|钱|人|用户|顾客|客户|买家|订单))))")
AND_A_HALF_RE = re.compile(r"(?<![a-z])(one|two|three|four|five|six|seven|eight|nine|ten|\d+) and a half(?=[\s-])", re.I)
FRACTION_RE = re.compile(r"(?<![a-z])(half|quarter)(?:\s+an?)?(?=[\s-])", re.I)
# gate 2.9 (blind11 first run: "A full kilo of dark roast" for a 500 g bag): "a kilo", "a full litre",
# "a whole metre" state one unit; not "12 USD a kilo" (a rate after a price or number)
ARTICLE_UNIT_RE = re.compile(
    r"(?<![a-z0-9$€£¥])(?:a|an|one)(?:\s+(?:full|whole|good|generous|solid|heaping|heaped|big))?"
    r"(?=\s+(?:kilos?|kilograms?|kilogrammes?|litres?|liters?|metres?|meters?)(?![a-z]))", re.I)
ARTICLE_RATE_BEFORE = re.compile(r"(?:\d|usd|eur|gbp|cny|dollars?|euros?|元|half|quarter|per)\s*$", re.I)
ZH_HALF_RE = re.compile(r"(?<![一二两三四五六七八九十百千万0-9个])半(?=\s?(?:米|升|公斤|千克)(?![米升]))")
ZH_MEASURE = re.compile(r"\s?(?:毫升|升|克|公斤|千克|厘米|毫米|米|瓦|流明|小时|摄氏度|度)")
RATE_AFTER = re.compile(r"^\s?(?:times?|orders?|purchases?|次|单)?\s?(?:a|per|each|every|/|每)\s?(day|week|month|year|天|周|月|年)\b", re.I)
EN_DURATION = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
               "months": "month", "year": "year", "years": "year", "hour": "h", "hours": "h",
               "minute": "min", "minutes": "min", "night": "day", "nights": "day"}
ZH_DURATION = {"天": "day", "周": "week", "星期": "week", "个月": "month", "月": "month", "年": "year",
               "小时": "h", "分钟": "min"}
PERCENT_AFTER = re.compile(r"\s?(?:%|％|percent|per cent|pct)", re.I)
_CUR_PRE = r"US\$|USD|CA\$|C\$|A\$|AU\$|HK\$|NZ\$|S\$|\$|€|£|¥|￥|EUR|GBP|CNY|RMB|JPY|CAD|AUD|HKD|人民币|美元|欧元"
_CUR_POST = (r"USD|EUR|GBP|CNY|RMB|JPY|CAD|AUD|HKD|dollars?|bucks?|euros?|pounds? sterling|yuan|yen|"
             r"美元|美金|欧元|英镑|日元|人民币|港币|港元|元|块钱|块")
PRE_CUR_RE = re.compile(rf"(?:{_CUR_PRE})\s?$", re.I)
POST_CUR_RE = re.compile(rf"^\s?(?:{_CUR_POST})(?![A-Za-z])", re.I)
EXTRA_CURRENCY = {"c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
                  "hk$": "HKD", "hkd": "HKD", "港币": "HKD", "港元": "HKD", "nz$": "NZD", "s$": "SGD",
                  "bucks": "USD", "buck": "USD", "yuan": "CNY", "yen": "JPY", "块": "CNY",
                  "块钱": "CNY", "美金": "USD", "pounds sterling": "GBP", "pound sterling": "GBP"}
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
UNIT_AFTER_RE = re.compile(rf"^\s?(?:-\s?)?({_UNIT_ALT})(?![A-Za-z])", re.I)
NOUN_AFTER_RE = re.compile(r"^\s?-?\s?((?:[a-z][a-z'-]*\s){0,2}[a-z][a-z'-]*)", re.I)
STOP_NOUNS = frozenset(["and", "or", "to", "in", "on", "of", "for", "at", "by", "from", "with", "than", "as", "is", "are", "was", "the", "a", "an",
                        # "0.23 over 30 days": a figure, then the period it covers
                        "over", "within", "across", "during", "throughout"])
RANK_BEFORE_RE = re.compile(r"(?:#|\bno\.?\s?|\bnumber\s|\btop\s|第)$", re.I)


@dataclass(frozen=True)
class Num:
    start: int
    end: int
    value: Decimal
    text: str
    places: int                  # decimals written: "1.40" -> 2
    in_words: bool               # written in words or Chinese numerals
    kind: str = "bare"           # price | unit | percent | duration | count | rank | bare
    unit: str | None = None      # unit spelling, currency code, duration base or counted noun
    context_end: int | None = None


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def en_words_value(words: str) -> int | None:
    """'one hundred and twenty-eight' -> 128; 'forty-nine' -> 49; None for nonsense."""
    total, current = 0, 0
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if w in ("and", "a"):
            continue
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million"):
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
    return total + current


def zh_value(text: str) -> Decimal | None:
    """Chinese numerals to a number: 一百九十九 -> 199, 四点九 -> 4.9, 一三八 -> 138."""
    if all(c in CN_DIGITS for c in text) and len(text) > 1:
        return Decimal(_digit_string(text))  # digit by digit, as phone numbers are read
    try:
        import cn2an

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Decimal(str(cn2an.cn2an(text, "normal")))
    except (ValueError, KeyError, InvalidOperation, IndexError, TypeError):
        return None


_EN_WORD_RE = re.compile(r"[a-z]+", re.I)


@dataclass(frozen=True)
class _Run:
    """One number of a run of number words (a match-like span over the text)."""
    text: str
    first: int
    last: int

    def group(self) -> str:
        return self.text[self.first:self.last]

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last


def _en_number_runs(m: re.Match) -> list[_Run]:
    """Split a run of number words where a new number starts: "two ten-kilo" is 2 and 10 (gate 2.9:
    it read as 12), "twenty five" stays 25, "one hundred and two" stays 102. A ones word after a
    ones word, or a tens word after a ones or tens word, starts a new number."""
    words = [(w.start() + m.start(), w.end() + m.start(), w.group().lower())
             for w in _EN_WORD_RE.finditer(m.group()) if w.group().lower() != "and"]
    runs, first, prev = [], words[0][0] if words else m.start(), None
    for i, (ws, _we, w) in enumerate(words):
        kind = "ones" if w in ONES or w == "a" else "tens" if w in TENS else "scale"
        if w == "dozen" and prev == "ones":
            kind = "scale"  # "a dozen"
        starts_new = prev is not None and (kind == "ones" and prev in ("ones", "teen") or
                                           kind == "tens" and prev in ("ones", "tens", "teen") or
                                           kind == "ones" and prev == "tens" and ONES.get(w, 0) >= 10)
        if starts_new:
            runs.append(_Run(m.string, first, words[i - 1][1]))
            first = ws
        prev = "teen" if kind == "ones" and ONES.get(w, 0) >= 10 else kind
    runs.append(_Run(m.string, first, m.end()))
    return runs


def _digit_string(text: str) -> str:
    table = {"零": "0", "〇": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
             "六": "6", "七": "7", "八": "8", "九": "9"}
    return "".join(table[c] for c in text)


def raw_numbers(text: str) -> list[Num]:
    """Every number in the text with its span, before classification."""
    out: list[Num] = []
    for m in DIGITS_RE.finditer(text):
        value = _dec(m[1])
        if value is None:
            continue
        scale = m[2]
        if scale in ("k", "K"):
            value *= 1000
        elif scale == "万":
            value *= 10000
        elif scale == "千":
            value *= 1000
        places = len(m[1].split(".", 1)[1]) if "." in m[1] else 0
        start = m.start()
        # "-5 °C": a minus sign right before the digits, not a hyphen between words or a range
        if start and text[start - 1] in "-−–" and (start < 2 or not text[start - 2].isalnum()):
            value, start = -value, start - 1
        elif m2 := SUBZERO_RE.search(text[max(0, start - 7):start]):
            # 零下 2 °C, 负 2 °C, minus 2 °C: the same number as the inputs' "-2 °C"
            value, start = -value, start - (len(m2.group()))
        out.append(Num(start, m.end(), value, text[start:m.end()], places, False))
    for m in (run for whole in EN_WORDS_RE.finditer(text) for run in _en_number_runs(whole)):
        words = m.group()
        value = en_words_value(words)
        # "one" and "a dozen" alone are articles and idioms far more often than counts.
        if value is None or (words.lower() in ("one", "zero") and not UNIT_AFTER_RE.match(text[m.end():])):
            continue  # "one" alone is an article or pronoun; "one litre" is a quantity
        start, value = m.start(), Decimal(value)
        if m2 := SUBZERO_RE.search(text[max(0, start - 7):start]):
            # "minus two degrees": the inputs' "-2 °C" in words (gate 2.5)
            value, start = -value, start - len(m2.group())
        out.append(Num(start, m.end(), value, text[start:m.end()], 0, True))
    for m in AND_A_HALF_RE.finditer(text):
        whole = ONES.get(m[1].lower()) if not m[1].isdigit() else int(m[1])
        if whole is not None:
            out.append(Num(m.start(), m.end(), Decimal(whole) + Decimal("0.5"), m.group(), 1, True))
    for m in FRACTION_RE.finditer(text):
        if UNIT_AFTER_RE.match(text[m.end():]):
            value = Decimal("0.5") if m[1].lower() == "half" else Decimal("0.25")
            out.append(Num(m.start(), m.end(), value, m.group(), 2, True))
    for m in ZH_FRACTION_RE.finditer(text):
        # 三成 = 30 %, 两成半 = 25 %, 一半 = 50 %: Chinese writes shares as tenths and halves.
        if m["half"]:
            value = Decimal(50)
        else:
            tenths = zh_value(m["tenths"])
            if tenths is None or not 0 < tenths <= 10:
                continue
            value = tenths * 10 + (5 if m["plus_half"] else 0)
        out.append(Num(m.start(), m.end(), value, m.group(), 0, True, "percent", "%", m.end()))
    for m in ARTICLE_UNIT_RE.finditer(text):
        if not ARTICLE_RATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            out.append(Num(m.start(), m.end(), Decimal(1), m.group(), 0, True))
    for m in ZH_HALF_RE.finditer(text):
        # 半米 = 0.5 m, 半升 = 0.5 L (gate 2.6, blind9: 半米高 for a 25 cm bear); 两米半 and 一个半 are
        # whole numbers and a half, left to the numeral runs
        out.append(Num(m.start(), m.end(), Decimal("0.5"), m.group(), 1, True))
    for m in ZH_RE.finditer(text):
        run, start = m.group(), m.start()
        if any(n.start <= start < n.end for n in out if n.kind == "percent" and n.in_words):
            continue
        decimal = text.startswith("一点", start) and text[start + 2:start + 3] in CN_DIGITS.replace("一", "") + "一"
        if not decimal and any(text.startswith(i, start) for i in ZH_IDIOMS) or text[max(0, start - 1):start] == "第":
            continue  # an idiom, or an ordinal (rankings are the lexicon's business)
        measured = ZH_MEASURE.match(text, m.end()) is not None
        if (run == "一" and not measured) or (len(run) == 1 and not _zh_counted(text, m.end())):
            continue  # 一 + classifier is "a": 一顶帐篷, 一杯咖啡; 一升 is a litre
        value = zh_value(run)
        if value is None:
            continue
        if text.endswith("零下", 0, start):  # 零下两度: two degrees below zero
            value, start = -value, start - 2
        places = len(str(value).split(".", 1)[1]) if "." in str(value) else 0
        out.append(Num(start, m.end(), value, run, places, True))
    return sorted(out, key=lambda n: n.start)


def _zh_counted(text: str, end: int) -> bool:
    return ZH_UNIT_AFTER.match(text, end) is not None


def currency_code(word: str) -> str:
    w = word.strip().lower()
    return EXTRA_CURRENCY.get(w) or CURRENCY_WORDS.get(w) or w.upper()


def classify(text: str, n: Num) -> Num:
    """What the number measures, from the words right before and after it."""
    if n.kind != "bare":
        return n  # read with its meaning already (三成 is a percentage)
    before, after = text[max(0, n.start - 12):n.start], text[n.end:n.end + 40]
    if m := PRE_CUR_RE.search(before):
        return _with(n, "price", currency_code(m.group()), n.end)
    cue = PRICE_CUE_ZH.search(before) is not None
    if (m := POST_CUR_RE.match(after)) and not _block_classifier(m.group(), after[m.end():], cue):
        cur = currency_code(m.group())
        end = n.end + m.end()
        # "九块九" / "9块9": the digits after 块 are the tenths
        if m.group().strip() in ("块", "元") and (tail := re.match(r"([0-9一二三四五六七八九])(?![0-9])", text[end:])):
            frac = tail[1] if tail[1].isdigit() else _digit_string(tail[1])
            n = Num(n.start, end + 1, n.value + Decimal(frac) / 10, n.text, 1, n.in_words)
            end = n.end
        return _with(n, "price", cur, end)
    if before.endswith("百分之"):
        return _with(n, "percent", "%", n.end)
    if m := PERCENT_AFTER.match(after):
        return _with(n, "percent", "%", n.end + m.end())
    if RANK_BEFORE_RE.search(before):
        noun = NOUN_AFTER_RE.match(after)
        return _with(n, "rank", noun[1].lower() if noun else None, n.end)
    if m := RATE_AFTER.match(after):
        base = {"天": "day", "周": "week", "月": "month", "年": "year"}.get(m[1], m[1].lower())
        return _with(n, "rate", base, n.end + m.end())
    if m := UNIT_AFTER_RE.match(after):
        unit = m[1].lower()
        if unit in EN_DURATION or UNITS[unit][0] == "h":
            return _with(n, "duration", EN_DURATION.get(unit, "h"), n.end + m.end())
        return _with(n, "unit", unit, n.end + m.end())
    if m := re.match(r"\s?(个月|小时|分钟|星期|天|周|月|年)", after):
        return _with(n, "duration", ZH_DURATION[m[1]], n.end + m.end())
    if m := re.match(r"\s?(万像素|像素)", after):
        mp = n.value / 100 if m[1] == "万像素" else n.value / Decimal(1_000_000)
        return Num(n.start, n.end + m.end(), mp, n.text, n.places, n.in_words, "unit", "mp")
    if m := re.match(r"\s?(岁)", after):
        return _with(n, "count", "岁", n.end + m.end())
    if m := re.match(r"\s?([件个人次单笔袋包张页位名款支瓶盒套条双把台部顶本块期分星倍折只节颗粒片根枚副罐盏卷组对])(人)?", after):
        return _with(n, "count", m[2] or m[1], n.end + m.end())
    if noun := NOUN_AFTER_RE.match(after):
        words = noun[1].lower().split()
        # The noun phrase ends at a function word; English puts its head last ("three
        # stainless steel bowls" counts bowls).
        cut = next((i for i, w in enumerate(words) if w in STOP_NOUNS), len(words))
        phrase = words[:cut] or words[:1]
        head = next((w for w in phrase if w in EN_DURATION or any(w in c for c in COUNT_CLASSES.values())),
                    phrase[-1])
        if head in STOP_NOUNS:
            return n  # "sleeps four and ...": not a count of "and"
        if head in EN_DURATION:
            return _with(n, "duration", EN_DURATION[head], n.end + noun.end())
        return _with(n, "count", head, n.end + noun.end())
    return n


def _block_classifier(word: str, rest: str, cue: bool = False) -> bool:
    """块 is money in 九块九 / 30块钱 / 30块。 but a classifier in 一千块积木 (a thousand blocks)."""
    return word.strip() == "块" and not re.match(r"[0-9一二三四五六七八九钱]", rest) and not cue


PRICE_CUE_ZH = re.compile(r"(?:只要|仅需|仅|才|售价|价格|到手|不到|低至)\s*$")


def _with(n: Num, kind: str, unit: str | None, end: int) -> Num:
    return Num(n.start, n.end, n.value, n.text, n.places, n.in_words, kind, unit, end)


def numbers(text: str) -> list[Num]:
    """Classified numbers, without the ones inside a larger number ("2 x 10 kg" keeps both)."""
    nums = raw_numbers(text)
    kept, last_end = [], -1
    for n in nums:
        if n.start < last_end:
            continue
        kept.append(classify(text, n))
        last_end = n.end
    return kept
