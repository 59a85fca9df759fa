"""Shared pieces of the guardrails: the Failure record, the check context and text patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
# Word boundaries that treat CJK as a boundary: Python's \b sees "买Voltra" as one word.
BL = r"(?<![A-Za-z0-9])"
BR = r"(?![A-Za-z0-9])"
TOKEN_RE = re.compile(rf"[{CJK}]|[^\W_{CJK}]+")

URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'，。）)]*[^\s<>\"'，。）).,;:!?]"
    r"|(?<![A-Za-z0-9@.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|cn|shop|store|xyz|info|biz|ly|me|app|link|top)(?![A-Za-z0-9-])(?:/[^\s<>\"']*[^\s<>\"'.,;:!?])?",
    re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# 7+ digits with phone separators; ISO dates are masked before this runs.
PHONE_RE = re.compile(r"(?<![A-Za-z0-9_.,])\+?\(?\d[\d\s().-]{5,}\d(?![A-Za-z0-9_])")
# The one placeholder a recommendation message may keep: the CRM fills in the first name.
FIRST_NAME = "{first_name}"


def phone_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def is_phone(match_text: str) -> bool:
    digits = phone_digits(match_text)
    return 7 <= len(digits) <= 15


def norm_words(text: str) -> str:
    """Lower-case tokens joined by one space: "XR-500 Pro" -> "xr 500 pro"; CJK char by char."""
    return " ".join(TOKEN_RE.findall(text.lower()))


def squash(text: str) -> str:
    """Lower-case alphanumerics only: "XR-500" == "xr500" == "XR 500"."""
    return "".join(TOKEN_RE.findall(text.lower()))


def mask(text: str, start: int, end: int) -> str:
    """Blank a span that a check has explained, keeping offsets (so later checks skip it)."""
    return text[:start] + "\u2591" * (end - start) + text[end:]


@dataclass(frozen=True)
class Failure:
    check: str
    severity: str  # hard | soft
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"check": self.check, "severity": self.severity, "detail": self.detail}
