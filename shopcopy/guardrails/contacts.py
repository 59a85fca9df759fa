"""Contact details in any disguise: URLs, e-mails, phone numbers and messaging handles, also
spelled out ("dot com", "[at]", "six four six...", "一三八 一二三四"), spaced out, full-width.

The text is first de-obfuscated, then searched with the ordinary patterns; anything found that
the inputs (their non-instruction text) did not contain is a hard failure.
"""

from __future__ import annotations

import re
import unicodedata

from shopcopy.guardrails.base import EMAIL_RE, PHONE_RE, URL_RE, Failure, is_phone, phone_digits
from shopcopy.guardrails.numbers import ONES

HARD = "hard"
_DIGIT_WORDS = {w: str(v) for w, v in ONES.items() if v < 10} | {"oh": "0", "o": "0"}
_ZH_DIGITS = {"零": "0", "〇": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
              "六": "6", "七": "7", "八": "8", "九": "9", "幺": "1"}
DIGIT_WORD_RUN = re.compile(
    r"(?<![a-z])(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[\s,.-]+|$)){7,}", re.I)
ZH_DIGIT_RUN = re.compile("[零〇一二两三四五六七八九幺][零〇一二两三四五六七八九幺\\s-]{5,}[零〇一二两三四五六七八九幺]")
# Messaging apps, social handles and their Chinese nicknames (加V = add me on WeChat).
HANDLE_RE = re.compile(
    r"(?<![a-z])(?:whats\s?app|wechat|we\s?chat|telegram|signal app|viber|line\s?id|kakao(?:talk)?|"
    r"insta(?:gram)?|ig|facebook|fb|messenger|tik\s?tok|snapchat|twitter|x\.com|dm)(?![a-z])"
    r"|t\.me/|wa\.me/|(?<![\w.])@[a-z0-9_][a-z0-9_.]{2,}"
    r"|微信|加v|加微|vx|v信|威信|公众号|小红书|抖音|快手|qq群|qq号|(?<![a-z])qq(?![a-z])|微博|钉钉|企业微信|淘宝搜|天猫搜|旗舰店",
    re.I)
PRICE_LIKE_RE = re.compile(r"(?<![\d.])\d{1,6}\.\d{2}(?![\d.])")
VANITY_PHONE_RE = re.compile(r"\b1[-\s.]?8(?:00|88|77|66|55|44|33)[-\s.]?[A-Z0-9]{2,}[-\s.]?[A-Z0-9]{2,}\b")


def deobfuscate(text: str) -> str:
    """Undo the usual disguises so URL/e-mail/phone patterns see what a reader sees."""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"\s*(?:\[|\(|\{)\s*(?:at|@)\s*(?:\]|\)|\})\s*", "@", t, flags=re.I)
    t = re.sub(r"\s*(?:\[|\(|\{)\s*(?:dot|\.)\s*(?:\]|\)|\})\s*", ".", t, flags=re.I)
    # "glow at lumiere-care dot net": " at " is an @ only when the domain is spelled out too
    t = re.sub(r"(?<=[a-z0-9])\s+at\s+(?=[a-z0-9-]+\s+dot\s+[a-z]{2,})", "@", t, flags=re.I)
    t = re.sub(r"(?<=[a-z0-9])\s+(?:dot|点)\s+(?=[a-z0-9])", ".", t, flags=re.I)
    t = re.sub(r"(?<=[a-z0-9])(?:点|\s?dot\s?)(?=(?:com|net|org|cn|io|co|shop|store)\b)", ".", t, flags=re.I)
    t = re.sub(r"(?<=[a-z0-9])\s+(?:slash)\s+(?=[a-z0-9])", "/", t, flags=re.I)
    t = re.sub(r"(?<=[a-z0-9])\s+\.\s+(?=[a-z0-9])", ".", t, flags=re.I)
    t = DIGIT_WORD_RUN.sub(lambda m: " " + "".join(
        _DIGIT_WORDS[w.lower()] for w in re.findall(r"[a-z]+", m.group(), re.I)) + " ", t)
    t = ZH_DIGIT_RUN.sub(lambda m: " " + "".join(_ZH_DIGITS.get(c, "") for c in m.group()) + " ", t)
    return t


def check_contacts(fields: dict[str, str], clean_inputs: str, masked_dates) -> list[Failure]:
    """URLs, e-mails, phones and handles are only allowed when the inputs had them."""
    out: list[Failure] = []
    clean = deobfuscate(clean_inputs).lower()
    known_phones = [phone_digits(m.group()) for m in PHONE_RE.finditer(clean) if is_phone(m.group())]
    for name, text in fields.items():
        seen = deobfuscate(text)
        for check, pattern in (("output.email", EMAIL_RE), ("output.url", URL_RE)):
            for m in pattern.finditer(seen):
                if m.group().lower() not in clean:
                    out.append(Failure(check, HARD, f"{name}: '{m.group()}' is not in the inputs"))
            seen = pattern.sub(" ", seen)
        for m in HANDLE_RE.finditer(seen):
            if m.group().lower() not in clean:
                out.append(Failure("output.handle", HARD, f"{name}: '{m.group()}' points to a "
                                   "messaging app or social account the inputs never gave"))
                break
        # Prices ("EU 42（117.99 美元）") are not phone digits: a phone number has no cents.
        seen = PRICE_LIKE_RE.sub(" ", masked_dates(seen))
        for m in [*PHONE_RE.finditer(seen), *VANITY_PHONE_RE.finditer(seen)]:
            digits = phone_digits(m.group())
            vanity = not digits.isdigit() or m.re is VANITY_PHONE_RE
            if (vanity or is_phone(m.group())) and not any(digits and (digits in k or k in digits)
                                                           for k in known_phones):
                out.append(Failure("output.phone", HARD, f"{name}: '{m.group().strip()}' looks "
                                   "like a phone number that is not in the inputs"))
                break
    return out
