"""The check context: one output under check with its inputs' facts and the dictionaries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from shopcopy.guardrails.catalog import Catalog, InputFacts
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

    def __post_init__(self) -> None:
        self.masked = dict(self.fields)
