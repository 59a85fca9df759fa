"""The one registry of generation tasks: every other part (generation, review, marts, report,
guardrails' field lists) reads its task names, tables, output fields and keys from here."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from shopcopy.llm import schemas


@dataclass(frozen=True)
class TaskSpec:
    name: str
    output_model: type[BaseModel]
    key_columns: tuple[str, ...]   # the item's identity in its gen.* table
    id_prefix: str                 # output_id prefix: pd-…, rm-…, di-…
    fields: tuple[str, ...]        # the output's columns, in order
    date_fields: tuple[str, ...] = ()   # output fields that are dates, not free text

    @property
    def table(self) -> str:
        return f"gen.{self.name}"

    @property
    def text_fields(self) -> tuple[str, ...]:
        return tuple(f for f in self.fields if f not in self.date_fields)


TASKS: dict[str, TaskSpec] = {
    t.name: t
    for t in (
        TaskSpec("product_descriptions", schemas.ProductDescription,
                 ("product_id", "segment", "locale"), "pd", ("headline", "description")),
        TaskSpec("recommendation_messages", schemas.RecommendationMessage,
                 ("user_id",), "rm", ("subject", "body")),
        TaskSpec("demand_insights", schemas.DemandInsight,
                 ("user_id",), "di", ("summary", "next_need", "suggested_send_date"),
                 date_fields=("suggested_send_date",)),
    )
}


def task(name: str) -> TaskSpec:
    try:
        return TASKS[name]
    except KeyError:
        raise ValueError(f"Unknown task '{name}'; expected one of {sorted(TASKS)}") from None
