"""`shopcopy eval copy` end to end on its real sample shop, with a scripted endpoint so the
figures are known: one fixed English text for every item."""

from __future__ import annotations

import json

import pytest

from shopcopy import warehouse
from shopcopy.generate.copy_eval import EvalPlan, run_copy_eval
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import Endpoint
from shopcopy.settings import get_settings
from tests.fixtures.fake_llm import FakeLLM

SAME = {"headline": "A fine choice for you", "description": "Made for every day at home and away.",
        "subject": "Picked for you this week", "body": "Hi {first_name}, here are a few things for you.",
        "summary": "Likely to order again soon.", "next_need": "More of the same.",
        "suggested_send_date": "2026-07-02"}


@pytest.mark.slow
def test_eval_copy_stores_comparable_figures_per_task_and_locale(tmp_path):
    s = get_settings(llm_max_retries=0, llm_timeout_s=10, llm_candidates=2)
    plan = EvalPlan(products=1, users_per_locale=3, seed=13)
    with FakeLLM(default=("json", SAME)) as fake, warehouse.connect(tmp_path / "results.duckdb") as con:
        client = LLMClient(Endpoint(fake.base_url, "scripted-model", embedded=False), s)
        eval_id, results = run_copy_eval(con, s, plan, clients={"*": client}, cache_dir=tmp_path / "eval")
        n_requests = len(fake.requests)
        stored = con.execute("select task, locale, model, prompt_name, items, published_share, needs_review_share, "
                             "rejected_share, failed_share, calls, distinct_segments, distinct_users, "
                             "in_language_share, fact_coverage from ops.copy_evals where eval_id = ? order by 1, 2",
                             [eval_id]).fetchall()
    assert {(r[0], r[1]) for r in stored} == {(t, loc) for t in ("demand_insights", "product_descriptions",
                                                                  "recommendation_messages") for loc in ("en-US", "zh-CN")}
    by = {(r[0], r[1]): r for r in stored}
    for r in stored:
        assert r[2] == "scripted-model" and r[3].endswith("/v2-chat")
        assert abs(r[5] + r[6] + r[7] + r[8] - 1) < 1e-9
    assert sum(r[9] for r in stored) == n_requests  # every call is counted once
    # One product, every segment of its locale; the same users get a message and an insight.
    assert by[("product_descriptions", "en-US")][4] >= 5 and by[("recommendation_messages", "zh-CN")][4] == 3
    # The same words for every segment and every user: not distinct at all.
    assert by[("product_descriptions", "en-US")][10] == 0.0 and by[("recommendation_messages", "en-US")][11] == 0.0
    # English text is never counted as Chinese copy; it names no product fact either.
    assert by[("product_descriptions", "zh-CN")][12] in (None, 0.0)
    assert by[("product_descriptions", "en-US")][13] == 0.0
    top = json.loads(next(r for r in results if r["task"] == "product_descriptions" and r["locale"] == "zh-CN")["top_checks"])
    assert top and top[0]["check"] == "language"


def test_users_are_sampled_round_robin_over_segments_per_locale_for_any_user_task():
    from shopcopy.generate.copy_eval import choose
    from shopcopy.generate.work import WorkItem

    def users(task):
        return [WorkItem(task, {"user_id": f"U{n}"}, {"locale": loc, "segment": seg}, f"{task}{n}")
                for n, (loc, seg) in enumerate([("en-US", "loyal")] * 5 + [("en-US", "lapsed")] * 2
                                               + [("zh-CN", "new")] * 3)]
    work = {"recommendation_messages": users("recommendation_messages"), "demand_insights": users("demand_insights")}
    picked = choose(work, EvalPlan(users_per_locale=4, seed=1))
    segs = [i.inputs["segment"] for i in picked["recommendation_messages"] if i.inputs["locale"] == "en-US"]
    assert sorted(segs) == ["lapsed", "lapsed", "loyal", "loyal"]  # both segments, not the 4 most loyal
    assert [i.key for i in picked["demand_insights"]] == [i.key for i in picked["recommendation_messages"]]
    assert len(picked["recommendation_messages"]) == 7  # zh-CN has only 3
    only = choose({"recommendation_messages": users("recommendation_messages")}, EvalPlan(users_per_locale=2))
    assert len(only["recommendation_messages"]) == 4
    zh_only = choose(work, EvalPlan(users_per_locale=4, seed=1, locales=("zh-CN",)))
    assert {i.inputs["locale"] for items in zh_only.values() for i in items} == {"zh-CN"}
    assert len(zh_only["recommendation_messages"]) == 3
