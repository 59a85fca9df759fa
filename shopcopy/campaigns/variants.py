"""A variant's texts: each member's message written again from the member's own inputs with the
variant's prompt and/or model, through the generation stage's loop (same gate, same lineage,
same ops.llm_calls rows, same skip-what-is-stored by input hash).

The default variant (the task's own prompt, the audience texts' model) costs no call: its texts
are the members' current messages.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import duckdb

from shopcopy.generate.work import WorkItem, input_hash
from shopcopy.llm.prompts import load_prompt, prompt_for
from shopcopy.settings import Settings
from shopcopy.warehouse import run_sql

TASK = "recommendation_messages"


@dataclass(frozen=True)
class MemberText:
    output_id: str | None
    text_status: str          # ready | rejected | needs_review | missing


@dataclass
class VariantRun:
    arm: str
    prompt_name: str
    prompt_version: str
    model: str
    texts: dict[str, MemberText]
    calls: int = 0
    summary: str | None = None


def is_default(prompt_name: str | None, model: str | None, audience_model: str) -> bool:
    return (prompt_name or TASK) == TASK and (model is None or model == audience_model)


def work_items(members: list[dict], prompt_version: str, model: str) -> list[WorkItem]:
    """The members' stored inputs (the facts their current text was written from), hashed for the
    variant's prompt and model: two arms differ only in the words asked, never in the facts."""
    items = []
    for m in members:
        inputs = json.loads(m["inputs"]) if isinstance(m["inputs"], str) else m["inputs"]
        key = {"user_id": m["user_id"]}
        items.append(WorkItem(TASK, key, inputs, input_hash(TASK, prompt_version, model, key, inputs)))
    return items


def stored_texts(con: duckdb.DuckDBPyConnection, items: list[WorkItem]) -> dict[str, MemberText]:
    rows = run_sql(con, "campaigns/variant_texts", {"hashes": [i.input_hash for i in items]}).fetchall()
    by_hash = {r[1]: r for r in rows}
    out = {}
    for item in items:
        r = by_hash.get(item.input_hash)
        if r is None:
            out[item.key["user_id"]] = MemberText(None, "missing")
        else:
            out[item.key["user_id"]] = MemberText(r[2] if r[4] else None, "ready" if r[4] else r[3])
    return out


def write_variant(con: duckdb.DuckDBPyConnection, snapshot_date: date, run_id: str,
                  settings: Settings, *, arm: str, prompt_name: str | None, model: str | None,
                  members: list[dict], open_client: Callable) -> VariantRun:
    """Generate (or find already stored) the variant's text for each member.

    `open_client(model)` is a context manager yielding an LLMClient for that model (None: the
    configured one); it is only entered when something is left to write.
    """
    from shopcopy.generate.engine import generate_items

    with open_client(model) as client:
        # No prompt named: the one the nightly asks this endpoint with, so stored texts are found.
        prompt = load_prompt(prompt_name) if prompt_name else prompt_for(TASK, settings, client.endpoint)
        if model is not None and client.model != model:
            raise ValueError(f"variant {arm} asks for model '{model}' but the endpoint serves "
                             f"'{client.model}'; point SHOPCOPY_LLM_BASE_URL at a server with that model")
        items = work_items(members, prompt.version, client.model)
        report = generate_items(con, snapshot_date, run_id, settings, client=client,
                                prompts={TASK: prompt}, work={TASK: items})
    return VariantRun(arm, prompt.name, prompt.version, client.model, stored_texts(con, items),
                      report.calls, report.summary())
