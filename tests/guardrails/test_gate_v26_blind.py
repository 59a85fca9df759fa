"""Gate 2.6, the families blind8/9 showed on their first runs (added after those runs, so those
corpora no longer measure them): a result promised for using the item, a returns promise, a code or
a gift or an accessory that comes with it, signed copies and quick charging, prices that will not
stay, the shopper's reasons and groups, what others said of it, a named shop person's endorsement;
the roast and the kind of tea restated wrongly; 半 + unit read as a half. Sentences are new (not from
a corpus); each family is paired with texts that must still publish."""

from __future__ import annotations

import pytest

from tests.guardrails.test_gate_v24 import checks
from tests.guardrails.test_gate_v25 import product
from tests.guardrails.test_gate_v26 import en, zh

KETTLE = product("P00401", "Stovewise Aero Kettle 1.7 L", "kitchen", {"color": "grey", "capacity": "1.7 L"}, "en-US")
SPEAKER = product("P00402", "Voltra Nova Bluetooth Speaker Black", "electronics", {"color": "black", "battery": "12 h"}, "en-US")
NOVEL = product("P00403", "Lantern Books Edge Novel Paperback", "books", {"format": "paperback", "pages": "352"}, "en-US")
MAT = product("P00404", "Acme Zen Yoga Mat Blue", "sports", {"color": "blue", "thickness": "4 mm"}, "en-US")
BEANS_EN = product("P00405", "Mill & Grain Nova Coffee Beans 500 g", "grocery", {"roast": "light", "weight": "500 g"}, "en-US")
TEA_EN = product("P00406", "Farmstead Edge Black Tea 100 g", "grocery", {"bags": "50"}, "en-US")
BEANS_ZH = product("P00407", "Mill & Grain Max Coffee Beans 250 g", "grocery", {"roast": "medium", "weight": "250 g"})
TEA_ZH = product("P00408", "Farmstead Lite Oolong Tea 80 g", "grocery", {"bags": "40"})
OATS_ZH = product("P00409", "Good Harvest Air Granola 750 g", "grocery", {"weight": "750 g"})
ROPE_ZH = product("P00410", "Stridemax Aero Jump Rope Red", "sports", {"color": "red", "length": "3 m"})
BOTTLE_ZH = product("P00411", "Aqualis Pro Water Bottle 0.75 L", "outdoors", {"color": "blue", "capacity": "750 ml"})


@pytest.mark.parametrize("inputs, sentence, check", [
    (KETTLE, "Fill it once and you'll never wait for tea on a busy morning.", "claim.benefit"),
    (MAT, "Roll it out daily and you will do the splits within a month.", "claim.benefit"),
    (KETTLE, "Breakfast will be ready in half the time.", "claim.benefit"),
    (KETTLE, "The water stays hot for hours after it clicks off.", "claim.benefit"),
    (MAT, "Not for you? Send it back and we will sort it out.", "claim.shipping"),
    (KETTLE, "Enter the code KETTLE5 when you pay.", "claim.offer"),
    (KETTLE, "A surprise gift with every kitchen order this month.", "claim.offer"),
    (SPEAKER, "A travel pouch is included, so it goes straight in your bag.", "claim.offer"),
    (NOVEL, "An autographed copy for your shelf.", "claim.feature"),
    (SPEAKER, "A quick charge gets it playing again before you head out.", "claim.feature"),
    (SPEAKER, "Grab it while prices like this are still here.", "claim.scarcity"),
    (SPEAKER, "Since your old speaker gave up, here is a better one.", "claim.recipient"),
    (MAT, "Just right for the studio you joined in spring: the one you signed up for.", None),
    (NOVEL, "One more for your walking group to pass around.", "claim.recipient"),
    (BEANS_EN, "A dark roast for strong morning cups.", "grounding.contradiction"),
    (TEA_EN, "A calm cup of green tea after lunch.", "grounding.contradiction"),
])
def test_blind_families_are_held_en(inputs, sentence, check):
    result = en(inputs, sentence)
    assert result["status"] != "published", result
    if check:
        assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (KETTLE, "Boil water for tea, coffee or a pot of noodles."),
    (MAT, "Since you're new here, a simple mat to start with."),
    (SPEAKER, "It's been a while since your last order: music for the kitchen."),
    (KETTLE, "You'll find it handy every morning."),
    (BEANS_EN, "A light roast for bright morning cups."),
    (TEA_EN, "A pot of black tea for a slow afternoon."),
    (NOVEL, "A paperback to read on the train."),
])
def test_their_good_twins_publish_en(inputs, sentence):
    result = en(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, sentence, check", [
    (OATS_ZH, "早上吃一碗，一整天都不会饿。", "claim.benefit"),
    (ROPE_ZH, "每天跳一跳，孩子能长高。", None),
    (ROPE_ZH, "您之前买的那根跳绳该换了，这根接着用。", "claim.recipient"),
    (OATS_ZH, "朋友来家里吃了都夸好吃。", "claim.testimonial"),
    (OATS_ZH, "老李师傅推荐的早餐搭配。", "claim.testimonial"),
    (BEANS_ZH, "深度烘焙，味道浓一些。", "grounding.contradiction"),
    (TEA_ZH, "一杯红茶，配点心正好。", "grounding.contradiction"),
    (BOTTLE_ZH, "半升的水壶，放进包里刚好。", "grounding.number"),
])
def test_blind_families_are_held_zh(inputs, sentence, check):
    result = zh(inputs, sentence)
    assert result["status"] != "published", result
    if check:
        assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (OATS_ZH, "早上配牛奶吃一碗。"),
    (BEANS_ZH, "中度烘焙，早上煮一杯。"),
    (TEA_ZH, "泡一杯乌龙，下午慢慢喝。"),
    (ROPE_ZH, "在家跳一跳，动一动。"),
])
def test_their_good_twins_publish_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


# The reviewed everyday-life words (vocabulary_zh-CN.yaml scenes): ordinary life publishes; a claim
# made with them is still judged by its own check.
@pytest.mark.parametrize("inputs, sentence", [
    (ROPE_ZH, "晚饭后到楼下跳一会儿，活动活动身体。"),
    (BOTTLE_ZH, "走山路、上坡下坡，都放在包里。"),
])
def test_everyday_life_words_publish_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (ROPE_ZH, "每天跳一跳，身体更健康，不生病。"),
    (BOTTLE_ZH, "上坡下坡都不会渴。"),
])
def test_claims_made_with_them_are_still_held_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] != "published", result


# Read in this stop's make demo and published on the gate of that moment: what the shopper loves,
# wants or has, said to them as a fact.
CARS = {"locale": "en-US", "segment": "loyal", "user": {
    "segment_label": "loyal", "top_category": "toys", "weeks_since_last_order": 2, "frequency": 8},
    "products": [{"product_id": "P00420", "title": "Playwell Nova RC Car Blue", "brand": "Playwell",
                  "category": "toys", "price": 44.99, "currency": "USD"}]}


@pytest.mark.parametrize("sentence, published", [
    ("You want a car that goes fast.", False),
    ("You like racing on Sundays, right?", False),
    ("You're lucky to have a garden this big.", False),
    ("Something fun for the weekend.", True),
    ("We think you will like this one.", True),
])
def test_what_the_shopper_wants_is_not_stated_as_fact(sentence, published):
    from tests.guardrails.test_gate_v24 import message

    body = ("Hi {first_name}, thank you for being a regular. " + sentence
            + " This time we picked the Playwell Nova RC Car Blue at 44.99 USD.")
    result = message(CARS, body, "Thank you for shopping with us again")
    assert (result["status"] == "published") is published, result["failures"]
