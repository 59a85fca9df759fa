"""Work lists for the generation tasks: which items, in what order of value, with what facts.

Each item's facts are built through the allow-list models in shopcopy.llm.schemas, from the
staging views, features, predictions and recommendations only (never from raw.customers).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import duckdb
from pydantic import BaseModel

from shopcopy.llm import schemas
from shopcopy.llm.schemas import canonical_json
from shopcopy.settings import Settings
from shopcopy.tasks import TASKS, TaskSpec  # noqa: F401  (re-exported for callers)
from shopcopy.warehouse import run_sql

RECS_PER_MESSAGE = 3


@dataclass(frozen=True)
class WorkItem:
    task: str
    key: dict          # the item's identity: product_id+segment+locale, or user_id
    inputs: dict       # canonical facts: quoted into the prompt, hashed, stored with the row
    input_hash: str

    @property
    def item_key(self) -> str:
        return "|".join(str(v) for v in self.key.values())


def input_hash(task: str, prompt_version: str, model: str, key: dict, inputs: dict) -> str:
    """Same task, prompt, model, item and facts -> same hash -> no second call.

    The item key is part of it: two users with identical facts still get a row each.
    """
    payload = {"task": task, "prompt_version": prompt_version, "model": model, "key": key, "inputs": inputs}
    return hashlib.sha256(canonical_json(payload).encode()).hexdigest()


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def product_facts(con, snapshot_date: date, settings: Settings) -> list[tuple[dict, BaseModel]]:
    rows = _dicts(run_sql(con, "generate/product_items",
                          {"snapshot_date": snapshot_date, "top_n": settings.llm_top_products}))
    return [
        ({"product_id": r["product_id"], "segment": r["segment"], "locale": r["locale"]},
         schemas.ProductDescriptionInput(locale=r["locale"], segment=r["segment"], product=r))
        for r in rows
    ]


def user_facts(con, snapshot_date: date, settings: Settings) -> dict[str, list[tuple[dict, BaseModel]]]:
    """Recommendation and insight facts for the eligible users, most likely buyers first."""
    users = _dicts(run_sql(con, "generate/eligible_users",
                           {"snapshot_date": snapshot_date, "max_users": settings.llm_messages_per_run}))
    recs: dict[str, list[dict]] = {}
    if users:
        for r in _dicts(run_sql(con, "generate/recommended_products", {
            "snapshot_date": snapshot_date, "user_ids": [u["user_id"] for u in users],
            "per_user": RECS_PER_MESSAGE,
        })):
            recs.setdefault(r["user_id"], []).append(r)
    messages, insights = [], []
    for u in users:
        key = {"user_id": u["user_id"]}
        user = schemas.UserFacts(**u)
        if recs.get(u["user_id"]):  # no in-stock recommendation, no message
            messages.append((key, schemas.RecommendationInput(
                locale=u["locale"], segment=u["segment"], user=user, products=recs[u["user_id"]])))
        insights.append((key, schemas.DemandInsightInput(
            locale=u["locale"], segment=u["segment"], user=user, prediction=u, as_of=snapshot_date)))
    return {"recommendation_messages": messages, "demand_insights": insights}


def build_work(
    con, snapshot_date: date, settings: Settings, *,
    versions: dict[str, str] | Callable[[str, str], str], model: str | Callable[[str, str], str],
    tasks: list[str] | None = None,
) -> dict[str, list[WorkItem]]:
    """Per task, the items in order of value with their canonical inputs and input hashes.

    `versions` and `model` may depend on the locale (a prompt set per locale, a model per
    locale or per locale and task): pass callables `(task, locale) -> version` and
    `(locale, task) -> model` for that."""
    version_of = versions if callable(versions) else (lambda task, _locale: versions[task])
    model_of = model if callable(model) else (lambda _locale, _task=None: model)
    wanted = tasks or list(TASKS)
    facts: dict[str, list[tuple[dict, BaseModel]]] = {}
    if "product_descriptions" in wanted:
        facts["product_descriptions"] = product_facts(con, snapshot_date, settings)
    if {"recommendation_messages", "demand_insights"} & set(wanted):
        facts |= {t: v for t, v in user_facts(con, snapshot_date, settings).items() if t in wanted}
    work = {}
    for task, pairs in facts.items():
        items = []
        for key, model_inputs in pairs:
            inputs = model_inputs.model_dump(mode="json")
            loc = inputs.get("locale") or ""
            items.append(WorkItem(task, key, inputs,
                                  input_hash(task, version_of(task, loc), model_of(loc, task), key, inputs)))
        work[task] = items
    return work


def _round_robin(lists: list[list[WorkItem]]) -> list[WorkItem]:
    out: list[WorkItem] = []
    for i in range(max((len(q) for q in lists), default=0)):
        out.extend(q[i] for q in lists if i < len(q))
    return out


def by_locale(items: list[WorkItem]) -> list[WorkItem]:
    """One task's items with the locales in turn, each in proportion to its items, value order
    kept within a locale: a budget cuts each locale by the same share. In value order alone the
    zh-CN audiences (smaller) came after the en-US ones of every product: of the demo shop's
    first 60 items 16 were zh-CN (now 20; zh-CN has half the product items, 27 % of the users)."""
    groups: dict[str, list[WorkItem]] = {}
    for item in items:
        groups.setdefault(str(item.inputs.get("locale") or ""), []).append(item)
    if len(groups) < 2:
        return list(items)
    lists, taken, out = list(groups.values()), [0] * len(groups), []
    for _ in range(len(items)):
        # the locale furthest behind its share goes next (ties: the first seen)
        k = min((i for i in range(len(lists)) if taken[i] < len(lists[i])),
                key=lambda i: ((taken[i] + 0.5) / len(lists[i]), i))
        out.append(lists[k][taken[k]])
        taken[k] += 1
    return out


def interleave(queues: dict[str, list[WorkItem]]) -> list[WorkItem]:
    """Round-robin by value across tasks, so a budget cuts each task's least valuable items;
    within a task the locales take turns in proportion (`by_locale`)."""
    return _round_robin([by_locale(list(q)) for q in queues.values()])
