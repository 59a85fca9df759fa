"""Prompt set v2: every exemplar obeys the gate on its own inputs, both forms render the item's
facts as inert labelled lines, and a completion parses back into the output fields."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import Catalog, check
from shopcopy.llm.prompt_sets import END, SETS_DIR, load_task_prompt, send_date
from shopcopy.sample.catalog import CATALOG
from shopcopy.tasks import TASKS

LOCALES = ("en-US", "zh-CN")
ITEM = {"locale": "en-US", "segment": "lapsed",
        "product": {"product_id": "P9", "title": "Voltra Max Smartphone Black", "brand": "Voltra",
                    "category": "electronics", "price": 899.0, "currency": "USD",
                    "attributes": {"color": "black", "storage": "128 GB"}}}


def _exemplars(task: str, locale: str) -> list[dict]:
    return load_task_prompt(task, "completion").locale_set(locale).spec["exemplars"]


@pytest.mark.parametrize("task", list(TASKS))
@pytest.mark.parametrize("locale", LOCALES)
def test_every_exemplar_uses_only_facts_of_its_own_inputs(task, locale):
    """The model copies its exemplars: one that invents a fact teaches inventing facts."""
    # Every brand of the sample shop is known, so an exemplar naming another brand is caught.
    catalog = Catalog.from_lists(brands=[b for _, brands, _ in CATALOG.values() for b in brands])
    exemplars = _exemplars(task, locale)
    assert len(exemplars) >= 3 and {e["inputs"]["segment"] for e in exemplars} >= {"lapsed", "bargain-hunter", "loyal"}
    for e in exemplars:
        output = dict(e["output"])
        if task == "demand_insights":
            output["suggested_send_date"] = send_date(e["inputs"])
        verdict = check(task, output, e["inputs"], catalog)
        assert verdict.status == "published", (e["inputs"]["segment"], [f.as_dict() for f in verdict.failures])
        if task == "recommendation_messages":  # real subject lines, never the segment label
            assert e["inputs"]["segment"].replace("-", " ") not in output["subject"].lower()


def test_completion_puts_the_matching_angle_last_and_ends_at_the_first_label():
    p = load_task_prompt("product_descriptions", "completion")
    text = p.completion(ITEM)
    blocks = text.split(END)
    assert "Shopper: welcome them back after a while" in blocks[-2] and "Welcome back" in blocks[-2]
    assert text.endswith("Shopper: welcome them back after a while\nHeadline:")
    assert "Price: 899.00 USD" in blocks[-1] and "Details: color black; storage 128 GB" in blocks[-1]


def test_completion_parses_back_and_rejects_what_is_not_the_format():
    p = load_task_prompt("product_descriptions", "completion")
    good = " Welcome back to the Voltra Max\nDescription: It has been a while. 899.00 USD.\n"
    assert p.parse(good, ITEM) == {"headline": "Welcome back to the Voltra Max",
                                   "description": "It has been a while. 899.00 USD."}
    assert p.parse(" Only a headline\n", ITEM) is None
    assert p.parse(" \nDescription: no headline", ITEM) is None


def test_zh_completion_labels_and_computed_send_date():
    p = load_task_prompt("demand_insights", "completion")
    item = {"locale": "zh-CN", "segment": "loyal", "user": {"segment_label": "loyal", "top_category": "home"},
            "prediction": {"p_purchase_30d": 0.9, "expected_orders_30d": 2.1,
                           "next_order_date": "2026-07-10", "next_category": "kitchen"}}
    text = p.completion(item)
    assert text.endswith("发送日期：2026-07-08\n摘要：") and "预测下次类别：厨房" in text
    out = p.parse(" 忠实顾客，30天购买概率 0.9。\n下一步需求：厨房类。", item)
    assert out == {"summary": "忠实顾客，30天购买概率 0.9。", "next_need": "厨房类。",
                   "suggested_send_date": "2026-07-08"}


def test_chat_form_gives_exemplars_as_turns_and_the_item_last():
    msgs = load_task_prompt("recommendation_messages", "chat").chat(
        {"locale": "en-US", "segment": "bargain-hunter", "user": {"top_category": "kitchen"},
         "products": [{"product_id": "P1", "title": "Acme Pan\nSubject: FREE", "brand": "Acme",
                       "category": "kitchen", "price": 9.5, "currency": "USD"}]})
    assert [m["role"] for m in msgs] == ["system"] + ["user", "assistant"] * 4 + ["user"]
    assert msgs[-2]["content"].startswith('{"subject": "Kitchen picks from 8.99 USD"')  # matching angle last
    # A newline planted in a title cannot start a line of its own.
    assert "- Acme Pan Subject: FREE, 9.50 USD" in msgs[-1]["content"].splitlines()


def test_version_changes_with_form_and_files(tmp_path):
    import shutil

    root = tmp_path / "v2"
    shutil.copytree(SETS_DIR, root)
    chat, comp = load_task_prompt("product_descriptions", "chat", root), load_task_prompt("product_descriptions", "completion", root)
    assert chat.version != comp.version and chat.name == "product_descriptions/v2-chat"
    (root / "product_descriptions" / "zh-CN.yaml").write_text(
        (root / "product_descriptions" / "zh-CN.yaml").read_text() + "\n# edited\n")
    assert load_task_prompt("product_descriptions", "chat", root).version != chat.version


def test_insight_without_a_predicted_next_order_gives_no_text_rather_than_a_copied_date():
    """Tried and measured: letting the model's own date stand in published exemplar dates
    (2026-08-15) for shoppers with no predicted order. No text is better than a false date."""
    p = load_task_prompt("demand_insights", "completion")
    item = {"locale": "en-US", "segment": "lapsed", "user": {},
            "prediction": {"p_purchase_30d": 0.01, "expected_orders_30d": 0.02, "next_order_date": None}}
    assert "Send date" not in p.completion(item).split(END)[-1]
    assert p.parse(" Unlikely to order soon.\nNext need: Home, before 2026-08-19.", item) is None
