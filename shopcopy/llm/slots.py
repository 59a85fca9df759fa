"""Prompt set v3 ("slots"): the text is composed from per-segment templates that restate the
item's facts exactly (titles, brands, details, prices, dates), and the model writes one sentence
only, the slot (what a product is good for, why the picks suit a shopper, the angle of the next
message). Files: shopcopy/llm/prompts/v3/<task>/<locale>.yaml and angles.yaml.

Why: measured with v2, a tiny model asked for the whole text restated facts wrongly (a wrong
price, "$24.99 USD", the exemplar's "A5 card", a smartphone for an SD card), and the gate kept
out most of what it wrote. A slot cannot restate a fact: on llama.cpp endpoints a grammar allows
it no digits and no markup (in Chinese no Latin letters either, so the sentence is Chinese and
invents no English product name), and `parse` checks the same everywhere. The composed text is
still judged by the gate like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from string import Formatter

from shopcopy.guardrails import neutralise
from shopcopy.guardrails.base import norm_words
from shopcopy.guardrails.data import locale_data
from shopcopy.guardrails.lexicon import find_claims
from shopcopy.guardrails.product_types import types_of
from shopcopy.llm.prompt_sets import (
    END,
    FALLBACK_LOCALE,
    LocaleSet,
    files_version,
    load_spec,
)
from shopcopy.llm.slot_checks import CJK_CHAR, SlotChecks, is_zh

SLOTS_DIR = Path(__file__).resolve().parent / "prompts" / "v3"
FORMAT_VERSION = "3.1.1"  # bump when the rendering or composing below changes
COMPOSE = {
    "product_descriptions": ("headline", "description"),
    "recommendation_messages": ("subject", "body"),
    "demand_insights": ("summary", "next_need"),
}
FIRST_NAME = "{first_name}"  # the literal placeholder the mailer fills in
# What a slot may not contain, as GBNF character classes (slot_checks checks the same for
# endpoints without grammars). Chinese slots also exclude Latin letters.
_BANNED_EN = r'0-9\n#{}<>$%@&*_|~`"\\\[\]'
_BANNED_ZH = r'0-9A-Za-z\n#{}<>$%@&*_|~`"\\\[\]０-９Ａ-Ｚａ-ｚ'
_ZH_PUNCT = "，、；：。！？,;:.!?"  # a Chinese clause ends at these; the grammar joins clauses with "，" only


FACTS_ONLY_TASKS = ("product_descriptions", "recommendation_messages")
_GAP = "\u2060slot\u2060"  # stands for the sentence in compose(), then removed


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def _price(amount, currency) -> str:
    return f"{float(amount):.2f} {currency}"


def _clean(value) -> str:
    """A catalog value as it goes into a composed text: one line, inert."""
    return neutralise(" ".join(str(value).split())) if value not in (None, "") else ""


def _phrase(phrase: str, value: str) -> str:
    """A detail in its phrase ("{v} scent" -> "citrus scent"); the value alone when it already says
    the phrase's word ("unscented", not "unscented scent", read in make demo)."""
    words = [w for w in phrase.replace("{v}", " ").split() if len(w) > 2]
    if words and all(w.lower() in value.lower() for w in words):
        return value
    return phrase.format(v=value)


def _no_claim(word: str, data) -> bool:
    """A suggested word claims nothing the inputs could not back: the gate judges materials,
    colours and features against the product, but never passes who the shopper is (孩子, kids
    were offered for toys and the text rejected as claim.demographics) or an event (婚礼)."""
    return all(h.cls.name in ("material", "attribute", "feature") for h in find_claims(word, data.classes))


def as_of(inputs: dict) -> date | None:
    raw = inputs.get("as_of")
    return date.fromisoformat(str(raw)[:10]) if raw else None


@dataclass(frozen=True)
class SlotSet(SlotChecks, LocaleSet):
    """One task x locale of prompt set v3."""

    # ---- dates ------------------------------------------------------------------------
    def send_date(self, inputs: dict) -> str | None:
        """Two days before the predicted next order; without one, a week after the snapshot."""
        nxt = (inputs.get("prediction") or {}).get("next_order_date")
        if nxt:
            return (date.fromisoformat(str(nxt)[:10]) - timedelta(days=self.spec.get("send_days_before", 2))).isoformat()
        if (snap := as_of(inputs)) is not None:
            return (snap + timedelta(days=self.spec.get("no_date_days_after", 7))).isoformat()
        return None

    # ---- what the model sees ----------------------------------------------------------
    def words(self, inputs: dict) -> list[str]:
        """Words that suit the item's kind of product (the gate's glossary for the terms in its
        titles): shown to the model so its sentence talks about a card as a card, not a phone."""
        products = self._products(inputs)
        data, foreign = locale_data(self.locale), self.foreign(inputs)
        kinds = {t.split()[-1] for t in data.glossary if t.split()}
        out: list[str] = []
        for p in products:
            blob = " " + norm_words(" ".join(str(v) for v in (p.get("title"), p.get("category")) if v)) + " "
            mine = set(blob.split())
            # Another product's name, even one the glossary allows ("camera" for an SD card),
            # invites the model to describe that product instead.
            # In the glossary's order: its first words are the most typical of the kind.
            # Nor another kind's product noun ("phone" for an SD card): the model would describe it.
            own_types = types_of(blob)
            related = [w for w in data.related_in_order(blob) if not any(c.isdigit() for c in w)
                       and w not in foreign and (w in mine or w not in kinds) and _no_claim(w, data)
                       and not (types_of(w) - own_types)]
            out += [w for w in related if w not in out][: 8 if len(products) == 1 else 3]
        if is_zh(self.locale):
            out = [w for w in out if CJK_CHAR.search(w) and not re.search(r"[A-Za-z]", w)]
        return out

    def facts(self, inputs: dict) -> list[str]:
        lines = super().facts(inputs)
        if (words := self.words(inputs)) and self.spec["labels"].get("words"):
            lines.append(f"{self._label('words')}{self.sep}{('、' if is_zh(self.locale) else ', ').join(words)}")
        if self.task == "demand_insights":  # v2 renders the send date from the prediction only
            label = f"{self._label('send_date')}{self.sep}"
            lines = [ln for ln in lines if not ln.startswith(label)]
            if (inputs.get("prediction") or {}).get("next_category"):
                # The angle is about the predicted category; shown the favourite too, Gemma wrote
                # about it (推荐家居好物 for a kitchen prediction) and the sentence was refused.
                fav = f"{self._label('favourite')}{self.sep}"
                lines = [ln for ln in lines if not ln.startswith(fav)]
            if when := self.send_date(inputs):
                lines.append(f"{label}{when}")
        return lines

    def exemplars(self, inputs: dict, avoid: tuple[str, ...] = ()) -> list[dict]:
        """The angle-matching exemplar last; one of the item's own category left out, so the
        model cannot copy a sentence written for a neighbour product of the same kind. `avoid`:
        earlier candidates' replies; an exemplar one of them copied is left out of the redraw
        (Gemma wrote "每天护肤，多一点贴心。" three times running for one item), keeping two."""
        ex = super().exemplars(inputs)
        category = (inputs.get("product") or {}).get("category")
        if category and len(ex) > 3:
            same = [e for e in ex[:-1] if (e["inputs"].get("product") or {}).get("category") == category]
            ex = [e for e in ex if e not in same[:1]]
        ex = ex[-4:]
        copied = [e for e in ex if any(self.similar(r, e["slot"]) for r in avoid if r)]
        return [e for e in ex if e not in copied[: max(len(ex) - 2, 0)]]

    @property
    def slot_label(self) -> str:
        return self.spec["slot_label"]

    def completion(self, inputs: dict, avoid: tuple[str, ...] = ()) -> str:
        parts = [self.spec["intro"].strip(), ""]
        for e in self.exemplars(inputs, avoid):
            parts += [*self.facts(e["inputs"]), f"{self.slot_label}{self.sep}{e['slot']}", END, ""]
        return "\n".join([*parts, *self.facts(inputs), f"{self.slot_label}{self.sep}".rstrip()])

    def chat(self, inputs: dict, *, strict: bool = False, avoid: tuple[str, ...] = ()) -> list[dict]:
        system = self.spec["system"].strip()
        if strict and self.spec.get("strict"):
            system += "\n" + self.spec["strict"].strip()
        msgs = [{"role": "system", "content": system}]
        for e in self.exemplars(inputs, avoid):
            msgs += [{"role": "user", "content": "\n".join(self.facts(e["inputs"]))},
                     {"role": "assistant", "content": e["slot"]}]
        return [*msgs, {"role": "user", "content": "\n".join(self.facts(inputs))}]

    def grammar(self) -> str:
        """GBNF for llama.cpp: one line of allowed characters, optionally ended by a newline.
        A file's `clauses: [least, most]` (zh messages and insights) makes it that many clauses
        of three or more characters joined by "，", with no "、" or "；": measured, 17 of 28 refused
        zh message sentences were word lists ("书本、书签、书籍、小说、阅读"), then 7 of 28 fragments
        ("用得上。"). "我" only in "我们" there ("我喜欢运动" is a testimonial)."""
        if not is_zh(self.locale):
            return f'root ::= [^{_BANNED_EN}]+ "\\n"?'
        if not self.spec.get("clauses"):
            return f'root ::= [^{_BANNED_ZH}]+ "\\n"?'
        least, most = self.spec["clauses"]
        need = ' "，" clause' * (least - 1)
        more = ' ("，" clause' * (most - least) + ")?" * (most - least)
        return (f'root ::= clause{need}{more} [。！？]? "\\n"?\n'
                f'clause ::= ch ch ch+\nch ::= [^{_BANNED_ZH}{_ZH_PUNCT}我] | "我们"')

    def _values(self, inputs: dict, slot: str) -> dict[str, str]:
        zh = is_zh(self.locale)
        if self.task == "product_descriptions":
            p = inputs["product"]
            attrs = p.get("attributes") or {}
            names, phrases = self.spec.get("attribute_names", {}), self.spec.get("attribute_phrases", {})
            parts = [_phrase(phrases.get(k, f"{names.get(k, k.replace('_', ' '))} {{v}}"), _clean(v))
                     for k, v in attrs.items()]
            details = ("，" if zh else ", ").join(parts)
            return {"title": _clean(p["title"]), "brand": _clean(p.get("brand")),
                    "category": _clean(self._category(p.get("category"))),
                    "price": _price(p["price"], p["currency"]), "details": details, "slot": slot}
        if self.task == "recommendation_messages":
            products = inputs.get("products") or []
            items = [self.spec["product_item"].format(title=_clean(q["title"]), price=_price(q["price"], q["currency"]))
                     for q in products]
            sep, last = self.spec.get("list_join", [", ", " and "])
            listed = items[0] if len(items) == 1 else sep.join(items[:-1]) + last + items[-1] if items else ""
            cheapest = min(products, key=lambda q: q["price"]) if products else None
            top = (inputs.get("user") or {}).get("top_category")
            cats = {q.get("category") for q in products}
            return {"first_name": FIRST_NAME, "products": listed, "slot": slot,
                    "min_price": _price(cheapest["price"], cheapest["currency"]) if cheapest else "",
                    # a category in the subject only when every pick is of it
                    "category": _clean(self._category(top)) if top and cats == {top} else ""}
        u, pr = inputs.get("user") or {}, inputs.get("prediction") or {}
        seg = inputs.get("segment") or "unknown"
        nxt = pr.get("next_order_date")
        return {"segment_name": self.spec.get("segments", {}).get(seg, seg),
                "probability": "" if pr.get("p_purchase_30d") is None else f"{pr['p_purchase_30d']:g}",
                "expected": "" if pr.get("expected_orders_30d") is None else f"{pr['expected_orders_30d']:g}",
                "next_date": str(nxt)[:10] if nxt else "",
                "next_category": _clean(self._category(pr.get("next_category"))),
                "favourite": _clean(self._category(u.get("top_category"))), "slot": slot}

    def compose(self, inputs: dict, slot: str) -> dict | None:
        """The output fields: per field the segment's templates (else "*"), the first whose
        fields all have a value. None when no template fits (the caller counts no text)."""
        values, seg, out = self._values(inputs, slot), inputs.get("segment") or "unknown", {}
        for name, table in self.spec["compose"].items():
            options = table if isinstance(table, list) else table.get(seg) or table.get("*")
            options = [options] if isinstance(options, str) else list(options or [])
            text = next((t.format(**values) for t in options if all(values.get(f) for f in _fields(t))), None)
            if text is None:
                return None
            text = " ".join(text.split())
            out[name] = text[0].upper() + text[1:] if not is_zh(self.locale) else text
        if self.task == "demand_insights":
            if (when := self.send_date(inputs)) is None:
                return None
            out["suggested_send_date"] = when
        return out

    def parse(self, text: str, inputs: dict) -> dict | None:
        slot = self.slot(text, inputs)
        return None if slot is None else self.compose(inputs, slot)

    def facts_only(self, inputs: dict) -> dict | None:
        """The text without the model's sentence: the segment's templates and the facts they
        quote. Only where the sentence is an extra (descriptions, messages); an insight's
        sentence is its angle, so insights have none."""
        if self.task not in FACTS_ONLY_TASKS:
            return None
        out = self.compose(inputs, _GAP)
        if out is None:
            return None
        zh = is_zh(self.locale)
        for name, text in out.items():
            text = " ".join(text.replace(_GAP, "").split())
            out[name] = text if zh or not text else text[0].upper() + text[1:]
        return out


@dataclass(frozen=True)
class SlotPrompt:
    """What the generation engine asks with for one task in one form (chat | completion)."""

    task: str
    form: str
    version: str
    root: Path = SLOTS_DIR
    slots = True

    @property
    def name(self) -> str:
        return f"{self.task}/v3-{self.form}"

    def locale_set(self, locale: str) -> SlotSet:
        return _slot_set(self.root, self.task, locale)

    def _set(self, inputs: dict) -> SlotSet:
        return self.locale_set(inputs.get("locale") or FALLBACK_LOCALE)

    def chat(self, inputs: dict, *, strict: bool = False, avoid: tuple[str, ...] = ()) -> list[dict]:
        return self._set(inputs).chat(inputs, strict=strict, avoid=avoid)

    render = chat

    def completion(self, inputs: dict, avoid: tuple[str, ...] = ()) -> str:
        return self._set(inputs).completion(inputs, avoid)

    def grammar(self, inputs: dict) -> str:
        return self._set(inputs).grammar()

    def parse(self, text: str, inputs: dict) -> dict | None:
        return self._set(inputs).parse(text, inputs)

    def refusal(self, text: str, inputs: dict) -> str:
        """Why `parse` gave nothing, in words for ops.llm_calls.error."""
        why = self._set(inputs).checked(text, inputs)[1]
        return f"sentence refused: {why}" if why else "no template fits or the text is not valid output"

    def max_tokens(self, inputs: dict) -> int | None:
        return self._set(inputs).max_tokens

    def finalize(self, output: dict, inputs: dict) -> dict:
        return output  # composed by parse, send date included

    def facts_only(self, inputs: dict) -> dict | None:
        return self._set(inputs).facts_only(inputs)


@cache
def _slot_set(root: Path, task: str, locale: str) -> SlotSet:
    required = {"system", "intro", "labels", "exemplars", "slot_label", "compose"}
    stem, spec, angles = load_spec(root, task, locale, required)
    if set(spec["compose"]) != set(COMPOSE[task]):
        raise ValueError(f"Prompt set file {root / task / (stem + '.yaml')}: compose must have "
                         f"exactly {list(COMPOSE[task])}")
    return SlotSet(task, stem, spec, angles)


def slot_version(task: str, form: str, root: Path = SLOTS_DIR) -> str:
    return files_version(root, task, f"{FORMAT_VERSION}|{form}")


def load_slot_prompt(task: str, form: str, root: Path = SLOTS_DIR) -> SlotPrompt:
    if form not in ("chat", "completion"):
        raise ValueError(f"Unknown prompt form '{form}'; expected chat or completion")
    return SlotPrompt(task, form, slot_version(task, form, root), root)
