"""The check context: one output under check with its inputs' facts and the dictionaries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from shopcopy.guardrails.base import norm_words
from shopcopy.guardrails.catalog import Catalog, InputFacts
from shopcopy.guardrails.facts import input_facts
from shopcopy.guardrails.policy import Policy


@dataclass
class Context:
    """One output under check: its text fields, the prompt's facts and the dictionaries."""

    task: str
    inputs: Mapping[str, object]
    output: Mapping[str, object]
    fields: dict[str, str]
    facts: InputFacts
    catalog: Catalog
    policy: Policy
    locale: str
    # Per field, the text with spans already explained by an earlier check blanked out.
    masked: dict[str, str] = field(default_factory=dict)
    # Per field, (start, end, product_id) of every mention of an input product (binds prices).
    mentions: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # Per field, text a claim lexicon judged (the vocabulary check does not judge them again).
    claimed: dict[str, list[str]] = field(default_factory=dict)
    # (locale, word) of every word the vocabulary check did not know: what `--learn` adds.
    unknown: list[tuple[str, str]] = field(default_factory=list)
    # What a check computes once per text rather than once per field (e.g. anchored products).
    memo: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.masked = dict(self.fields)
        self.mentions = {f: [] for f in self.fields}
        self.claimed = {f: [] for f in self.fields}

    @cached_property
    def number_facts(self):
        return input_facts(self.inputs)

    @property
    def named_products(self) -> set[str]:
        named = {pid for spans in self.mentions.values() for _, _, pid in spans}
        # The claim lexicons run before the name checks record mentions: titles written out.
        whole = " " + norm_words(" ".join(self.fields.values())) + " "
        named |= {str(p.get("product_id")) for p in self.facts.products
                  if f" {norm_words(str(p.get('title') or ''))} " in whole}
        if self.task == "product_descriptions":
            named |= self.facts.product_ids
        return named

    @property
    def all_named_in_stock(self) -> bool:
        """Availability claims are true only when every product the text names is in stock."""
        products = [self.catalog.get(pid) for pid in self.named_products]
        return bool(products) and all(p is not None and p.in_stock for p in products)
