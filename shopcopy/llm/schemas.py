"""Pydantic models for what goes into a prompt (explicit allow-lists) and what must come back.

Input models are the canonical facts of one item: their field order is the key order of the JSON
that is hashed, stored in `inputs` and quoted into the prompt. Nothing outside these fields (no
name, email or phone) can reach a prompt, because prompts are rendered only from these models.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_serializer,
    model_validator,
)

# Locale and segment come from customer data; keep them to harmless codes so they cannot carry text.
_LOCALE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,2}$")
_SEGMENT = re.compile(r"^[\w][\w -]{0,39}$")


class _Facts(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


def _locale(v: Any) -> str:
    return v if isinstance(v, str) and _LOCALE.match(v) else "en"


def _segment(v: Any) -> str:
    return v if isinstance(v, str) and _SEGMENT.match(v) else "unknown"


def _money(v: Any) -> float | None:
    return None if v is None else round(float(v), 2)


def _rounded(digits: int):
    return BeforeValidator(lambda v: None if v is None else round(float(v), digits))


# Cleaned on the way in, so the prompt and the input hash only ever see these forms.
Locale = Annotated[str, BeforeValidator(_locale)]
Segment = Annotated[str, BeforeValidator(_segment)]
Money = Annotated[float, BeforeValidator(_money)]


class RecProduct(_Facts):
    """A product as a message quotes it (the same fields, in the same order, start ProductFacts)."""
    product_id: str
    title: str
    brand: str | None = None
    category: str
    price: Money
    currency: str


class ProductFacts(RecProduct):
    attributes: dict[str, Any] = {}
    description: str | None = None

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes(cls, v):
        # DuckDB hands JSON back as text; sort keys so the hash does not depend on file order.
        if v is None:
            return {}
        data = json.loads(v) if isinstance(v, str) else v
        return dict(sorted(data.items())) if isinstance(data, dict) else {"value": data}


class UserFacts(_Facts):
    """The only user facts a prompt may see: behaviour and predictions, never identity.

    Coarse on purpose: whole weeks since the last order and a probability in tenths. A shopper
    who did nothing keeps the same facts for days, so the nightly run does not pay to rewrite
    their message just because a day passed.
    """

    segment_label: Segment
    top_category: str | None = None
    weeks_since_last_order: int | None = None
    frequency: int | None = None
    p_purchase_30d: Annotated[float | None, _rounded(1)] = None
    next_category: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _weeks(cls, data):
        if isinstance(data, dict) and data.get("recency_days") is not None:
            data = {**data, "weeks_since_last_order": int(data["recency_days"]) // 7}
        return data



class Prediction(_Facts):
    p_purchase_30d: Annotated[float, _rounded(2)]
    expected_orders_30d: Annotated[float, _rounded(2)]
    next_order_date: date | None = None
    next_category: str | None = None


class _ItemInput(_Facts):
    locale: Locale
    segment: Segment


class ProductDescriptionInput(_ItemInput):
    product: ProductFacts


class RecommendationInput(_ItemInput):
    user: UserFacts
    products: list[RecProduct]


class DemandInsightInput(_ItemInput):
    user: UserFacts
    prediction: Prediction
    # The snapshot the prediction is for: a send date can be computed from it when no next order
    # is predicted (prompt set v3), instead of leaving the date to the model.
    as_of: date | None = None

    @model_serializer(mode="wrap")
    def _without_empty_as_of(self, handler):
        # Facts written before as_of existed (the gate's corpus, stored inputs) stay byte-identical.
        data = handler(self)
        if isinstance(data, dict) and data.get("as_of") is None:
            data.pop("as_of", None)
        return data


# ---- outputs ------------------------------------------------------------------------------
# Length limits live in validators, not in Field constraints, so the JSON schema sent to the
# server stays a plain object schema (llama.cpp compiles maxLength into a slow grammar).


def _text(v: Any, limit: int) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError("must be a non-empty string")
    if len(v) > limit:
        raise ValueError(f"must be at most {limit} characters (got {len(v)})")
    return v.strip()


class _Output(BaseModel):
    model_config = ConfigDict(extra="ignore")


def _limited(limit: int):
    """A non-empty, stripped string of at most `limit` characters."""
    return Annotated[str, BeforeValidator(lambda v: _text(v, limit))]


def _iso_date(v: Any) -> str:
    # Kept as ISO text (the column is varchar) but it must be a real date.
    return date.fromisoformat(_text(v, 10)).isoformat()


class ProductDescription(_Output):
    headline: _limited(150)
    description: _limited(1200)


class RecommendationMessage(_Output):
    subject: _limited(150)
    body: _limited(1500)


class DemandInsight(_Output):
    summary: _limited(800)
    next_need: _limited(800)
    # format=date makes llama.cpp's grammar produce YYYY-MM-DD, so the tiny model cannot miss it.
    suggested_send_date: Annotated[str, BeforeValidator(_iso_date)] = Field(json_schema_extra={"format": "date"})


def response_schema(model: type[BaseModel]) -> dict:
    """A minimal JSON schema for the server: string properties, all required, no titles."""
    props = {name: {"type": "string", **(f.json_schema_extra or {})} for name, f in model.model_fields.items()}
    return {"type": "object", "properties": props, "required": list(props)}


def canonical_json(data: dict) -> str:
    """The one serialisation used for hashing and storing inputs (key order as given)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
