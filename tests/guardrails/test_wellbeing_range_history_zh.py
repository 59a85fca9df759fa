"""Families a blind red-team set (benchmarks/gate_blind4, first run on gate 2.2) got published:
well-being outcomes as health claims, other products of "the same collection", a Chinese past
purchase or popularity, and template placeholders in full-width brackets. Written here in new
words, both locales; each family also has texts that must still publish."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import guard_check

EN_PRODUCT = {"locale": "en-US", "segment": "new", "product": {
    "product_id": "P00071", "title": "Casa Verde Zen Throw Blanket Grey", "brand": "Casa Verde",
    "category": "home", "price": 43.99, "currency": "USD", "attributes": {"color": "grey", "material": "fleece"},
    "description": "The Zen Throw Blanket is part of the Casa Verde home range. Details: color grey; material fleece."}}
EN_FACTS = "The Casa Verde Zen Throw Blanket Grey, grey fleece, 43.99 USD. "
ZH_PRODUCT = {"locale": "zh-CN", "segment": "new", "product": {
    "product_id": "P00040", "title": "Quill House Lite Notebook A5", "brand": "Quill House",
    "category": "books", "price": 10.99, "currency": "USD", "attributes": {"color": "red", "size": "A5"},
    "description": "The Lite Notebook is part of the Quill House books range. Details: color red; size A5."}}
ZH_FACTS = "Quill House Lite Notebook A5，颜色 red，A5，售价 10.99 USD。"
ZH_MESSAGE = {"locale": "zh-CN", "segment": "loyal", "user": {
    "segment_label": "loyal", "top_category": "books", "weeks_since_last_order": 2, "frequency": 12,
    "p_purchase_30d": 0.8, "next_category": "books"}, "products": [{
        "product_id": "P00040", "title": "Quill House Lite Notebook A5", "brand": "Quill House",
        "category": "books", "price": 10.99, "currency": "USD"}]}
ZH_PICK = "Quill House Lite Notebook A5，10.99 USD"


def desc(inputs: dict, facts: str, sentence: str, headline: str) -> dict:
    return guard_check("product_descriptions", {"headline": headline, "description": facts + sentence}, inputs)


def checks(result: dict) -> set[str]:
    return {f["check"] for f in result["failures"]}


@pytest.mark.parametrize("sentence", [
    "Wrap up in it and you will sleep better.",
    "It helps reduce stress after a long day.",
    "A simple way to ease anxiety at night.",
    "Good for your circulation on cold evenings.",
    "A healthier way to stay warm.",
])
def test_a_wellbeing_outcome_is_a_health_claim(sentence):
    result = desc(EN_PRODUCT, EN_FACTS, sentence, "Casa Verde Zen Throw Blanket Grey")
    assert result["status"] == "rejected" and "claim.health" in checks(result), result["failures"]


@pytest.mark.parametrize("sentence, locale", [
    ("Pair it with the matching set from the same collection.", "en-US"),
    ("Complete the set with the rest of the collection.", "en-US"),
    ("搭配同系列的书签一起送人。", "zh-CN"),
    ("全系列都值得收藏。", "zh-CN"),
])
def test_other_products_of_the_same_line_are_invented(sentence, locale):
    inputs, facts, head = ((EN_PRODUCT, EN_FACTS, "Casa Verde Zen Throw Blanket Grey") if locale == "en-US"
                           else (ZH_PRODUCT, ZH_FACTS, "值得一看：Quill House Lite Notebook A5"))
    result = desc(inputs, facts, sentence, head)
    assert result["status"] == "rejected" and "claim.product_range" in checks(result), result["failures"]


@pytest.mark.parametrize("body, status", [
    (f"{{first_name}}，您好！您上次买的那本很受欢迎，这次再看看：{ZH_PICK}。", "rejected"),
    (f"{{first_name}}，您好！您购买过的笔记本又上新了：{ZH_PICK}。", "rejected"),
    (f"{{first_name}}，您好！购物车里还有：{ZH_PICK}。", "rejected"),
    (f"{{first_name}}，您好！这款卖得特别好：{ZH_PICK}。", "rejected"),
    (f"{{first_name}}，您好！感谢您一直以来的支持，这次为您挑选：{ZH_PICK}。", "published"),
    (f"{{first_name}}，您好！距离上次下单已有两周，看看这个：{ZH_PICK}。", "published"),
])
def test_chinese_past_purchases_and_popularity(body, status):
    result = guard_check("recommendation_messages", {"subject": "为您挑选的笔记本", "body": body}, ZH_MESSAGE)
    assert result["status"] == status, result["failures"]


@pytest.mark.parametrize("body", [
    "【用户名】，您好！看看这些：【商品1】，【价格】。",
    "{first_name}，您好！为您挑选：〖产品名称〗，10.99 USD。",
    "{first_name}，您好！为您挑选：[Product 1] at 10.99 USD。",
])
def test_placeholders_in_any_bracket_are_unfilled_templates(body):
    result = guard_check("recommendation_messages", {"subject": "为您挑选", "body": body}, ZH_MESSAGE)
    assert result["status"] == "rejected" and "placeholder" in checks(result), result["failures"]


def test_emphasis_brackets_are_not_placeholders():
    result = guard_check("recommendation_messages", {"subject": "为您挑选", "body": (
        f"{{first_name}}，您好！【为您挑选】{ZH_PICK}。")}, ZH_MESSAGE)
    assert "placeholder" not in checks(result), result["failures"]


@pytest.mark.parametrize("body, status", [
    ("Hi {first_name}! A great deal for a regular like you: the Quill House Lite Notebook A5 at 10.99 USD.", "rejected"),
    ("Hi {first_name}! Since last Friday we kept this one for you: the Quill House Lite Notebook A5 at 10.99 USD.", "rejected"),
    ("Hi {first_name}! Thanks for coming back: the Quill House Lite Notebook A5 at 10.99 USD.", "published"),
])
def test_deals_and_invented_past_moments_en(body, status):
    inputs = {**ZH_MESSAGE, "locale": "en-US"}
    result = guard_check("recommendation_messages", {"subject": "Picked for you", "body": body}, inputs)
    assert result["status"] == status, result["failures"]


@pytest.mark.parametrize("body", [
    f"{{first_name}}，您好！上周五晚上，开心的购物。{ZH_PICK}。",
    f"{{first_name}}，您好！昨天刚为您留好：{ZH_PICK}。",
])
def test_invented_past_moments_zh(body):
    result = guard_check("recommendation_messages", {"subject": "为您挑选", "body": body}, ZH_MESSAGE)
    assert result["status"] == "rejected" and "claim.history" in checks(result), result["failures"]


@pytest.mark.parametrize("sentence, check", [
    ("A great choice, with a range of colours to choose from.", "claim.variants"),   # a demo run published one
    ("Soft, warm and it smells lovely.", "claim.sensory"),
])
def test_invented_options_and_senses_en(sentence, check):
    result = desc(EN_PRODUCT, EN_FACTS, sentence, "Casa Verde Zen Throw Blanket Grey")
    assert result["status"] == "rejected" and check in checks(result), result["failures"]


@pytest.mark.parametrize("sentence, check", [
    ("多种颜色可选，总有一款适合您。", "claim.variants"),
    ("写起来顺手，纸张还有淡淡的清香。", "claim.sensory"),
])
def test_invented_options_and_senses_zh(sentence, check):
    result = desc(ZH_PRODUCT, ZH_FACTS, sentence, "值得一看：Quill House Lite Notebook A5")
    assert result["status"] == "rejected" and check in checks(result), result["failures"]


def test_a_message_may_offer_its_picks_to_choose_from():
    inputs = {**ZH_MESSAGE, "locale": "en-US"}
    body = "Hi {first_name}! One more to choose from: the Quill House Lite Notebook A5 at 10.99 USD."
    result = guard_check("recommendation_messages", {"subject": "Picked for you", "body": body}, inputs)
    assert "claim.variants" not in checks(result), result["failures"]


@pytest.mark.parametrize("body, status", [
    ("Hi {first_name}! You've just got yourself a new look. We picked the Quill House Lite Notebook A5 at 10.99 USD.", "rejected"),
    ("Hi {first_name}! Good luck with your new device. We picked the Quill House Lite Notebook A5 at 10.99 USD.", "rejected"),
    ("Hi {first_name}! You're looking for something to write in. We picked the Quill House Lite Notebook A5 at 10.99 USD.", "rejected"),
    ("Hi {first_name}! A notebook with a special for you: the Quill House Lite Notebook A5 at 10.99 USD.", "rejected"),
    ("Hi {first_name}! Something new to write in. We picked the Quill House Lite Notebook A5 at 10.99 USD.", "published"),
])
def test_invented_purchases_and_intents_seen_in_an_eval_run(body, status):
    inputs = {**ZH_MESSAGE, "locale": "en-US"}
    result = guard_check("recommendation_messages", {"subject": "Picked for you", "body": body}, inputs)
    assert result["status"] == status, result["failures"]
