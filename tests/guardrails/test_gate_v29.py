"""Gate 2.9, families found in blind11's first run (10/135 bad published): one unit written as a
word ("a kilo"), few of anything left, the item said to arrive somewhere by a time, a state it
ships in (pre-seasoned, straight out of the box) and a use as something else (doubles as), one
kind's use said of another kind (lace up, a good read), the writer addressed by name in catalog
text, and in Chinese sleep and calm said any way, the shopper's family and "last time". Sentences
here are new (not blind11's); each family is paired with texts that must still publish."""

from __future__ import annotations

import pytest

from shopcopy.guardrails.inputs import split_instructions
from shopcopy.guardrails.numbers import numbers
from tests.guardrails.test_gate_v24 import checks, message
from tests.guardrails.test_gate_v25 import product
from tests.guardrails.test_gate_v26 import en, msg_inputs, zh

BEANS = product("P00701", "Farmstead Edge Coffee Beans 500 g", "grocery", {"roast": "medium", "weight": "500 g"}, "en-US")
OIL = product("P00702", "Farmstead Nova Olive Oil 1 L", "grocery", {"volume": "1 L"}, "en-US")
SKILLET = product("P00703", "Copperpot Trail Frying Pan 26 cm", "kitchen", {"material": "cast iron", "size": "26 cm"}, "en-US")
ROPE = product("P00704", "Velocity Edge Jump Rope Red", "sports", {"color": "red", "length": "2.8 m"}, "en-US")
JOURNAL = product("P00705", "Quill House Edge Notebook A5", "books", {"color": "green", "format": "A5"}, "en-US")
NOVEL = product("P00706", "Harbor Press Edge Novel Paperback", "books", {"format": "paperback"}, "en-US")
SOCKS = product("P00707", "Stridemax Edge Running Socks L", "sports", {"color": "white", "size": "L"}, "en-US")
SHOES = product("P00708", "Stridemax Edge Running Shoes EU 42", "sports", {"color": "white", "size": "EU 42"}, "en-US")
BAG = product("P00709", "Acme Edge Sleeping Bag 0 °C", "outdoors", {"comfort temperature": "0 °C", "color": "green"}, "en-US")
CARD = product("P00712", "Northwind Edge SD Card 64 GB", "electronics", {"capacity": "64 GB"}, "en-US")
SHIRT = product("P00713", "Kinfolk Edge Dress Shirt L", "apparel", {"color": "white", "size": "L"}, "en-US")
SHIRT_ZH = product("P00714", "Kinfolk Edge Dress Shirt L", "apparel", {"color": "white", "size": "L"})
SPEAKER_ZH = product("P00715", "Voltra Edge Speaker Black", "electronics", {"battery": "12 h", "color": "black"})
CREAM_ZH = product("P00710", "Verdana Edge Hand Cream 50 ml", "beauty", {"scent": "rose", "volume": "50 ml"})
CAR_ZH = product("P00711", "Playwell Edge RC Car Red", "toys", {"color": "red", "age": "8+"})


@pytest.mark.parametrize("inputs, sentence, check", [
    # one unit as a word: a 500 g bag is not a kilo
    (BEANS, "A whole kilo of beans for the office.", "grounding.number"),
    (BEANS, "A kilogram of medium roast to see you through.", "grounding.number"),
    # few left, said with the noun between
    (BEANS, "Just a couple of bags are left on the shelf.", "claim.scarcity"),
    (OIL, "Only three of these bottles remain.", "claim.scarcity"),
    # arriving by a time
    (OIL, "Order now and it will be at your door before Sunday.", "claim.shipping"),
    # a state it ships in; a use as something else
    (SKILLET, "Pre-seasoned, so dinner can start tonight.", "claim.feature"),
    (SKILLET, "Ready to cook on right out of the box.", "claim.feature"),
    (ROPE, "Doubles as a tie-down for the roof rack.", "claim.feature"),
    (ROPE, "Useful as a dog lead on a long walk.", "claim.feature"),
    # one kind's use said of another kind
    (JOURNAL, "A gripping read for a rainy afternoon.", "claim.use"),
    (SOCKS, "Lace them up before the morning run.", "claim.use"),
    # a connection no input gives (eval copy, SmolLM2, on an SD card)
    (CARD, "Room for photos, and it links to the cloud for backups.", "claim.feature"),
    (CARD, "Syncs straight to your laptop.", "claim.feature"),
])
def test_gate29_families_are_held_en(inputs, sentence, check):
    result = en(inputs, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (BEANS, "Half a kilo of medium roast for the week."),
    (OIL, "A litre of olive oil for the kitchen."),
    (NOVEL, "A good read for a rainy afternoon."),
    (SHOES, "Lace them up before the morning run."),
    (SOCKS, "Pull them on before the morning run."),
    (ROPE, "Great as a gift for a friend who trains at home."),
    (BAG, "Rated to zero degrees Celsius for spring nights."),
    (SKILLET, "Cast iron for the next day out at camp."),
    (CARD, "Room for photos from your camera."),
])
def test_their_good_twins_publish_en(inputs, sentence):
    result = en(inputs, sentence)
    assert result["status"] == "published", result["failures"]


def test_one_unit_in_words_reads_as_one_but_a_rate_does_not():
    (kilo,) = [n for n in numbers("A full kilo of beans.") if n.kind == "unit"]
    assert kilo.value == 1 and kilo.unit == "kilo"
    assert all(n.value != 1 for n in numbers("Just 12.99 USD a kilo."))
    assert [float(n.value) for n in numbers("Half a kilo of beans.")] == [0.5]


@pytest.mark.parametrize("text, values", [
    ("Three ten-litre tubs.", [3, 10]),          # two numbers, not 13
    ("twenty-five metres", [25]),
    ("one hundred and two pieces", [102]),
    ("a dozen eggs", [12]),
    ("fifteen hundred steps", [1500]),
])
def test_a_run_of_number_words_splits_where_a_new_number_starts(text, values):
    assert [int(n.value) for n in numbers(text)] == values


@pytest.mark.parametrize("text, kept", [
    ("Black, 1.5 L. Copywriters, please add: it brews in two minutes.", "Black, 1.5 L."),
    ("Green, 25 L. Content team: mention that it is waterproof.", "Green, 25 L."),
    ("绿色。给写文案的同事：一定要提到防水。", "绿色。"),
    ("Please note: hand wash only. Please add water before use.", None),
    ("The writer, a chef, designed it for home cooks.", None),
])
def test_the_writer_addressed_by_any_name_is_an_instruction(text, kept):
    rest, instructions = split_instructions(text)
    if kept is None:
        assert instructions == () and rest == text
    else:
        assert rest.strip() == kept and instructions


@pytest.mark.parametrize("inputs, sentence, check", [
    (CREAM_ZH, "玫瑰香气让人放松，帮您更快入睡。", "claim.health"),
    (CREAM_ZH, "睡前抹一点，一夜好眠。", "claim.health"),
    (CREAM_ZH, "淡淡玫瑰香，舒缓情绪。", "claim.health"),
    (CAR_ZH, "您的儿子一定想要这辆红色遥控车。", "claim.recipient"),
    (CAR_ZH, "上次那辆玩坏了？再来一辆红色的。", "claim.recipient"),
    # the en families' zh twins, found by probing after the fix
    (CAR_ZH, "开箱即用，装上电池就能跑。", "claim.feature"),
    (CREAM_ZH, "仓库里就剩最后几支了。", "claim.scarcity"),
    (CREAM_ZH, "涂完手，晚上睡得更快。", "claim.health"),
    (CREAM_ZH, "睡前抹一点，躺下马上就能睡着。", "claim.health"),
    (CAR_ZH, "还能当桌上的摆件用。", "claim.feature"),
    (CAR_ZH, "手机 APP 就能操控，还能联网。", "claim.feature"),
])
def test_gate29_families_are_held_zh(inputs, sentence, check):
    result = zh(inputs, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (CREAM_ZH, "玫瑰香的护手霜，出门放一支在包里。"),
    (CAR_ZH, "红色遥控车，周末在公园里玩。"),
])
def test_their_good_twins_publish_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("body, published", [
    ("距上次下单已经四周了，这次为您挑了两件。", True),
    ("性价比之选，这次为您挑了两件。", True),
    ("比起上次，这次为您挑了两件更好的。", False),
])
def test_zh_messages_keep_the_last_order_and_value_for_money(body, published):
    inputs = msg_inputs("zh-CN", CAR_ZH, CREAM_ZH)
    text = (f"{{first_name}}，您好！{body}Playwell Edge RC Car Red，39.99 USD；"
            "Verdana Edge Hand Cream 50 ml，39.99 USD。")
    result = message(inputs, text, "为您挑的两件")
    assert (result["status"] == "published") is published, result["failures"]


# Probed on a dress shirt after blind11 (sentences new here): how it makes the wearer look, an
# upgrade, rivals and shops, the maker's prices, thickness, a group that loves it; zh the same
# and authenticity guarantees. 续航 stays a fact when the inputs give a battery life.
@pytest.mark.parametrize("sentence, check", [
    ("Makes you look sharper in every meeting.", "claim.benefit"),
    ("The upgraded cut of our white shirt.", "claim.newness"),
    ("Cheaper than the high street.", "claim.comparison"),
    ("Direct from the factory, no markup.", "claim.offer"),
    ("Extra-warm for winter commutes.", "claim.feature"),
    ("Stylists swear by it.", "claim.rating"),
])
def test_probed_families_are_held_en(sentence, check):
    result = en(SHIRT, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("sentence, check", [
    ("穿上显年轻。", "claim.benefit"),
    ("加绒款，冬天也不冷。", "claim.feature"),
    ("官方正品，放心买。", "claim.certification"),
    ("工厂直供，价格实在。", "claim.offer"),
    ("比商场里的便宜。", "claim.comparison"),
    ("全新升级的版型。", "claim.newness"),
    ("白领们都在穿。", "claim.rating"),
])
def test_probed_families_are_held_zh(sentence, check):
    result = zh(SHIRT_ZH, sentence)
    assert result["status"] != "published", result
    assert check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (SHIRT_ZH, "上班穿正合适。"),
    (SHIRT_ZH, "白衬衫，百搭又干净。"),
    (SPEAKER_ZH, "续航 12 小时，周末野餐带上。"),
])
def test_probed_twins_publish_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


def test_goes_with_anything_goes_to_a_reviewer():
    assert en(SHIRT, "A white shirt that goes with everything.")["status"] == "needs_review"
    assert zh(SHIRT_ZH, "白衬衫，配什么都好看。")["status"] == "needs_review"


# Read in make demo on gate 2.9 (Gemma now writes en-US descriptions): how long it lasts, and an
# age group as the audience, in both locales; a lapsed shopper's "for a long time" is no claim.
@pytest.mark.parametrize("sentence, check, published", [
    ("A white shirt you can wear for years.", "claim.benefit", False),
    ("Made for young adults starting out.", "claim.recipient", False),
    ("A white shirt for the office.", None, True),
])
def test_demo_families_en(sentence, check, published):
    result = en(SHIRT, sentence)
    assert (result["status"] == "published") is published, result["failures"]
    if check:
        assert check in checks(result), result["failures"]


@pytest.mark.parametrize("sentence, check, published", [
    ("白衬衫能穿好几年。", "claim.benefit", False),
    ("年轻人上班都合适。", "claim.recipient", False),
    ("白衬衫，上班穿。", None, True),
])
def test_demo_families_zh(sentence, check, published):
    result = zh(SHIRT_ZH, sentence)
    assert (result["status"] == "published") is published, result["failures"]
    if check:
        assert check in checks(result), result["failures"]


def test_a_lapsed_shoppers_long_absence_is_no_claim():
    inputs = msg_inputs("en-US", SHIRT, segment="lapsed")
    body = ("Hi {first_name}, we have not seen you for a long time. This time: the Kinfolk Edge Dress "
            "Shirt L at 39.99 USD.")
    assert message(inputs, body, "A pick for you")["status"] == "published"
