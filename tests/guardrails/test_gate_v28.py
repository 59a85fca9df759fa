"""Gate 2.8, families found by probing the demo's own items with what a careless writer or a tiny
model writes (before blind11 was run): newness, superlatives of any adjective (and any 最 + an
adjective), the only one / every feature / the whole world, any storm and everyone, the shop's
own customers as witnesses, items held for the shopper and members' perks, a holiday as the
occasion, what the shopper owns or is running out of, weather, care and fit, time promised in
words, how light an item is (soft: only an input weight supports it). Sentences here are new (not
the probes); each family is paired with texts that must still publish."""

from __future__ import annotations

import pytest

from tests.guardrails.test_gate_v24 import checks, message
from tests.guardrails.test_gate_v25 import product
from tests.guardrails.test_gate_v26 import en, msg_inputs, zh

KETTLE = product("P00601", "Copperpot Nova Kettle 1.7 L", "kitchen", {"color": "silver", "capacity": "1.7 L"}, "en-US")
HOODIE = product("P00602", "Kinfolk Trail Hoodie L", "apparel", {"color": "grey", "material": "cotton", "size": "L"}, "en-US")
TENT = product("P00603", "Ridgeline Lite Tent 3-person", "outdoors", {"capacity": "3-person", "color": "green"}, "en-US")
STOVE = product("P00604", "Acme Trail Camping Stove 380 g", "outdoors", {"weight": "380 g"}, "en-US")
HONEY = product("P00605", "Farmstead Edge Honey 350 g", "grocery", {"weight": "350 g"}, "en-US")
SHIRT_ZH = product("P00606", "Kinfolk Urban Dress Shirt M", "apparel", {"color": "white", "size": "M"})
KETTLE_ZH = product("P00607", "Copperpot Nova Kettle 1.7 L", "kitchen", {"color": "silver", "capacity": "1.7 L"})
TENT_ZH = product("P00608", "Ridgeline Lite Tent 2-person", "outdoors", {"capacity": "2-person", "color": "green"})
HONEY_ZH = product("P00609", "Farmstead Edge Honey 350 g", "grocery", {"weight": "350 g"})


@pytest.mark.parametrize("inputs, sentence, check", [
    # newness: no input says when the item came in
    (KETTLE, "Just landed on our shelves.", "claim.newness"),
    (KETTLE, "The newest kettle in the range.", "claim.newness"),
    (HOODIE, "New for this autumn, in soft grey.", "claim.newness"),
    # any superlative ranks the item
    (KETTLE, "Our quietest kettle so far.", "claim.comparison"),
    (HOODIE, "The cosiest hoodie we carry.", "claim.comparison"),
    (HONEY, "The most golden honey on the shelf.", "claim.comparison"),
    # the only one, every feature, the whole world, anyone and any weather
    (KETTLE, "The only kettle you'll ever need.", "claim.absolute"),
    (KETTLE, "Every function a kitchen could ask for.", "claim.absolute"),
    (HOODIE, "Flatters every body, whatever the weather.", "claim.absolute"),
    (TENT, "Braves any wind the hills throw at it.", "claim.absolute"),
    (HOODIE, "It won't let you down on a cold morning.", "claim.absolute"),
    # the shop's customers as witnesses
    (HONEY, "Our bakers swear by it.", "claim.rating"),
    (HONEY, "People keep coming back for another jar.", "claim.rating"),
    # weather, care and fit are facts of the item
    (TENT, "Keeps the damp out on a wet night.", "claim.feature"),
    (HOODIE, "A slim fit that holds its colour wash after wash.", "claim.feature"),
    # a time promised in words; a life without it
    (KETTLE, "Boils in no time at all.", "claim.benefit"),
    (KETTLE, "You'll wonder how you coped without one.", "claim.benefit"),
    # what the shopper owns
    (HOODIE, "Throw it over the tee you already have on.", "claim.recipient"),
    (KETTLE, "A quiet upgrade on your current kettle.", "claim.recipient"),
    # a calming effect
    (HONEY, "A spoonful helps you unwind at night.", "claim.health"),
])
def test_gate28_families_are_held_en(inputs, sentence, check):
    result = en(inputs, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (KETTLE, "Make the most of a slow Sunday morning with it."),
    (KETTLE, "Fill it up just in time for breakfast."),
    (HOODIE, "A grey cotton hoodie for the walk to work."),
    (HOODIE, "Pull it on after the rest of the day is done."),
    (TENT, "Room for three on a weekend away."),
    (HONEY, "Honey for the breakfast table."),
    (HONEY, "Stir it into tea before bed."),
    (STOVE, "Light enough to carry for a hot meal at camp."),
])
def test_their_good_twins_publish_en(inputs, sentence):
    result = en(inputs, sentence)
    assert result["status"] == "published", result["failures"]


def test_lightness_without_a_weight_goes_to_a_reviewer():
    result = en(TENT, "Light enough to carry all day.")
    assert result["status"] == "needs_review" and checks(result) == {"claim.lightness"}, result["failures"]


@pytest.mark.parametrize("inputs, sentence, check", [
    (KETTLE_ZH, "本季新款，刚刚到货。", "claim.newness"),
    (KETTLE_ZH, "厨房里最顺手的一把水壶。", "claim.comparison"),
    (SHIRT_ZH, "衬衫界的天花板。", "claim.ranking"),
    (SHIRT_ZH, "不管谁穿上都精神。", "claim.absolute"),
    (SHIRT_ZH, "一个尺码，人人都合适。", "claim.absolute"),
    (KETTLE_ZH, "功能齐全，一壶搞定。", "claim.absolute"),
    (HONEY_ZH, "烘焙达人都在用。", "claim.rating"),
    (HONEY_ZH, "一罐够吃一个季度。", "claim.benefit"),
    (HONEY_ZH, "吃过一次就忘不了，再也不想换。", "claim.benefit"),
    (TENT_ZH, "一大家子出门都睡得下。", "claim.absolute"),
    (KETTLE_ZH, "比您现在用的水壶安静。", "claim.recipient"),
    (HONEY_ZH, "过节送礼正合适。", "claim.deadline"),
])
def test_gate28_families_are_held_zh(inputs, sentence, check):
    result = zh(inputs, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (KETTLE_ZH, "早上烧一壶水，泡杯茶。"),
    (KETTLE_ZH, "最近天冷，早上烧一壶水。"),
    (SHIRT_ZH, "上班穿白衬衫，干净利落。"),
    (SHIRT_ZH, "换上新衬衫，开启全新的一天。"),
    (TENT_ZH, "两个人周末去湖边露营。"),
    (HONEY_ZH, "早餐的时候来一勺。"),
])
def test_their_good_twins_publish_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("sentence, check, published", [
    ("We put a couple of these aside for you.", "claim.offer", False),
    ("Members get these first.", "claim.offer", False),
    ("A little something for the holidays.", "claim.deadline", False),
    ("You're probably nearly out of stove fuel.", "claim.recipient", False),
    ("Families like yours often picked these.", "claim.rating", False),
    ("We also picked something for the trail.", None, True),
    ("Which one is yours?", None, True),
])
def test_messages(sentence, check, published):
    inputs = msg_inputs("en-US", STOVE, TENT)
    body = (f"Hi {{first_name}}, {sentence} This time: the Acme Trail Camping Stove 380 g at 39.99 USD "
            "and the Ridgeline Lite Tent 3-person at 39.99 USD.")
    result = message(inputs, body, "Two picks for the trail")
    assert (result["status"] == "published") is published, result["failures"]
    if check:
        assert check in checks(result), result["failures"]
