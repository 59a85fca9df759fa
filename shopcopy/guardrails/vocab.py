"""The allow-list: every content word of a text must come from its inputs, the glossary entry of
a term the inputs contain, the generic marketing vocabulary, or the learned vocabulary.

What is left after the claim, name and number checks have blanked what they judged:
- an unknown real word is soft (`vocabulary.unknown`): a reviewer approves and learns it;
- a string that is no word at all (not in the word-frequency list) is hard (`vocabulary.nonword`):
  published gibberish breaks the copy;
- a capitalised unknown word inside a sentence is a name - a person, a brand, a place - the
  inputs never gave: hard (`grounding.name`).
"""

from __future__ import annotations

import re
from functools import cache

from shopcopy.guardrails.base import CJK, Failure, norm_words
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.data import LocaleData, fold, locale_data
from shopcopy.guardrails.everyday import (
    en_everyday,
    en_measure,
    zh_counted,
    zh_everyday,
    zh_everyday_class,
    zh_measure_noun,
    zh_oov_run_ok,
)
from shopcopy.guardrails.everyday import zh_tokenizer as _zh_tokenizer
from shopcopy.guardrails.units import UNITS

HARD, SOFT = "hard", "soft"
WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*")
CJK_RUN_RE = re.compile(f"[{CJK}]+")
SUFFIXES = ("'s", "s", "es", "ies", "ed", "d", "ing", "er", "ers", "est", "ly", "ily", "ness")
# "Best regards", "Best wishes": a letter closing, not a person called Best.
CLOSING_RE = re.compile(r"[ \t]+(?:regards|wishes)\b", re.I)
# "Mark your page", "Sue the...": a first name at the start of a sentence, followed by what a verb
# takes, is the verb (gate 2.7; blind8 held "Mark your page and come back to it later").
IMPERATIVE_RE = re.compile(r"[ \t]+(?:your|the|a|an|it|them|this|these|those|my|our|up|down|off|out|every|each)\b")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n…]|[。！？：；])[\s\"'“”‘’(（\-–—]*$")




@cache
def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def _stems(w: str) -> list[str]:
    out = [w]
    for suf in ("iest", "ier", "ily"):
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            out.append(w[: -len(suf)] + "y")
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            base = w[: -len(suf)]
            out += [base, base + "e", base + "y"]
            if len(base) > 2 and base[-1] == base[-2]:
                out.append(base[:-1])  # "shopping" -> "shop"
    return out


class Known:
    """Membership in the union of the vocabulary, the item's inputs and glossary, and the
    learned words, without building the union for every text."""

    def __init__(self, *sets) -> None:
        self.sets = [s for s in sets if s]

    def __contains__(self, word: str) -> bool:
        return any(word in s for s in self.sets)


@cache
def _base_words(locale: str) -> frozenset[str]:
    return locale_data(locale).vocabulary | frozenset(UNITS)


def _known_set(ctx: Context, data: LocaleData) -> Known:
    learned = ctx.catalog.vocabulary.get(data.locale, frozenset())
    inputs = ctx.facts.clean_words | set(fold(ctx.facts.clean_blob).split())
    keys = " ".join(norm_words(k.replace("_", " ")) for k in ctx.facts.key_names)
    related = data.related_words(ctx.facts.clean_norm_blob + " " + keys + " ")
    return Known(_base_words(data.locale), related, learned, inputs,
                 data.task_words.get(ctx.task, frozenset()))


def _latin_known(w: str, known: Known) -> bool:
    return any(s in known for s in _stems(w)) or all(
        any(s in known for s in _stems(p)) for p in w.split("'") if p)


def _title_case(text: str) -> bool:
    words = [w for w in WORD_RE.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _blank_claims(ctx: Context, name: str, text: str, written: str | None = None) -> str:
    """Blank what a claim lexicon judged, and template leftovers the placeholder check judged.
    Latin hits only as whole words: the testimonial "i" is not the i of "write". Hits are found
    in the text as written (same offsets) when given: a claim another check blanked part of
    (羊毛 in 羊毛毯, whose 毛毯 the product-type check took) is still blanked whole."""
    from shopcopy.guardrails.text import PLACEHOLDER_RE

    text = PLACEHOLDER_RE.sub(lambda m: " " * len(m.group()), text)
    source = written if written is not None and len(written) == len(text) else text
    folded = fold(source) if len(fold(source)) == len(source) else source.lower()
    for hit in set(ctx.claimed[name]):
        pattern = re.escape(hit) if not hit.isascii() else rf"(?<![a-z0-9']){re.escape(hit)}(?![a-z0-9])"
        for m in re.finditer(pattern, folded):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


def check_vocabulary(ctx: Context, prior: list[Failure] = ()) -> list[Failure]:
    en = locale_data("en-US")
    zh = locale_data(ctx.locale) if locale_data(ctx.locale).locale == "zh-CN" else None
    known_en = _known_set(ctx, en)
    known_zh = _known_set(ctx, zh) if zh else Known()
    out: list[Failure] = []
    # Another language is the language check's business, not a list of non-words.
    foreign = {f.detail.split(":", 1)[0] for f in prior if f.check == "language"}
    for name in ctx.fields:
        blank = " " * len("{first_name}")
        masked = ctx.masked[name].replace("{first_name}", blank)
        # The text as written, same offsets: what a word is next to (a numeral before a measure
        # noun) after the number check blanked the numbers.
        written = ctx.fields[name].replace("{first_name}", blank)
        written = written if len(written) == len(masked) else masked
        text = _blank_claims(ctx, name, masked, written)
        unknown, nonwords, names = [], [], []
        title_case = _title_case(ctx.fields[name])
        for m in WORD_RE.finditer(text):
            raw = m.group()
            for part in raw.split("-"):
                w = part.lower().strip("'")
                if len(w) < 2 or _latin_known(w, known_en):
                    continue
                at_start = SENTENCE_START.search(text[:m.start()]) is not None
                capital = raw[0].isupper() and not title_case
                if capital and (not at_start or (raw in _person_names() and not CLOSING_RE.match(text, m.end())
                                                 and not IMPERATIVE_RE.match(text, m.end()))):
                    names.append(raw)
                elif en_everyday(w) or en_measure(part, written[:m.start()], written[m.end():]):
                    continue  # a common word that claims nothing, or a measure (everyday.py)
                elif _zipf(w, "en") == 0 and name not in foreign:
                    nonwords.append(raw)
                else:
                    unknown.append(w)
                    ctx.unknown.append((en.locale, w))
        if zh:
            tk = _zh_tokenizer()
            for m in CJK_RUN_RE.finditer(text):
                before = written[:m.start()]
                for tok, oov in _zh_words(tk.lcut(m.group(), HMM=False), known_zh):
                    counted = (zh_counted(before) and zh_measure_noun(tok)) or (
                        len(tok) > 1 and zh_counted(before + tok[:-1]) and zh_measure_noun(tok[-1])
                        and all(zh_everyday_class(c) == "closed" for c in tok[:-1]))
                    before += tok
                    if counted:
                        continue  # 一大罐, 两碗: a measure after a numeral; the count is the number check's
                    if PRICE_LABEL_RE.fullmatch(tok) and PRICE_AFTER_RE.match(written, len(before)):
                        continue  # 现售 52.99 USD: the label of a price the number check judged
                    if not oov and _capability(before[:-len(tok)], tok) and not _zh_known(
                            tok, known_zh, verbs=False):
                        # 可拆, 能蒸, 可以叠: what the item can do is a feature claim, not an action
                        unknown.append(tok)
                        ctx.unknown.append((zh.locale, tok))
                        continue
                    if not ((tok in known_zh or zh_oov_run_ok(tok)) if oov else _zh_known(tok, known_zh)):
                        unknown.append(tok)
                        ctx.unknown.append((zh.locale, tok))
        if names:
            out.append(Failure("grounding.name", HARD, f"{name}: names {_list(names)}, which the "
                               "inputs never gave (a person, brand or place?)"))
        if nonwords:
            out.append(Failure("vocabulary.nonword", HARD, f"{name}: {_list(nonwords)} is not a word"))
        if unknown:
            out.append(Failure("vocabulary.unknown", SOFT, f"{name}: {_list(unknown)} not in the "
                               "inputs or the vocabulary (approve with --learn to add)"))
    return out


# 现售, 仅售, 现价 right before a price: the price's label (the number check binds the price);
# 特价, 折后价 are offers, judged by the lexicon before this.
PRICE_LABEL_RE = re.compile(r"[现仅只]?[售卖]价?|现价")
PRICE_AFTER_RE = re.compile(r"\s*(?:[$¥€£]\s*)?\d")


# 可 / 能 / 可以 / 能够 right before a verb: the item's capability (可拆, 能蒸), a feature claim.
CAPABLE_RE = re.compile(r"(?:可|能)(?:以|够)?$")


def _capability(before: str, tok: str) -> bool:
    """能蒸, 可以叠, 可拆: a verb the everyday rule admits only as an action standing alone
    (everyday.yaml open_pos_char) says, after 可/能, what the item can do: a feature claim."""
    if tok[:1] in "可能" and len(tok) == 2 and zh_everyday_class(tok[1]) == "verb":
        return True
    return CAPABLE_RE.search(before) is not None and zh_everyday_class(tok) == "verb"


def _zh_words(tokens: list[str], known: Known) -> list[tuple[str, bool]]:
    """jieba (without its HMM) cuts a word its dictionary lacks into characters: two or more
    unknown characters in a row are one out-of-vocabulary run (a brand, a name, a coinage such
    as 明基, or just 先说), judged whole: (token, is an out-of-vocabulary run)."""
    out: list[tuple[str, bool]] = []
    loose: list[str] = []
    for tok in [*tokens, ""]:
        if len(tok) == 1 and tok not in known:
            loose.append(tok)
            continue
        if len(loose) > 1:
            out.append(("".join(loose), True))
        else:
            out += [(c, False) for c in loose]
        loose = []
        if tok:
            out.append((tok, False))
    return out


def _person_names() -> frozenset[str]:
    from shopcopy.guardrails.text import first_names

    return first_names()


def _zh_known(tok: str, known: Known, verbs: bool = True) -> bool:
    """Known from the inputs, vocabulary or the everyday rule (verbs=False: not through a verb
    the rule admits only as an action standing alone)."""
    if tok in known or (zh_everyday(tok) if verbs else zh_everyday_class(tok) in ("closed", "part", "open")):
        return True
    # A compound jieba kept whole is known when it splits into known words. A single character
    # admitted only as a verb standing alone (煮, 统) is no piece of one: a dictionary word is
    # more than its characters (统一 is not 统 + 一).
    n = len(tok)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        ok[i] = any(ok[j] and (tok[j:i] in known or (
            (zh_everyday(tok[j:i]) if verbs else zh_everyday_class(tok[j:i]) in ("closed", "part", "open"))
            if i - j > 1 else zh_everyday_class(tok[j:i]) in ("closed", "open")))
                    for j in range(max(0, i - 6), i))
    return ok[n]


def _list(words: list[str]) -> str:
    uniq = list(dict.fromkeys(words))
    return ", ".join(f"'{w}'" for w in uniq[:8]) + (f" (+{len(uniq) - 8} more)" if len(uniq) > 8 else "")
