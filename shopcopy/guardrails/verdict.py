"""Guardrails: decide whether a generated text may be published, from the text and its inputs.

`check(task, output, inputs, catalog)` runs every check and returns a Verdict: `published` when
all pass, `needs_review` on soft failures only, `rejected` on any hard failure. Anything that can
state a false fact, break the copy in public or leak data is hard. Pure functions: no I/O except
reading the reviewable policy file once (the catalog is loaded by the caller, e.g.
shopcopy.warehouse.load_catalog).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from shopcopy.guardrails.base import Failure
from shopcopy.guardrails.catalog import Catalog, InputFacts, parse_json
from shopcopy.guardrails.context import Context
from shopcopy.guardrails.contradictions import check_contradictions
from shopcopy.guardrails.data import gate_version
from shopcopy.guardrails.exemplars import check_exemplar_copies
from shopcopy.guardrails.grounding import check_grounding
from shopcopy.guardrails.lexicon import check_claims, check_next_need, declared_checks
from shopcopy.guardrails.policy import Policy, load_policy
from shopcopy.guardrails.text import check_form
from shopcopy.guardrails.uses import check_uses
from shopcopy.guardrails.vocab import check_vocabulary
from shopcopy.tasks import TASKS

# Output fields per task, and which of them are free text (the send date is a date): from the
# task registry, never a second list.
TASK_FIELDS: dict[str, tuple[str, ...]] = {name: t.fields for name, t in TASKS.items()}
TEXT_FIELDS: dict[str, tuple[str, ...]] = {name: t.text_fields for name, t in TASKS.items()}


# Stable check names and severities (claim.* come from the lexicon files).
CHECKS: dict[str, str] = {
    "grounding.name": "hard",           # a capitalised name the inputs never gave (person, brand, place)
    "grounding.currency": "hard",       # the right amount in a currency that is not the product's
    "form.currency_twice": "soft",      # "$24.99 USD": the currency marked twice
    "output.handle": "hard",            # a messaging app or social handle (WhatsApp, 微信, @name)
    "form.markup": "hard",              # HTML or script
    "form.content_free": "hard",        # punctuation, emoji or "N/A" only
    "form.filler": "soft",              # a sentence no word of which anchors it ("Good things come to those who pick well")
    "form.json": "hard",                # JSON pasted into a field
    "form.person_name": "hard",
    "form.internal_id": "soft",         # "P00032: ..." in customer copy: true, but not copy         # "Hi Sarah", "王先生您好": the CRM fills in {first_name}
    "vocabulary.nonword": "hard",       # gibberish: not a word in any list
    "vocabulary.unknown": "soft",       # a real word the inputs and vocabulary do not have
    "grounding.brand": "hard",          # a brand the inputs never named
    "grounding.product": "hard",        # another product's name, or a product not recommended
    "grounding.model_number": "hard",
    "grounding.product_type": "hard",   # "a smart phone" for an SD card: another kind of product
    "grounding.related_product": "soft",  # a companion type ("for your camera"): a reviewer decides   # "iPhone 12 Pro Max" for an "iPhone 12"
    "grounding.compatibility": "soft",  # an accessory said to fit a type the inputs never relate it to
    "grounding.contradiction": "hard",  # "a small tee" for an XL: a fact restated wrongly in words
    "claim.use": "hard",                # an SD card that stores toys: the item used as another kind
    "grounding.number": "hard",         # a number, size or percentage not in the inputs
    "grounding.price": "hard",          # a price that is not the current catalog price
    "grounding.date": "hard",           # a date not in the inputs
    "grounding.stock": "hard",          # a recommended product that is out of stock
    "refusal": "hard",                  # "As an AI..." published as copy
    "placeholder": "hard",              # "[Product Name]", {{ }}, lorem ipsum
    "prompt_leak": "hard",              # role markers, delimiters, echoed injections
    "grounding.instruction": "hard",    # repeats what an instruction planted in the inputs said
    "empty_field": "hard",
    "output.url": "hard",               # contact details the inputs did not contain
    "output.email": "hard",
    "output.phone": "hard",
    "claim.next_need": "hard",          # an insight's next_need names another category than predicted
    "send_date.format": "hard",         # the CRM schedules on it: must be YYYY-MM-DD
    "send_date.timing": "soft",         # after the predicted next order: odd, not false
    "duplicate_field": "soft",
    "repetition": "soft",
    "length": "soft",
    "language": "soft",                 # wrong language is wrong, but states nothing false
}


def all_checks(policy: Policy | None = None) -> dict[str, str]:
    """Every check name with its severity, including the lexicons' claim classes."""
    return CHECKS | declared_checks()


@dataclass(frozen=True)
class Verdict:
    status: str  # published | needs_review | rejected
    failures: list[Failure] = field(default_factory=list)
    # (locale, word) the vocabulary did not know: what `review approve --learn` adds.
    unknown_words: tuple[tuple[str, str], ...] = ()
    gate_version: str = field(default_factory=gate_version)

    def as_dict(self) -> dict:
        """The verdict as JSON-able data (what `shopcopy guard check` prints)."""
        return {"status": self.status, "gate_version": self.gate_version,
                "failures": [f.as_dict() for f in self.failures],
                "unknown_words": [{"locale": loc, "word": w} for loc, w in self.unknown_words]}

    @property
    def hard_failures(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == "hard"]

    def failures_json(self) -> str:
        """What gen.*.guardrail_failures stores: [{"check","severity","detail"}, ...]."""
        return json.dumps([f.as_dict() for f in self.failures], ensure_ascii=False)

    @classmethod
    def from_failures(cls, failures: list[Failure], unknown_words=()) -> Verdict:
        unique = list(dict.fromkeys(failures))
        words = tuple(dict.fromkeys(unknown_words))
        if any(f.severity == "hard" for f in unique):
            return cls("rejected", unique, words)
        return cls("needs_review" if unique else "published", unique, words)


def check(task: str, output: Mapping[str, object], inputs: Mapping, catalog: Catalog,
          *, policy: Policy | None = None) -> Verdict:
    """Run every check on one generated output against the inputs of its prompt."""
    if task not in TASK_FIELDS:
        raise ValueError(f"Unknown task '{task}'; expected one of {sorted(TASK_FIELDS)}")
    output = output or {}
    fields = {f: str(output.get(f) or "") for f in TEXT_FIELDS[task]}
    locale = str(inputs.get("locale") or "en-US")
    ctx = Context(task, inputs, output, fields, InputFacts.from_inputs(task, inputs), catalog,
                  policy or load_policy(), locale)
    # Order matters: claims first (they say which words they judged), then names and numbers
    # (they blank what they explained), then the allow-list over whatever is left.
    failures = check_form(ctx) + check_claims(ctx) + check_contradictions(ctx) + check_uses(ctx)
    failures += check_next_need(ctx)
    failures += check_grounding(ctx)
    failures += check_exemplar_copies(ctx)
    failures += check_vocabulary(ctx, failures)
    return Verdict.from_failures(failures, ctx.unknown)


def guard_check(task: str, output: Mapping[str, object], inputs: Mapping,
                catalog: Catalog | None = None) -> dict:
    """Judge copy written anywhere; returns {"status", "gate_version", "failures",
    "unknown_words"}. Without a catalog, the inputs' own products are the whole catalog (other
    catalog products and stock are then not known to the check: pass the shop's catalog, e.g.
    shopcopy.warehouse.load_catalog(con), to judge those too)."""
    if catalog is None:
        products = [inputs["product"]] if isinstance(inputs.get("product"), Mapping) else list(
            inputs.get("products") or [])
        catalog = Catalog.from_products([p for p in products if isinstance(p, Mapping)],
                                        load_policy().external_brands)
    return check(task, output, inputs, catalog).as_dict()


def output_of(task: str, row: Mapping[str, object]) -> dict[str, str]:
    """The output dict of a gen.* row (its text columns), e.g. for re-checking stored text."""
    return {f: "" if row.get(f) is None else str(row.get(f)) for f in TASK_FIELDS[task]}


def check_row(task: str, row: Mapping[str, object], catalog: Catalog) -> Verdict:
    """Re-check a stored gen.* row (inputs as JSON text or dict) against today's catalog."""
    return check(task, output_of(task, row), parse_json(row.get("inputs")) or {}, catalog)


def has_hard_failure(guardrail_failures) -> bool:
    """True when a stored guardrail_failures value (JSON text or list) holds a hard failure."""
    items = parse_json(guardrail_failures) or []
    return any(isinstance(f, Mapping) and f.get("severity") == "hard" for f in items)
