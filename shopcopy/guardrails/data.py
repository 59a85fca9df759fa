"""The gate's reviewable data files, read once per process: claim lexicons, generic vocabulary,
glossary (per locale) and the policy file. `GATE_VERSION` changes whenever any of them or the
gate's rules change, so stored verdicts know which gate judged them (see ops.guardrail_policy).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).with_name("data")
LOCALES = ("en-US", "zh-CN")
SEVERITIES = ("hard", "soft")
SOURCES = ("none", "inputs", "stock", "range", "segment", "weight")
# The gate's major version; its code and data files are hashed into gate_version() as well.
RULES_VERSION = "2.9"


def locale_key(locale: str | None) -> str:
    """The data locale for an item's locale: zh* -> zh-CN, anything else -> en-US."""
    return "zh-CN" if str(locale or "").lower().startswith("zh") else "en-US"


def fold(text: str) -> str:
    """The form every matcher sees: NFKC (full-width letters, digits and @ become ASCII), lower
    case, curly quotes straight. Same length in practice for the text we match."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


WORDS_ONLY = re.compile(r"[a-z0-9']+(?: [a-z0-9']+)*")


def latin_form(text: str) -> str:
    """Latin phrase matching treats hyphens as spaces: "best-selling" == "best selling"."""
    return re.sub(r"(?<=\w)[-\u2010-\u2013](?=\w)", " ", text)


@dataclass(frozen=True)
class Entry:
    text: str                 # the phrase, or the pattern source
    is_pattern: bool
    severity: str
    means: tuple[str, ...]    # input terms that support it (source: inputs)


@dataclass(frozen=True)
class ClaimClass:
    name: str
    severity: str
    source: str
    why: str
    tasks: tuple[str, ...] | None
    entries: tuple[Entry, ...]
    exceptions: tuple[str, ...]
    cjk: bool                 # phrases match as substrings (Chinese) instead of whole words
    # Words after which a hit is another sense of the word (origin: "Italian dinners" is a
    # cuisine, not where the item was made): the hit is not a claim.
    not_before: frozenset[str] = frozenset()
    # Built once: whole-word phrases (Latin) as a word-sequence -> entry index map, Chinese
    # phrases as a list for substring search, regular expressions (and Latin phrases with
    # punctuation, such as "#1") as one alternation.
    phrases: dict[str, int] = field(init=False, compare=False, hash=False, repr=False)
    substrings: tuple[tuple[str, int], ...] = field(init=False, compare=False, hash=False, repr=False)
    regex: re.Pattern | None = field(init=False, compare=False, hash=False, repr=False)
    except_words: frozenset[str] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        phrases, subs, parts = {}, [], []
        for i, e in sorted(enumerate(self.entries), key=lambda x: -len(x[1].text)):
            text = fold(e.text)
            if e.is_pattern:
                parts.append(f"(?P<e{i}>{e.text})")
            elif self.cjk or not text.isascii():
                subs.append((text, i))
            elif WORDS_ONLY.fullmatch(latin_form(text)):
                key = " ".join(latin_form(text).split())
                phrases.setdefault(key, i)
                for variant in _plurals(key):
                    phrases.setdefault(variant, i)
            else:
                parts.append(f"(?P<e{i}>{_phrase_body(e.text, False)})")
        object.__setattr__(self, "phrases", phrases)
        object.__setattr__(self, "substrings", tuple(subs))
        object.__setattr__(self, "regex", re.compile("|".join(parts), re.I) if parts else None)
        object.__setattr__(self, "except_words", frozenset(
            " ".join(latin_form(fold(x)).split()) if not self.cjk else fold(x) for x in self.exceptions))

    @property
    def check(self) -> str:
        return f"claim.{self.name}"


def _plurals(phrase: str) -> list[str]:
    """A lexicon phrase also matches with its last word in the plural ("best seller" ->
    "best sellers", "new mom" -> "new moms"); short words are left alone ("i" is not "is")."""
    head, _, last = phrase.rpartition(" ")
    if len(last) < 3 or not last.isalpha():
        return []
    forms = [last + "s", last + "es"] + ([last[:-1] + "ies"] if last.endswith("y") else [])
    return [f"{head} {f}".strip() for f in forms]


def _phrase_body(phrase: str, cjk: bool) -> str:
    p = fold(phrase)
    if cjk or not p.isascii():
        return re.escape(p)
    p = latin_form(p)
    return rf"(?<![a-z0-9']){re.escape(p)}(?![a-z0-9])"


@dataclass(frozen=True)
class LocaleData:
    locale: str
    classes: tuple[ClaimClass, ...]
    vocabulary: frozenset[str]
    glossary: dict[str, frozenset[str]] = field(hash=False, compare=False)
    # Words one task's own prompt uses to name its facts (an insight's 客群, 类别, 角度): any
    # output of that task may use them; they state nothing about a product.
    task_words: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)
    glossary_order: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)

    def related_in_order(self, input_norm: str) -> list[str]:
        """related_words, in the order the glossary lists them (its first words are the most
        typical of the kind: what a prompt shows a model first)."""
        ranked = sorted((pos, ti, w) for ti, term in enumerate(self.glossary_order)
                        if f" {term} " in input_norm
                        for pos, w in enumerate(self.glossary_order[term]))
        # each matched term's first word, then each one's second...: the kind and its category
        return list(dict.fromkeys(w for _, _, w in ranked))

    def related_words(self, input_norm: str) -> frozenset[str]:
        """Glossary words for every glossary term that occurs (as whole words) in the inputs."""
        words: set[str] = set()
        for term, related in self.glossary.items():
            if f" {term} " in input_norm:
                words |= related
        return frozenset(words)


def _entries(spec: dict, default_severity: str, where: str) -> tuple[Entry, ...]:
    out = []
    for raw in spec.get("phrases") or []:
        if isinstance(raw, dict):
            sev = raw.get("severity", default_severity)
            if "pattern" in raw:
                re.compile(raw["pattern"])
                out.append(Entry(raw["pattern"], True, sev, ()))
                continue
            means = raw.get("means") or raw["phrase"]
            means = tuple(str(m) for m in (means if isinstance(means, list) else [means]))
            out.append(Entry(str(raw["phrase"]), False, sev, means))
        else:
            sev = default_severity
            out.append(Entry(str(raw), False, sev, (str(raw),)))
        if sev not in SEVERITIES:
            raise ValueError(f"{where}: severity '{sev}' must be one of {SEVERITIES}")
    return tuple(out)


def parse_lexicon(data: dict, where: str = "lexicon") -> tuple[ClaimClass, ...]:
    cjk = str(data.get("locale", "")).startswith("zh")
    classes = []
    for name, spec in (data.get("classes") or {}).items():
        sev, source = spec.get("severity"), spec.get("source", "none")
        if sev not in SEVERITIES:
            raise ValueError(f"{where}: class {name}: severity must be one of {SEVERITIES}")
        if source not in SOURCES:
            raise ValueError(f"{where}: class {name}: source must be one of {SOURCES}")
        tasks = spec.get("tasks")
        classes.append(ClaimClass(name, sev, source, str(spec.get("why", "")),
                                  tuple(tasks) if tasks else None, _entries(spec, sev, f"{where}.{name}"),
                                  tuple(str(e) for e in spec.get("except") or ()), cjk,
                                  frozenset(fold(str(w)) for w in spec.get("not_before") or ())))
    return tuple(classes)


def _words(data: dict) -> frozenset[str]:
    out: set[str] = set()
    for group in (data.get("words") or {}).values():
        for w in group or []:
            out.update(fold(str(w)).split())
    return frozenset(out)


def _glossary_order(data: dict) -> dict[str, tuple[str, ...]]:
    from shopcopy.guardrails.base import norm_words

    return {norm_words(fold(str(k))): tuple(dict.fromkeys(w for v in vs for w in fold(str(v)).split()))
            for k, vs in (data.get("terms") or {}).items()}


def _read(name: str) -> dict:
    path = DATA_DIR / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"Guardrail data file {path} is unreadable: {exc}. Fix it and rerun.") from exc


@cache
def locale_data(locale: str) -> LocaleData:
    """Lexicon, vocabulary and glossary of one data locale (en-US or zh-CN), parsed once."""
    key = locale_key(locale)
    try:
        classes = parse_lexicon(_read(f"lexicon_{key}.yaml"), f"lexicon_{key}.yaml")
    except (ValueError, KeyError, TypeError, re.error) as exc:
        raise ValueError(f"Guardrail lexicon lexicon_{key}.yaml is invalid: {exc}. Fix it and rerun.") from exc
    vocabulary = _read(f"vocabulary_{key}.yaml")
    task_words = {str(task): frozenset(w for v in words or [] for w in fold(str(v)).split())
                  for task, words in (vocabulary.get("tasks") or {}).items()}
    glossary = _glossary_order(_read(f"glossary_{key}.yaml"))
    return LocaleData(key, classes, _words(vocabulary), {k: frozenset(v) for k, v in glossary.items()},
                      task_words, glossary)


@cache
def gate_version() -> str:
    """A short hash of the gate's code, every data file and the rules version: which gate
    judged a text (any change to what the gate decides gives a new version)."""
    h = hashlib.sha256(RULES_VERSION.encode())
    for path in sorted([*DATA_DIR.glob("*.yaml"), *DATA_DIR.parent.glob("*.py")]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return f"gate-{RULES_VERSION}-{h.hexdigest()[:10]}"
