"""Everyday words: common words of ordinary language that cannot carry a fact about a product.

The allow-list (vocab.py) holds a word the inputs, glossary and vocabulary do not know; without
this rule that includes "front", "decide", 先, 日期 - words no reader takes as a claim. A word is
everyday when it is common (wordfreq for English; jieba's dictionary frequency and part of speech
for Chinese) and not claim-bearing: not a product type, no claim-bearing suffix or character,
not in the claim-word lists of data/everyday.yaml. The claim lexicons run before the allow-list
and blank what they judged, so claim phrases never reach this rule.

Gate 2.3: a word that cannot carry a claim by itself is everyday too - a common single-character
verb jieba leaves alone (煮, 剁, 窝; with its complement: 钻进去), a part every item of its kind
has (机身), a function word jieba tags as a noun (距, 主要), a container or measure noun after a
numeral (一大罐, "a 680 g jar"). What they could claim lives in the words around them (玻璃罐,
铝合金机身, 能蒸, 距 … 30 米), which stay judged; after 可/能 such a verb is a capability, held.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from functools import cache

import yaml

from shopcopy.guardrails.base import CJK
from shopcopy.guardrails.data import DATA_DIR, locale_data


@dataclass(frozen=True)
class EverydayRules:
    en_min_zipf: float
    en_suffixes: tuple[str, ...]
    en_claim_words: frozenset[str]
    en_measure_nouns: frozenset[str]
    zh_min_freq: int
    zh_min_freq_char: int
    zh_proper_pos: frozenset[str]
    zh_claim_chars: frozenset[str]
    zh_claim_words: frozenset[str]
    zh_closed_pos: tuple[str, ...] = ()
    zh_open_pos: tuple[str, ...] = ()
    zh_open_min_freq: int = 0
    zh_open_pos_char: tuple[str, ...] = ()
    zh_open_min_freq_char: int = 0
    zh_function_words: frozenset[str] = frozenset()
    zh_part_nouns: frozenset[str] = frozenset()
    zh_measure_nouns: frozenset[str] = frozenset()
    zh_complements: str = ""
    zh_not_actions: str = ""


@cache
def rules() -> EverydayRules:
    path = DATA_DIR / "everyday.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        en, zh = data["en"], data["zh"]
        return EverydayRules(
            float(en["min_zipf"]), tuple(str(s) for s in en.get("claim_suffixes") or ()),
            frozenset(str(w).lower() for ws in (en.get("claim_words") or {}).values() for w in ws),
            _words(en.get("measure_nouns")),
            int(zh["min_freq"]), int(zh["min_freq_char"]), frozenset(zh.get("proper_pos") or ()),
            frozenset("".join(str(v) for v in (zh.get("claim_chars") or {}).values())),
            frozenset(str(w) for ws in (zh.get("claim_words") or {}).values() for w in ws),
            tuple(zh.get("closed_pos") or ()), tuple(zh.get("open_pos") or ()),
            int(zh.get("open_min_freq") or 0), tuple(zh.get("open_pos_char") or ()),
            int(zh.get("open_min_freq_char") or 0), _words(zh.get("function_words")),
            _words(zh.get("part_nouns")), _words(zh.get("measure_nouns")),
            "".join(str(c) for c in zh.get("complements") or ""),
            "".join(str(c) for c in zh.get("not_actions") or ""))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"Guardrail data file {path} is invalid: {exc}. Fix it and rerun.") from exc


def _words(spec) -> frozenset[str]:
    """A word list of everyday.yaml: a list, or groups of lists (the group names document it)."""
    groups = spec.values() if isinstance(spec, dict) else [spec or []]
    return frozenset(str(w) for ws in groups for w in ws or [])


@cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def en_everyday(word: str) -> bool:
    """A lower-case English word (or a hyphen part) that is common and claims nothing."""
    r = rules()
    if word in r.en_claim_words or any(word.endswith(s) and len(word) > len(s) + 2
                                       for s in r.en_suffixes):
        return False
    return _zipf(word) >= r.en_min_zipf


@cache
def _jieba_dictionary() -> dict[str, tuple[int, str]]:
    """jieba's own dictionary (word, frequency, part of speech), common entries only."""
    import jieba

    r = rules()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    out: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            freq = int(parts[1])
            char_floor = min(r.zh_min_freq_char, r.zh_open_min_freq_char or r.zh_min_freq_char)
            if freq >= (char_floor if len(parts[0]) == 1 else r.zh_min_freq):
                out[parts[0]] = (freq, parts[2])
    return out


# Parts of speech of characters that act, qualify or connect (说, 先, 奉, 了) rather than name.
ACTING_POS = ("v", "d", "p", "c", "u", "r", "y", "e", "o", "f", "t", "q", "m")


def zh_oov_run_ok(run: str) -> bool:
    """Characters jieba could not join into a dictionary word ("先说", "明基"): fine when every
    one is an everyday character and one of them acts or connects (先说 = first + say); a run of
    naming characters (明基, 宝洁) reads as a name, so it stays unknown."""
    chars = [_jieba_dictionary().get(c) for c in run]
    return all(zh_everyday(c) for c in run) and any(
        e is not None and e[1].startswith(ACTING_POS) or zh_everyday_class(c) == "verb"
        for c, e in zip(run, chars, strict=True))


@cache
def zh_everyday(token: str) -> bool:
    """A jieba token that is a common dictionary word (or character) and claims nothing."""
    return zh_everyday_class(token) is not None


@cache
def zh_everyday_class(token: str) -> str | None:
    """Why a token is everyday: "closed" (a function word: adverb, preposition, measure word...,
    or one jieba tags as a noun: 距, 主要), "part" (a part of the item itself: 机身, 瓶身),
    "verb" (a common single-character verb standing alone: 煮, 剁, 抹) or "open" (a very
    common verb or adjective); None when it is not everyday."""
    r = rules()
    if token in r.zh_claim_words or any(c in r.zh_claim_chars for c in token):
        return None
    if token in r.zh_function_words:
        return "closed"
    if token in r.zh_part_nouns:
        return "part"
    entry = _jieba_dictionary().get(token)
    if entry is None or entry[1] in r.zh_proper_pos:
        # not a common dictionary word: a verb with its complement (钻进去) is still the verb
        return "verb" if entry is None and 1 < len(token) <= 3 and _verb_phrase(token) else None
    freq, pos = entry
    single = len(token) == 1
    if pos in r.zh_closed_pos or (pos[:1] in r.zh_closed_pos and pos[:1] in "ud"):
        return "closed" if not single or freq >= r.zh_min_freq_char else None
    if pos in r.zh_open_pos and freq >= r.zh_open_min_freq and (not single or freq >= r.zh_min_freq_char):
        return "open"
    if single and pos in r.zh_open_pos_char and freq >= r.zh_open_min_freq_char \
            and token not in r.zh_not_actions:
        # jieba's dictionary joins what a claim is made of into words (防水, 纯棉, 包邮); a
        # common verb (or verb morpheme) it leaves on its own names an action - 煮, 剁, 窝 -
        # and what is done to what is carried by the nouns around it, judged on their own.
        return "verb"
    return "verb" if 1 < len(token) <= 3 and _verb_phrase(token) else None


def _verb_phrase(token: str) -> bool:
    """A single-character verb with a directional or resultative complement (钻进去, 捞出, 拌匀,
    记下) or doubled (剁剁, 醒醒): the verb's action, nothing more."""
    r = rules()
    head, rest = token[0], token[1:]
    if _single_verb(head) is False:
        return False
    return rest == head or all(c in r.zh_complements for c in rest)


def _single_verb(c: str) -> bool:
    r = rules()
    e = _jieba_dictionary().get(c)
    return e is not None and e[1] in r.zh_open_pos_char and e[0] >= r.zh_open_min_freq_char \
        and c not in r.zh_claim_chars and c not in r.zh_not_actions


def zh_measure_noun(token: str) -> bool:
    """A container or measure noun (罐, 碗, 锅): after a numeral it counts, it claims nothing."""
    return token in rules().zh_measure_nouns


# A numeral (digits, Chinese numerals, 几/每/半/满/整), optionally 大/小, right before a word.
COUNTED_RE = re.compile(r"(?:[0-9０-９]|[一二两三四五六七八九十百千万几每半满整])\s*[大小满整]?\s*$")


def zh_counted(before: str) -> bool:
    """The text before a word ends with a numeral: the word is counted (一大罐, 两碗)."""
    return COUNTED_RE.search(before[-4:]) is not None


# "a 680 g jar", "2 bags": a number (with its unit) right before; "a bowl of", "jars of": "of" after.
EN_COUNT_BEFORE = re.compile(r"(?:\d[\d.,]*\s?(?:[a-z]{1,3}\.?\s)?|\b(?:one|two|three|four|five|six|a|an)\s)$", re.I)
EN_OF_AFTER = re.compile(r"\s+of\b", re.I)


def en_measure(word: str, before: str, after: str) -> bool:
    """A container or measure noun used as a measure: "680 g jar", "a bowl of pasta" (the
    amount is the number check's); "in a glass jar" is no measure and stays judged."""
    w = word.lower()
    if w not in rules().en_measure_nouns and not (w.endswith("s") and w[:-1] in rules().en_measure_nouns):
        return False
    if EN_OF_AFTER.match(after):
        return True
    m = EN_COUNT_BEFORE.search(before[-12:])
    return m is not None and m.group().strip().lower() not in ("a", "an")


# The zh-CN word segmenter (here, not in vocab.py, so that form checks and the vocabulary share it
# without importing each other).
@cache
def zh_tokenizer():
    """A jieba tokenizer that knows the zh-CN vocabulary, glossary and lexicon phrases."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    data = locale_data("zh-CN")
    words = set(data.vocabulary) | {w for ws in data.glossary.values() for w in ws}
    words |= {e.text for c in data.classes for e in c.entries if not e.is_pattern}
    for w in words:
        if re.fullmatch(f"[{CJK}]+", w) and len(w) > 1:
            tk.add_word(w, freq=50000)
    return tk
