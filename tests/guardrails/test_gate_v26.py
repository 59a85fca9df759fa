"""Gate 2.6: a fact restated wrongly in ordinary words, invented title variants, content-free
sentences, an item's use as another kind's, promised tips, a shopper's own place, and "a brand you
know" for a shopper who is not loyal. Sentences are new (not from a corpus); each family is paired
with texts that must still publish."""

from __future__ import annotations

import pytest

from tests.guardrails.test_gate_v24 import checks, desc, insight, message
from tests.guardrails.test_gate_v25 import product

TEE = product("P00301", "Kinfolk Zen T-Shirt XXL", "apparel", {"color": "black", "material": "cotton", "size": "XXL"}, "en-US")
HOODIE_S = product("P00302", "Marlow Edge Hoodie S", "apparel", {"color": "grey", "material": "cotton", "size": "S"}, "en-US")
BAG_8 = product("P00303", "Alpenglow Trail Sleeping Bag 8 °C", "outdoors", {"color": "blue"}, "en-US")
PACK_18 = product("P00304", "Northwind Aero Backpack 18L", "outdoors", {"color": "red", "volume": "18L"}, "en-US")
PACK_60 = product("P00305", "Northwind Max Backpack 60L", "outdoors", {"color": "green", "volume": "60L"}, "en-US")
CARD = product("P00306", "Pixelon Nova SD Card 64 GB", "electronics", {"storage": "64 GB"}, "en-US")
PAN = product("P00307", "Copperpot Lite Frying Pan 24 cm", "kitchen", {"material": "cast iron", "size": "24 cm"}, "en-US")
ZH_HOODIE_XL = product("P00308", "Marlow Air Hoodie XL", "apparel", {"color": "grey", "size": "XL"})
ZH_BAG = product("P00309", "Alpenglow Pro Sleeping Bag -6 °C", "outdoors", {"color": "red"})
ZH_CARD = product("P00310", "Pixelon Lite SD Card 128 GB", "electronics", {"storage": "128 GB"})
ZH_DUVET = product("P00311", "Hearthly Nova Duvet Double", "home", {"size": "double"})


def en(inputs: dict, sentence: str) -> dict:
    p = inputs["product"]
    facts = f"The {p['title']} comes in " + ", ".join(str(v) for v in p["attributes"].values()) + ", for 39.99 USD. "
    return desc(inputs, facts, sentence, p["title"])


def zh(inputs: dict, sentence: str) -> dict:
    p = inputs["product"]
    facts = f"{p['title']}，" + "，".join(f"{k} {v}" for k, v in p["attributes"].items()) + "，售价 39.99 USD。"
    return desc(inputs, facts, sentence, p["title"])


def msg_inputs(locale: str, *products: dict, segment: str = "occasional") -> dict:
    return {"locale": locale, "segment": segment, "user": {
        "segment_label": segment, "top_category": "outdoors", "weeks_since_last_order": 4, "frequency": 3,
        "p_purchase_30d": 0.4, "next_category": "outdoors"}, "products": [p["product"] for p in products]}


# 1. A fact restated wrongly in ordinary words
@pytest.mark.parametrize("inputs, sentence", [
    (TEE, "A tiny tee to layer under a jacket."),
    (HOODIE_S, "An oversized hoodie to curl up in."),
    (BAG_8, "Made for frosty nights in the mountains."),
    (BAG_8, "Your winter sleeping bag for the hills."),
    (PACK_18, "Carries all you need for a multi-day hike."),
    (PACK_60, "A compact backpack for quick errands."),
    (TEE, "A green tee for the weekend."),
    (HOODIE_S, "A wool hoodie for chilly evenings."),
])
def test_a_fact_restated_wrongly_is_held_en(inputs, sentence):
    result = en(inputs, sentence)
    assert result["status"] == "rejected" and "grounding.contradiction" in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (TEE, "A roomy tee for the weekend."),
    (HOODIE_S, "A cotton hoodie for chilly evenings."),
    (BAG_8, "A light bag for cool nights in the tent."),
    (PACK_18, "Sized for a day in the park."),  # "light enough" judges a weight: gate 2.8 asks a reviewer
    (PACK_60, "Room for a long trip away from home."),
    (TEE, "A black tee for the weekend."),
])
def test_the_same_dimension_said_truly_publishes_en(inputs, sentence):
    result = en(inputs, sentence)
    assert "grounding.contradiction" not in checks(result) and result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (ZH_HOODIE_XL, "一件小号卫衣，穿着刚好。"),
    (ZH_BAG, "夏季露营的好帮手。"),
    (ZH_DUVET, "三床被子，换着用。"),
    (ZH_HOODIE_XL, "绿色卫衣，出门就穿。"),
])
def test_a_fact_restated_wrongly_is_held_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "rejected" and "grounding.contradiction" in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (ZH_HOODIE_XL, "大码卫衣，穿着宽松舒适。"),
    (ZH_BAG, "冬季露营也能睡得暖和。"),
    (ZH_DUVET, "一床被子，盖着暖和。"),
    (ZH_HOODIE_XL, "灰色卫衣，出门就穿。"),
])
def test_the_same_dimension_said_truly_publishes_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert "grounding.contradiction" not in checks(result) and result["status"] == "published", result["failures"]


def test_a_word_is_judged_against_the_product_it_qualifies():
    inputs = msg_inputs("en-US", PACK_18, PACK_60)
    picks = "the Northwind Aero Backpack 18L at 39.99 USD and the Northwind Max Backpack 60L at 39.99 USD"
    held = message(inputs, f"Hi {{first_name}}, a green backpack and a red one: {picks}.")
    assert "grounding.contradiction" not in checks(held), held["failures"]  # each is true of one
    one = msg_inputs("en-US", PACK_18, BAG_8)
    picks = "the Northwind Aero Backpack 18L at 39.99 USD and the Alpenglow Trail Sleeping Bag 8 °C at 39.99 USD"
    wrong = message(one, f"Hi {{first_name}}, a green backpack and a cosy bag: {picks}.")
    assert wrong["status"] == "rejected" and "grounding.contradiction" in checks(wrong), wrong["failures"]
    two = message(one, f"Hi {{first_name}}, a pair of backpacks for the trail: {picks}.")
    assert "grounding.contradiction" in checks(two), two["failures"]


def test_a_size_word_on_an_item_without_a_size_is_left_to_the_allow_list():
    result = en(PAN, "A small pan for one egg.")
    assert "grounding.contradiction" not in checks(result), result["failures"]


# 2. An invented title variant
def test_an_invented_title_variant_is_held_and_true_partial_titles_publish():
    bad = en(TEE, "Say hello to the Kinfolk Zen T-Shirt Black.")
    assert bad["status"] == "rejected" and "grounding.product" in checks(bad), bad["failures"]
    for good in ("Say hello to the Kinfolk Zen T-Shirt in black.", "The Kinfolk Zen T-Shirt is soft."):
        result = en(TEE, good)
        assert result["status"] == "published", (good, result["failures"])


# 3. Content-free sentences
@pytest.mark.parametrize("sentence", ["It's a thing that is really useful.", "Some nice stuff for you."])
def test_a_sentence_of_empty_words_is_held_en(sentence):
    result = en(PAN, sentence)
    assert result["status"] == "rejected" and "form.content_free" in checks(result), result["failures"]


def test_a_sentence_of_empty_words_is_held_zh_and_in_an_insight():
    result = zh(ZH_DUVET, "这真是一个很好的东西。")
    assert result["status"] == "rejected" and "form.content_free" in checks(result), result["failures"]
    angle = insight("en-US", "Kitchen, before 2027-03-04: stuff.")
    assert angle["status"] == "rejected" and "form.content_free" in checks(angle), angle["failures"]
    plain = insight("en-US", "Kitchen, before 2027-03-04: a pan for weeknight dinners.")
    assert "form.content_free" not in checks(plain), plain["failures"]


@pytest.mark.parametrize("sentence", ["A good pan for a quick breakfast.", "Great for eggs and pancakes."])
def test_a_plain_sentence_that_names_something_publishes(sentence):
    result = en(PAN, sentence)
    assert "form.content_free" not in checks(result), result["failures"]


# 4. The item's use as another kind's; promised content; a shopper's own place
@pytest.mark.parametrize("inputs, sentence", [
    (CARD, "It holds your keys, snacks and photos."),
    (ZH_CARD, "可以存放衣服和首饰。"),
])
def test_an_sd_card_holding_things_is_held(inputs, sentence):
    result = (en if inputs["locale"] == "en-US" else zh)(inputs, sentence)
    assert result["status"] == "rejected" and "claim.use" in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (CARD, "It holds every holiday video."),
    (CARD, "Keeps photos for all your devices."),
    (ZH_CARD, "存下旅行的视频和照片。"),
])
def test_an_sd_card_holding_files_publishes(inputs, sentence):
    result = (en if inputs["locale"] == "en-US" else zh)(inputs, sentence)
    assert "claim.use" not in checks(result), result["failures"]


@pytest.mark.parametrize("sentence", ["Here are some tips for a better omelette.",
                                      "Three easy recipes to start with."])
def test_promised_tips_or_recipes_are_held(sentence):
    result = en(PAN, sentence)
    assert result["status"] == "rejected" and "claim.included_content" in checks(result), result["failures"]


def test_promised_tips_are_held_zh_and_plain_cooking_publishes():
    result = zh(product("P00312", "Copperpot Lite Frying Pan 24 cm", "kitchen", {"size": "24 cm"}), "附上几个煎蛋小窍门。")
    assert "claim.included_content" in checks(result), result["failures"]
    result = en(PAN, "Good for simple weeknight cooking.")
    assert "claim.included_content" not in checks(result), result["failures"]


def test_a_shopper_s_own_place_is_held_and_a_scene_is_not():
    inputs = msg_inputs("en-US", PACK_18)
    pick = "the Northwind Aero Backpack 18L at 39.99 USD"
    bad = message(inputs, f"Hi {{first_name}}, for your evening walks along the river: {pick}.")
    assert bad["status"] == "rejected" and "claim.recipient" in checks(bad), bad["failures"]
    good = en(PACK_18, "Nice for an afternoon by the river.")
    assert "claim.recipient" not in checks(good), good["failures"]
    zh_inputs = msg_inputs("zh-CN", PACK_18)
    bad = message(zh_inputs, "{first_name}，您好！带去您常去的公园：Northwind Aero Backpack 18L，39.99 USD。")
    assert bad["status"] == "rejected" and "claim.recipient" in checks(bad), bad["failures"]


# 5. "A brand you know" only for a loyal shopper, whatever else the inputs say
@pytest.mark.parametrize("segment, status", [("prospect", "rejected"), ("new", "rejected"), ("loyal", "published")])
def test_familiarity_follows_the_segment(segment, status):
    inputs = product("P00313", "Copperpot Zen Coffee Maker Black", "kitchen", {"capacity": "1.2 L", "color": "black"},
                     "en-US", segment)
    inputs["product"]["description"] += " Loyal fans love it."
    result = en(inputs, "Morning coffee, from a maker you have come to trust.")
    assert result["status"] == status, result["failures"]
    zh_inputs = dict(inputs, locale="zh-CN")
    result = zh(zh_inputs, "来自您信得过的品牌。")
    assert result["status"] == status, result["failures"]
