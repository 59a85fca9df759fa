"""Checks on the form of a text: refusals, placeholders, leaks, banned phrases, empty or
repeated fields, lengths, language, contact details the inputs never gave, and the send date."""

from __future__ import annotations

import re
from collections import Counter

from shopcopy.guardrails.base import (
    CJK_RE,
    EMAIL_RE,
    FIRST_NAME,
    PHONE_RE,
    TOKEN_RE,
    URL_RE,
    Failure,
    is_phone,
    norm_words,
    phone_digits,
)
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.grounding import DATE_RES, _parse_iso
from shopcopy.guardrails.units import UNITS

LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")

HARD, SOFT = "hard", "soft"
REFUSAL_RE = re.compile(
    r"\bas an? (?:ai|artificial intelligence|(?:ai )?language model|ai assistant)\b"
    r"|\bI(?:'m| am)(?: not able| unable| sorry)\b|\bI (?:cannot|can't|can not|won't be able)\b"
    r"|\bI apologi[sz]e\b|\bsorry, (?:but )?I\b"
    r"|作为(?:一个)?(?:人工智能|AI|语言模型)|我无法|我不能|抱歉，我|对不起，我", re.I)
PLACEHOLDER_RE = re.compile(
    r"\[[A-Za-z][A-Za-z _'/-]{0,40}\]|<[A-Za-z][A-Za-z _-]{0,30}>|\{\{.*?\}\}|\{%.*?%\}|\$\{\w+\}"
    r"|\{[A-Za-z_][A-Za-z0-9_ ]{0,30}\}|\blorem ipsum\b|(?-i:\b(?:TODO|TBD|FIXME|INSERT [A-Z]+)\b)"
    r"|(?m:^\s*(?:headline|description|subject|body|summary|next_need|suggested_send_date)\s*:)"
    r"|\[[^\]\n]{0,20}(?:名称|名字|姓名|链接|日期|品牌)[^\]\n]{0,10}\]", re.I)
LEAK_RE = re.compile(
    r"<\|[^|>]{1,30}\|>|\[/?INST\]|<<\/?SYS>>|</?(?:data|system|user|assistant|instructions?|prompt|context|product)>"
    r"|(?m:^\s*(?:system|assistant|user|developer)\s*:)|(?-i:\bSYSTEM\s*:)|```"
    r"|\b(?:ignore|disregard) (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?|rules)"
    r"|\bsystem prompt\b|忽略(?:之前|以上|前面)的?(?:指令|指示|说明)", re.I)
EN_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "and", "or", "for", "to", "of", "in", "on", "with", "your", "you", "our", "we", "is", "are", "be", "this", "that", "it", "from", "at", "by", "can", "will", "all", "new", "just", "more", "get", "has", "have", "its"])


def check_form(ctx: Context) -> list[Failure]:
    out: list[Failure] = []
    for step in (_empty, _refusal_placeholder_leak, _banned, _duplicates, _repetition, _length,
                 _language, _contacts):
        out += step(ctx)
    if ctx.task == "demand_insights":
        out += _send_date(ctx)
    return out


def _empty(ctx: Context) -> list[Failure]:
    expected = list(ctx.fields) + (["suggested_send_date"] if ctx.task == "demand_insights" else [])
    return [Failure("empty_field", HARD, f"{f}: missing or empty") for f in expected
            if not str(ctx.output.get(f) or "").strip()]


def _allowed_here(ctx: Context, span: str) -> bool:
    """Odd-looking text copied from the inputs is data, not a template leftover."""
    return span in ctx.facts.clean_blob or (span == FIRST_NAME and ctx.task == "recommendation_messages")


def _refusal_placeholder_leak(ctx: Context) -> list[Failure]:
    out = []
    for name, text in ctx.fields.items():
        if m := REFUSAL_RE.search(text):
            out.append(Failure("refusal", HARD, f"{name}: reads like a refusal ('{m.group()}')"))
        spans = [m.group() for m in PLACEHOLDER_RE.finditer(text) if not _allowed_here(ctx, m.group())]
        if spans:
            out.append(Failure("placeholder", HARD, f"{name}: unfilled template text {spans[:3]}"))
        leaks = [m.group() for m in LEAK_RE.finditer(text)]
        if leaks:
            out.append(Failure("prompt_leak", HARD, f"{name}: prompt or injection text {leaks[:3]}"))
    return out


def _banned(ctx: Context) -> list[Failure]:
    out = []
    for group in ctx.policy.banned:
        for name, text in ctx.fields.items():
            found = sorted({m.group().lower() for m in group.pattern.finditer(text)})
            if found:
                out.append(Failure(group.check, group.severity, f"{name}: {', '.join(found)}"))
    return out


def _duplicates(ctx: Context) -> list[Failure]:
    seen: dict[str, str] = {}
    out = []
    for name, text in ctx.fields.items():
        key = norm_words(text)
        if key and key in seen:
            out.append(Failure("duplicate_field", SOFT, f"{name} repeats {seen[key]}"))
        seen.setdefault(key, name)
    return out


def _repetition(ctx: Context) -> list[Failure]:
    # Tiny models loop: the same sentence twice or the same 4 words three times.
    out = []
    for name, text in ctx.fields.items():
        sentences = [s for s in (norm_words(x) for x in re.split(r"[.!?。！？\n]+", text)) if len(s) >= 12]
        words = norm_words(text).split()
        grams = Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))
        if any(c > 1 for c in Counter(sentences).values()) or any(c > 2 for c in grams.values()):
            out.append(Failure("repetition", SOFT, f"{name}: repeats itself"))
    return out


def _length(ctx: Context) -> list[Failure]:
    limits = ctx.policy.lengths.get(ctx.task, {})
    out = []
    for name, text in ctx.fields.items():
        if name not in limits or not text.strip():
            continue
        lo, hi = limits[name]
        if ctx.locale.lower().startswith("zh"):
            lo = max(1, lo // 3)
        if not lo <= len(text.strip()) <= hi:
            out.append(Failure("length", SOFT, f"{name}: {len(text.strip())} characters, "
                               f"allowed {lo}-{hi}"))
    return out


def _language(ctx: Context) -> list[Failure]:
    lang = ctx.locale.lower().split("-")[0]
    if lang not in ("en", "zh"):
        return []  # no rule for this locale: say nothing rather than guess
    out = []
    for name, text in ctx.fields.items():
        units = _script_units(ctx, text)
        if not units:
            continue
        cjk = sum(1 for u in units if CJK_RE.fullmatch(u))
        latin = [u for u in units if LATIN_WORD_RE.fullmatch(u)]
        if lang == "zh" and cjk / len(units) < 0.5:
            out.append(Failure("language", SOFT, f"{name}: not Chinese ({cjk} of {len(units)} "
                               "words/characters are CJK, excluding product names)"))
        elif lang == "en" and (len(latin) / len(units) < 0.85 or _not_english(latin)):
            out.append(Failure("language", SOFT, f"{name}: not English for locale {ctx.locale}"))
    return out


def _script_units(ctx: Context, text: str) -> list[str]:
    """Words and CJK characters, without names/units taken from the inputs (an English product
    title inside Chinese copy is expected) and without digits."""
    for pattern in (URL_RE, EMAIL_RE):
        text = pattern.sub(" ", text)
    text = text.replace(FIRST_NAME, " ")
    return [u for u in TOKEN_RE.findall(text.lower())
            if not u.isdigit() and u not in ctx.facts.vocab and u not in UNITS]


def _not_english(words: list[str]) -> bool:
    # Latin script but another language (Spanish, French...): no English function word at all.
    return len(words) >= 8 and not any(w in EN_FUNCTION_WORDS for w in words)


def _contacts(ctx: Context) -> list[Failure]:
    """URLs, e-mail addresses and phone numbers are only allowed when the inputs had them."""
    out = []
    known = [phone_digits(m.group()) for m in PHONE_RE.finditer(ctx.facts.clean_blob) if is_phone(m.group())]
    for name, text in ctx.fields.items():
        for check, pattern in (("output.email", EMAIL_RE), ("output.url", URL_RE)):
            for m in pattern.finditer(text):
                if m.group().lower() not in ctx.facts.clean_blob.lower():
                    out.append(Failure(check, HARD, f"{name}: '{m.group()}' is not in the inputs"))
            text = pattern.sub(" ", text)
        for pattern in DATE_RES:
            text = pattern.sub(" ", text)
        for m in PHONE_RE.finditer(text):
            digits = phone_digits(m.group())
            if is_phone(m.group()) and not any(digits in k or k in digits for k in known):
                out.append(Failure("output.phone", HARD, f"{name}: '{m.group().strip()}' "
                                   "looks like a phone number that is not in the inputs"))
    return out


def _send_date(ctx: Context) -> list[Failure]:
    raw = ctx.output.get("suggested_send_date")
    if not str(raw or "").strip():
        return []  # reported by empty_field
    send = _parse_iso(raw) if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", str(raw)) else None
    if send is None:
        return [Failure("send_date.format", HARD, f"suggested_send_date '{raw}' is not YYYY-MM-DD")]
    prediction = ctx.inputs.get("prediction") or {}
    nxt = _parse_iso(prediction.get("next_order_date"))
    if nxt and send > nxt:
        return [Failure("send_date.timing", SOFT, f"suggested_send_date {send} is after the "
                        f"predicted next order date {nxt}")]
    return []

