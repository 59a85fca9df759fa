"""Gate 2.7, the families blind10 showed on its first run (added after that run, so blind10 no
longer measures them): filler sentences that anchor nothing, a companion type used as the item's
name, what an accessory fits, another kind's verb done to the item, offers, deadlines and returns
in other words, a fraction before "chance", a name that is an imperative verb, down as a filling
only where it is one. Sentences are new (not from a corpus); each family is paired with texts that
must still publish."""

from __future__ import annotations

import pytest

from tests.guardrails.test_gate_v24 import checks, message
from tests.guardrails.test_gate_v25 import product
from tests.guardrails.test_gate_v26 import en, zh

BULBS = product("P00501", "Brightway Nova LED Bulb 4-pack", "home", {"power": "9 W", "pack": "4"}, "en-US")
CASE = product("P00502", "Auralis Edge Phone Case Black", "electronics", {"color": "black"}, "en-US")
PACK = product("P00503", "Northwind Trail Backpack 30L", "outdoors", {"color": "green", "capacity": "30 L"}, "en-US")
SPATULA = product("P00504", "Acme Zen Spatula Silicone", "kitchen", {"material": "silicone", "color": "grey"}, "en-US")
MUG = product("P00505", "Hearthly Edge Notebook A5", "books", {"format": "A5", "pages": "192"}, "en-US")
BAG = product("P00506", "Ridgeline Air Sleeping Bag -2 °C", "outdoors", {"color": "blue", "comfort": "-2 °C"}, "en-US")
JACKET = product("P00507", "Northwind Edge Jacket Navy", "clothing", {"color": "navy", "material": "polyester"}, "en-US")
LAMP_ZH = product("P00508", "Hearthly Nova Desk Lamp White", "home", {"color": "white", "power": "8 W"})
BEANS_ZH = product("P00509", "Mill & Grain Lite Coffee Beans 500 g", "grocery", {"roast": "medium", "weight": "500 g"})
TOWEL_ZH = product("P00510", "Linden & Co Max Pillow Grey", "home", {"color": "grey", "fill": "microfiber"})


@pytest.mark.parametrize("inputs, sentence, check", [
    # filler: no word of the sentence names the item, a use, a place or the shopper
    (SPATULA, "It is the sort of thing that simply makes sense to have.", "form.filler"),
    (SPATULA, "Good things come to those who choose well.", "form.filler"),
    (MUG, "Everything about it is just what you would expect.", "form.filler"),
    # a companion type as the item's name; what an accessory fits
    (BULBS, "A bright new lamp for the hallway.", "grounding.product_type"),
    (BULBS, "This is a lamp you will keep for years.", "grounding.product_type"),
    (CASE, "Slip it on your tablet before the commute.", "grounding.compatibility"),
    # another kind's verb with the item as its object
    (PACK, "Pitch it by the lake and sleep under the stars.", "claim.use"),
    (SPATULA, "Plug it in and let it warm up.", "claim.use"),
    # offers, deadlines, history in other words
    (SPATULA, "The second one is on the house.", "claim.offer"),
    (SPATULA, "Members-only price for the kitchen crowd.", "claim.offer"),
    (SPATULA, "The price goes back up on Friday.", "claim.deadline"),
    (SPATULA, "Offer ends at the end of the month.", "claim.deadline"),
    # a result promised in other words; a packed size the inputs never gave
    (SPATULA, "Halve your cleanup time after every dinner.", "claim.benefit"),
    (MUG, "A quick way to cool down after a long day.", "claim.benefit"),
    (BAG, "Packs down small enough to fit in a jacket pocket.", "claim.feature"),
    # down as a filling the inputs never gave
    (JACKET, "Filled with down for cold mornings.", "claim.material"),
    (JACKET, "A warm down layer under the shell.", "claim.material"),
    # a day as a limit (a weekday is an everyday word, so no longer an unknown name)
    (SPATULA, "At this price until Sunday night.", "claim.deadline"),
])
def test_blind10_families_are_held_en(inputs, sentence, check):
    result = en(inputs, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (SPATULA, "Flip pancakes and stir sauces on weeknights."),
    (SPATULA, "A kitchen helper for weeknight dinners."),
    (BULBS, "Put one in the hallway lamp."),
    (CASE, "Slip it on your phone before the commute."),
    (PACK, "Pack it for a day on the trail."),
    (BAG, "Roll it up and pack it for the weekend."),
    (JACKET, "Zip it up when the wind picks up and the evening cools down."),
    (MUG, "Lay it down flat and write a page a day."),
    (MUG, "Mark your page and come back to it tomorrow."),
    (SPATULA, "Pancakes on a slow Sunday morning."),
])
def test_their_good_twins_publish_en(inputs, sentence):
    result = en(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, sentence, check", [
    (BEANS_ZH, "好东西不用多说。", "form.filler"),
    (BEANS_ZH, "懂的人自然都懂。", "form.filler"),
    (LAMP_ZH, "我们再送一个灯泡。", "claim.offer"),
    (LAMP_ZH, "不喜欢随时寄回。", "claim.shipping"),
    (BEANS_ZH, "月底一过就恢复原价。", "claim.deadline"),
    (BEANS_ZH, "这周下单最划算。", "claim.deadline"),
    (LAMP_ZH, "灯光亮，熬夜也不怕。", "claim.benefit"),
])
def test_blind10_families_are_held_zh(inputs, sentence, check):
    result = zh(inputs, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (BEANS_ZH, "早上磨一杯，中度烘焙。"),
    (LAMP_ZH, "放在书桌上，晚上看书刚好。"),
    (TOWEL_ZH, "睡前靠一靠，灰色耐看。"),
])
def test_their_good_twins_publish_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("sentence", [
    "A lamp by the bed needs a warm bulb like this.",
    "A reading lamp deserves better light.",
])
def test_a_sentence_about_the_companion_is_soft_not_hard(sentence):
    result = en(BULBS, sentence)
    assert result["status"] == "needs_review", result
    assert checks(result) == {"grounding.related_product"}, result["failures"]


SHOP = {"locale": "en-US", "segment": "occasional", "user": {
    "segment_label": "occasional", "top_category": "kitchen", "weeks_since_last_order": 5, "frequency": 3},
    "products": [{"product_id": "P00504", "title": "Acme Zen Spatula Silicone", "brand": "Acme",
                  "category": "kitchen", "price": 12.99, "currency": "USD"}]}


@pytest.mark.parametrize("sentence, published", [
    ("We think you'll like this one.", True),
    ("You might like this one too.", True),
    ("We just had a feeling about it.", False),
])
def test_a_recommendation_to_the_shopper_is_not_filler(sentence, published):
    body = f"Hi {{first_name}}, good to see you. {sentence} This time: the Acme Zen Spatula Silicone at 12.99 USD."
    result = message(SHOP, body, "A pick for your kitchen")
    assert (result["status"] == "published") is published, result["failures"]
    if not published:
        assert "form.filler" in checks(result)


def test_a_fraction_before_chance_is_the_probability():
    from shopcopy.guardrails import guard_check

    inputs = {"locale": "en-US", "segment": "loyal", "user": {
        "segment_label": "loyal", "top_category": "kitchen", "weeks_since_last_order": 2, "frequency": 8},
        "prediction": {"p_purchase_30d": 0.62, "expected_orders_30d": 0.71, "next_order_date": "2027-03-04",
                       "next_category": "kitchen"}, "as_of": "2026-10-28"}

    def summary(text: str) -> dict:
        return guard_check("demand_insights", {"summary": text, "next_need": "Kitchen picks before 2027-03-04.",
                                               "suggested_send_date": "2027-03-02"}, inputs)

    assert summary("A loyal shopper with a 0.62 chance of ordering in 30 days.")["status"] == "published"
    wrong = summary("A loyal shopper with a 0.71 chance of ordering in 30 days.")
    assert wrong["status"] == "rejected" and "grounding.number" in checks(wrong), wrong
