"""Gate 2.5: what an everyday sentence names - the scene, what the item cuts, cooks or holds -
is judged by the item's kind (the glossary), not held as unknown; the words around stay judged.
Sentences are new (not from a corpus); each rule has texts that must still be held."""

from __future__ import annotations

import pytest

from tests.guardrails.test_gate_v24 import checks, desc, insight


def product(pid: str, title: str, category: str, attributes: dict, locale: str = "zh-CN",
            segment: str = "new") -> dict:
    brand = title.split()[0]
    details = "; ".join(f"{k} {v}" for k, v in attributes.items())
    return {"locale": locale, "segment": segment, "product": {
        "product_id": pid, "title": title, "brand": brand, "category": category, "price": 39.99,
        "currency": "USD", "attributes": attributes,
        "description": f"The {' '.join(title.split()[1:3])} is part of the {brand} {category} range. Details: {details}."}}


KNIFE = product("P00101", "Stovewise Nova Chef Knife 18 cm", "kitchen", {"blade": "18 cm", "material": "stainless steel"})
BALM = product("P00102", "Verdana Lite Lip Balm Unscented", "beauty", {"scent": "unscented"})
PACK = product("P00103", "Northwind Edge Backpack 25L", "outdoors", {"color": "green", "capacity": "25L"})
STOVE = product("P00104", "Ridgeline Air Camping Stove 350 g", "outdoors", {"weight": "350 g"})
PAN = product("P00105", "Copperpot Classic Frying Pan 26 cm", "kitchen", {"material": "cast iron", "size": "26 cm"})
EN_NOTEBOOK = product("P00106", "Quill House Nova Notebook A4", "books", {"color": "blue", "format": "A4"}, "en-US")
EN_CAMERA = product("P00107", "Pixelon Edge Camera Black", "electronics", {"color": "black", "resolution": "26 MP"}, "en-US")


def zh(inputs: dict, sentence: str) -> dict:
    p = inputs["product"]
    facts = f"{p['title']}，" + "，".join(f"{k} {v}" for k, v in p["attributes"].items()) + "，售价 39.99 USD。"
    return desc(inputs, facts, sentence, p["title"])


def en(inputs: dict, sentence: str) -> dict:
    p = inputs["product"]
    facts = f"The {p['title']} comes in " + ", ".join(str(v) for v in p["attributes"].values()) + ", for 39.99 USD. "
    return desc(inputs, facts, sentence, p["title"])


@pytest.mark.parametrize("inputs, sentence", [
    (KNIFE, "切点水果、片几片鱼肉，都很顺手。"),
    (KNIFE, "下班后备菜，切洋葱切肉都利索。"),
    (PACK, "装得下外套、水杯和零食，上学上班都能背。"),
    (STOVE, "在营地煮碗热面条，再烧壶水。"),
    (STOVE, "放进背包里就能带走。"),
    (PAN, "周末早上煎蛋，晚饭炒个青菜。"),
])
def test_everyday_use_of_the_items_kind_publishes_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, sentence, check", [
    # the same use words on another kind of item are still unknown to it
    (BALM, "切点水果、片几片鱼肉，都很顺手。", "vocabulary.unknown"),
    # a product type in an is-a position is still a false fact
    (PACK, "一个好用的水杯，装水方便。", "grounding.product_type"),
    # oven-safe, induction-ready: properties the inputs never gave
    (PAN, "可以直接放进烤箱。", "claim.feature"),
    (PAN, "电磁炉上也能用。", "claim.feature"),
])
def test_uses_the_inputs_do_not_support_are_still_held_zh(inputs, sentence, check):
    result = zh(inputs, sentence)
    assert result["status"] != "published" and check in checks(result), result["failures"]


def test_plural_they_is_not_a_demographic_but_he_is():
    ok = insight("zh-CN", "厨房，在 2027-03-04 之前发送：帮他们找到下一件厨房好物。")
    assert "claim.demographics" not in checks(ok), ok["failures"]
    held = insight("zh-CN", "厨房，在 2027-03-04 之前发送：帮他找到下一件厨房好物。")
    assert "claim.demographics" in checks(held), held["failures"]


def test_phrasal_verbs_and_offers_as_provides_en():
    assert en(EN_NOTEBOOK, "Jot down lists, plans and ideas.")["status"] == "published"
    assert en(EN_CAMERA, "It offers a quick way to capture the trip.")["status"] == "published"
    assert "claim.material" in checks(en(EN_NOTEBOOK, "A soft down cover for the desk."))
    assert "claim.offer" in checks(en(EN_CAMERA, "This week the shop offers 20% off."))


# --- families two blind corpora (gate_blind6 en, gate_blind7 zh; first run on gate 2.4) got
# published, in new words; each with texts that must still publish ---

EN_BOTTLE = product("P00108", "Acme Trail Water Bottle 750 ml", "sports", {"color": "green", "volume": "750 ml"}, "en-US")
EN_DUVET = product("P00109", "Linden & Co Nova Duvet Double", "home", {"material": "microfiber", "size": "double"}, "en-US")
EN_MUG_LAMP = product("P00110", "Hearthly Edge Desk Lamp Grey", "home", {"color": "grey", "power": "8 W"}, "en-US")
ZH_DUVET = product("P00111", "Linden & Co Nova Duvet Double", "home", {"material": "microfiber", "size": "double"})
ZH_SHOES = product("P00112", "Velocity Edge Running Shoes EU 41", "sports", {"color": "red", "size": "EU 41"})


@pytest.mark.parametrize("inputs, sentence, check", [
    (EN_BOTTLE, "You will never run out of water on a hike again.", "claim.benefit"),
    (EN_BOTTLE, "It saves you a trip to the cafe every morning.", "claim.benefit"),
    (EN_BOTTLE, "Keeps you going through the longest workouts.", "claim.benefit"),
    (EN_BOTTLE, "One bottle lasts you for years of trips.", "claim.benefit"),
    (EN_BOTTLE, "Grab one this weekend only.", "claim.offer"),
    (EN_BOTTLE, "Order before the price rises.", "claim.offer"),
    (EN_BOTTLE, "A second bottle is on us.", "claim.offer"),
    (EN_BOTTLE, "Comes with a spare lid for the gym bag.", "claim.offer"),
    (EN_BOTTLE, "As you asked, one for the gym.", "claim.recipient"),
    (EN_BOTTLE, "The bottle everyone is talking about.", "claim.award"),
    (EN_BOTTLE, "Fill it up in under a minute.", "claim.feature"),
    (EN_DUVET, "Made to fit a single bed.", "claim.attribute"),
    (EN_MUG_LAMP, "Fresh coffee for the whole table, from a brand you know.", "grounding.exemplar_copy"),
    (EN_MUG_LAMP, "Made for your morning runs and your weekend races.", "grounding.exemplar_copy"),
])
def test_blind6_families_en(inputs, sentence, check):
    result = en(inputs, sentence)
    assert result["status"] == "rejected" and check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (EN_BOTTLE, "Fill it up before a hike and drink on the trail."),
    (EN_DUVET, "A double duvet for cosy nights in bed."),
    (EN_MUG_LAMP, "A steady light for evenings at the desk."),
])
def test_plain_copy_still_publishes_en(inputs, sentence):
    result = en(inputs, sentence)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, sentence, check", [
    (PACK, "有了它，出门再也不用多带一个袋子。", "claim.benefit"),
    (PACK, "再重的东西也背得动。", "claim.benefit"),
    (PACK, "让您每天都轻松出门。", "claim.benefit"),
    (PACK, "您上个月说想要的就是这种背包。", "claim.recipient"),
    (PACK, "您家孩子背去上学正合适。", "claim.recipient"),
    (PACK, "知道您周末常去爬山。", "claim.recipient"),
    (PACK, "中老年人背着也不累。", "claim.recipient"),
    (PACK, "现在买就送一个水壶。", "claim.offer"),
    (PACK, "还能当作枕头用。", "claim.feature"),
    (ZH_DUVET, "单人床用刚刚好。", "claim.attribute"),
    (ZH_SHOES, "下厨做饭的好帮手，天天用得上。", "grounding.exemplar_copy"),
])
def test_blind7_families_zh(inputs, sentence, check):
    result = zh(inputs, sentence)
    assert result["status"] == "rejected" and check in checks(result), result["failures"]


@pytest.mark.parametrize("inputs, sentence", [
    (ZH_DUVET, "双人床用刚刚好，晚上盖着睡。"),
    (ZH_SHOES, "适合每天跑步，周末出门也舒服。"),  # the running-shoe example, on running shoes
    (PACK, "周末出门，背上就走。"),
])
def test_plain_copy_still_publishes_zh(inputs, sentence):
    result = zh(inputs, sentence)
    assert result["status"] == "published", result["failures"]


def test_minus_in_words_is_the_subzero_temperature():
    bag = product("P00113", "Ridgeline Air Sleeping Bag -2 °C", "outdoors",
                  {"color": "blue", "comfort temperature": "-2 °C"}, "en-US")
    assert en(bag, "Comfortable down to minus two degrees.")["status"] == "published"
    assert "grounding.number" in checks(en(bag, "Comfortable down to minus five degrees."))


def test_battery_size_decimal_numerals_and_an_english_sentence_in_chinese():
    cells = product("P00114", "Starling Lite Rechargeable Batteries AAA 4-pack", "electronics",
                    {"type": "AAA 4-pack"}, "en-US")
    assert "claim.attribute" in checks(en(cells, "AA batteries for the remote."))
    assert en(cells, "AAA batteries for the remote.")["status"] == "published"
    kettle = product("P00115", "Acme Nova Coffee Maker Blue", "kitchen", {"capacity": "1.2 L", "color": "blue"})
    assert "grounding.number" in checks(zh(kettle, "一点五升的容量，早上煮一壶。"))
    assert zh(kettle, "早上煮一壶，加一点牛奶。")["status"] == "published"
    result = zh(PACK, "These bags are great for you，周末出门正合适。")
    assert "language" in checks(result) and result["status"] != "published", result["failures"]


def test_a_brand_you_know_only_to_a_loyal_shopper():
    cam_new = product("P00116", "Auralis Air Camera White", "electronics", {"color": "white"}, "en-US", "new")
    cam_loyal = product("P00116", "Auralis Air Camera White", "electronics", {"color": "white"}, "en-US", "loyal")
    assert "claim.familiarity" in checks(en(cam_new, "A camera for the night, from a brand you know."))
    assert en(cam_loyal, "A camera for the night, from a brand you know.")["status"] == "published"
    zh_new = product("P00117", "Acme Nova Wall Clock Beige", "home", {"color": "beige"}, "zh-CN", "new")
    assert "claim.familiarity" in checks(zh(zh_new, "来自您熟悉的品牌。"))


def test_a_result_promised_for_using_it_zh():
    # read in make demo (published before this rule): 运动很重要，用上它，才能快乐
    assert "claim.benefit" in checks(zh(PACK, "出门很重要，用上它，才能快乐。"))
    assert "claim.benefit" in checks(zh(PACK, "有了它就能轻松出门。"))
    assert zh(PACK, "用上它出门徒步，装得下外套。")["status"] == "published"


def test_a_device_that_can_do_everything_is_an_absolute():
    # published in a make demo on the gate before this rule
    phone = product("P00118", "Voltra Edge Smartphone Green", "electronics", {"color": "green"}, "en-US")
    assert "claim.absolute" in checks(en(phone, "Smartphone, a device that can do everything."))
    assert en(phone, "A phone for calls and photos on the go.")["status"] == "published"
