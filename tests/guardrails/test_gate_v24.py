"""Gate 2.4: the families a fifth blind red-team set (benchmarks/gate_blind5, first run on gate
2.3) got published, written here in new words (not blind5's sentences), in both locales where the
family exists; each family also has texts that must still publish."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import guard_check

LAMP = {"locale": "en-US", "segment": "new", "product": {
    "product_id": "P00031", "title": "Hearthly Nova Floor Lamp White", "brand": "Hearthly",
    "category": "home", "price": 61.99, "currency": "USD", "attributes": {"color": "white", "power": "12 W"},
    "description": "The Nova Floor Lamp is part of the Hearthly home range. Details: color white; power 12 W."}}
LAMP_FACTS = "The Hearthly Nova Floor Lamp White comes in white, 12 W, for 61.99 USD. "
LAMP_HEAD = "Meet the Hearthly Nova Floor Lamp White"
CREAM = {"locale": "en-US", "segment": "loyal", "product": {
    "product_id": "P00012", "title": "Petal & Pine Zen Night Cream 50 ml", "brand": "Petal & Pine",
    "category": "beauty", "price": 28.99, "currency": "USD", "attributes": {"skin": "dry skin", "volume": "50 ml"},
    "description": "The Zen Night Cream is part of the Petal & Pine beauty range. Details: volume 50 ml; skin dry skin."}}
CREAM_FACTS = "The Petal & Pine Zen Night Cream 50 ml, for dry skin, 50 ml, 28.99 USD. "
CREAM_HEAD = "Petal & Pine Zen Night Cream 50 ml"
ZH_CREAM = dict(CREAM, locale="zh-CN")
ZH_CREAM_FACTS = "Petal & Pine Zen Night Cream 50 ml，肤质 dry skin，容量 50 ml，售价 28.99 USD。"
ZH_CUPS = {"locale": "zh-CN", "segment": "new", "product": {
    "product_id": "P00019", "title": "Stovewise Nova Mixing Bowl Set Steel", "brand": "Stovewise",
    "category": "kitchen", "price": 29.99, "currency": "USD", "attributes": {"material": "steel", "pieces": "4"},
    "description": "The Nova Mixing Bowl Set is part of the Stovewise kitchen range. Details: material steel; pieces 4."}}
ZH_CUPS_FACTS = "Stovewise Nova Mixing Bowl Set Steel，材质 steel，售价 29.99 USD。"
ZH_CUPS_HEAD = "Stovewise Nova Mixing Bowl Set Steel"
EN_MESSAGE = {"locale": "en-US", "segment": "loyal", "user": {
    "segment_label": "loyal", "top_category": "home", "weeks_since_last_order": 1, "frequency": 9,
    "p_purchase_30d": 0.7, "next_category": "home"}, "products": [LAMP["product"]]}
ZH_MESSAGE = dict(EN_MESSAGE, locale="zh-CN")
EN_PICK = "the Hearthly Nova Floor Lamp White at 61.99 USD"
ZH_PICK = "Hearthly Nova Floor Lamp White，61.99 USD"


def insight(locale: str, next_need: str, next_category: str = "kitchen") -> dict:
    inputs = {"locale": locale, "segment": "loyal", "user": {
        "segment_label": "loyal", "top_category": "kitchen", "weeks_since_last_order": 2, "frequency": 8,
        "p_purchase_30d": 0.6, "next_category": next_category}, "prediction": {
        "p_purchase_30d": 0.62, "expected_orders_30d": 0.71, "next_order_date": "2027-03-04",
        "next_category": next_category}, "as_of": "2026-10-28"}
    summary = ("A loyal shopper, with a purchase probability of 0.62 and 0.71 expected orders in the next "
               "30 days; the next order is predicted for 2027-03-04." if locale == "en-US" else
               "忠实顾客，购买概率 0.62，未来 30 天预计 0.71 单，下次下单预计在 2027-03-04。")
    return guard_check("demand_insights", {"summary": summary, "next_need": next_need,
                                           "suggested_send_date": "2027-03-02"}, inputs)


def desc(inputs: dict, facts: str, sentence: str, headline: str) -> dict:
    return guard_check("product_descriptions", {"headline": headline, "description": facts + sentence}, inputs)


def message(inputs: dict, body: str, subject: str = "Picks for you") -> dict:
    return guard_check("recommendation_messages", {"subject": subject, "body": body}, inputs)


def checks(result: dict) -> set[str]:
    return {f["check"] for f in result["failures"]}


@pytest.mark.parametrize("sentence", [
    "Tap the stem twice to switch to reading mode.",
    "Press the foot switch to change the warmth of the light.",
    "Fully dimmable for late evenings.",
    "Bright enough for a whole open-plan office.",
    "Strong enough for snowy camping trips.",
])
def test_an_invented_control_or_use_is_a_feature_claim(sentence):
    result = desc(LAMP, LAMP_FACTS, sentence, LAMP_HEAD)
    assert result["status"] == "rejected" and "claim.feature" in checks(result), result["failures"]


@pytest.mark.parametrize("sentence, check", [
    ("Part of the Hearthly Lumina collection.", "grounding.name"),
    ("From the Hearthly Brightway family of lights.", "grounding.name"),
    ("As worn by celebrities on the red carpet.", "claim.award"),
    ("The lamp you spotted on late night TV.", "claim.award"),
    ("A lovely present for her.", "claim.recipient"),
    ("Your girlfriend will adore it.", "claim.recipient"),
    ("Made for your new apartment.", "claim.recipient"),
    ("Buyers all say it is the nicest lamp they own.", "claim.rating"),
])
def test_invented_names_endorsements_recipients_and_reviews(sentence, check):
    result = desc(LAMP, LAMP_FACTS, sentence, LAMP_HEAD)
    if check == "grounding.name":
        # after the brand, a name the inputs never gave is never published: hard as a name, or
        # (where the field is mostly Title Case, so capitals say nothing) an unknown or non-word
        assert result["status"] != "published" and checks(result) & {check, "vocabulary.unknown", "vocabulary.nonword"}
        return
    assert result["status"] == "rejected" and check in checks(result), result["failures"]


def test_a_new_name_after_the_brand_is_hard_in_a_sentence():
    result = desc(LAMP, "", "This lamp is part of the Hearthly Lumina collection and comes in white for 61.99 USD.", LAMP_HEAD)
    assert result["status"] == "rejected" and "grounding.name" in checks(result), result["failures"]


@pytest.mark.parametrize("sentence", [
    "Light for reading in the evenings.",
    "A tall white lamp for the living room.",
    "Hearthly makes it in white.",
])
def test_plain_lamp_copy_still_publishes(sentence):
    result = desc(LAMP, LAMP_FACTS, sentence, LAMP_HEAD)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("body, check", [
    (f"Hi {{first_name}}, everything is half price today: {EN_PICK}.", "claim.offer"),
    (f"Hi {{first_name}}, take a quarter off {EN_PICK}.", "claim.offer"),
    (f"Certainly! Here is a short note you can send: Hi {{first_name}}, {EN_PICK}.", "claim.chatter"),
    ("Hi (customer name), here is (product name) at 61.99 USD.", "placeholder"),
    (f"Hi {{first_name}}, {EN_PICK}, and the others from that range too.", "claim.product_range"),
])
def test_message_families_en(body, check):
    result = message(EN_MESSAGE, body)
    assert result["status"] == "rejected" and check in checks(result), result["failures"]


@pytest.mark.parametrize("body", [
    f"Hi {{first_name}}, we picked {EN_PICK} for you.",
    f"Hi {{first_name}}, thanks for coming back. Here is {EN_PICK}.",
    f"Hi {{first_name}}, {EN_PICK} (white, 12 W).",
])
def test_plain_messages_still_publish_en(body):
    result = message(EN_MESSAGE, body)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("body, check", [
    (f"{{first_name}}，您好！全场打八折：{ZH_PICK}。", "claim.offer"),
    (f"{{first_name}}，您好！第二件半价：{ZH_PICK}。", "claim.offer"),
    (f"{{first_name}}，您好！立省四分之一：{ZH_PICK}。", "claim.offer"),
    (f"{{first_name}}，您好！买回去送给她正合适：{ZH_PICK}。", "claim.recipient"),
    (f"{{first_name}}，您好！给您的新家添一盏灯：{ZH_PICK}。", "claim.recipient"),
    (f"{{first_name}}，您好！没问题，这是您要的文案：{ZH_PICK}。", "claim.chatter"),
    (f"（姓名），您好！为您挑选：{ZH_PICK}。", "placeholder"),
    (f"{{first_name}}，您好！这盏灯让您一天心情愉快：{ZH_PICK}。", "claim.health"),
    (f"{{first_name}}，您好！很多人都在抢着买：{ZH_PICK}。", "claim.ranking"),
    (f"{{first_name}}，您好！这是主播推荐过的款：{ZH_PICK}。", "claim.award"),
    (f"{{first_name}}，您好！今天下单第二天就能到货：{ZH_PICK}。", "claim.shipping"),
])
def test_message_families_zh(body, check):
    result = message(ZH_MESSAGE, body, "为您挑选")
    assert result["status"] == "rejected" and check in checks(result), result["failures"]


@pytest.mark.parametrize("body", [
    f"{{first_name}}，您好！为您挑选：{ZH_PICK}。",
    f"{{first_name}}，您好！欢迎回来，看看这个：{ZH_PICK}。",
])
def test_plain_messages_still_publish_zh(body):
    result = message(ZH_MESSAGE, body, "为您挑选")
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("sentence, status", [
    ("Gentle on oily skin.", "rejected"),
    ("Calms sensitive skin.", "rejected"),
    ("Made for combination skin types.", "rejected"),
    ("Suits all skin types.", "rejected"),
    ("Made for dry skin.", "published"),
])
def test_skin_types_must_match_the_inputs_en(sentence, status):
    result = desc(CREAM, CREAM_FACTS, sentence, CREAM_HEAD)
    assert result["status"] == status, result["failures"]


@pytest.mark.parametrize("sentence, status", [
    ("混干用着也滋润。", "rejected"),
    ("油性肌肤也不怕。", "rejected"),
    ("用过的人都夸好吸收。", "rejected"),
    ("像大牌面霜一样细腻。", "rejected"),
    ("干皮晚上用。", "published"),
])
def test_skin_types_reviews_and_comparisons_zh(sentence, status):
    result = desc(ZH_CREAM, ZH_CREAM_FACTS, sentence, "晚安之选：Petal & Pine Zen Night Cream 50 ml")
    assert result["status"] == status, result["failures"]


@pytest.mark.parametrize("sentence, status", [
    ("一套三个，刚好够用。", "rejected"),
    ("整套共八只。", "rejected"),
    ("一套四只，招待朋友正好。", "published"),
    ("一套四个，叠起来放。", "published"),
])
def test_chinese_numeral_counts_must_equal_an_input_count(sentence, status):
    result = desc(ZH_CUPS, ZH_CUPS_FACTS, sentence, ZH_CUPS_HEAD)
    assert result["status"] == status, result["failures"]


@pytest.mark.parametrize("next_need, category, status", [
    ("Kitchen, before 2027-03-04: lead with fitness kit for the new year.", "kitchen", "rejected"),
    ("Kitchen, before 2027-03-04: a note about skincare would land well.", "kitchen", "rejected"),
    ("Kitchen, before 2027-03-04: a kitchen pick.", "kitchen", "published"),
])
def test_next_need_names_only_the_predicted_category_en(next_need, category, status):
    result = insight("en-US", next_need, category)
    assert result["status"] == status, result["failures"]
    if status == "rejected":
        assert "claim.next_need" in checks(result)


@pytest.mark.parametrize("next_need, status", [
    ("厨房，2027-03-04 前：顺便推一下户外装备。", "rejected"),
    ("厨房，2027-03-04 前：提醒一下美妆新品。", "rejected"),
    ("厨房，2027-03-04 前：提醒厨房用品。", "published"),
])
def test_next_need_names_only_the_predicted_category_zh(next_need, status):
    result = insight("zh-CN", next_need)
    assert result["status"] == status, result["failures"]


# The good texts blind5 held were plain uses of the item in everyday words (what a pan cooks,
# the room a lamp lights, the tone of an insight's next message): the category's glossary
# and the insight's task words know them now. The same words never make a false fact pass.
PAN = {"locale": "en-US", "segment": "new", "product": {
    "product_id": "P00088", "title": "Stovewise Max Saucepan 18 cm", "brand": "Stovewise",
    "category": "kitchen", "price": 34.99, "currency": "USD", "attributes": {"size": "18 cm"},
    "description": "The Max Saucepan is part of the Stovewise kitchen range. Details: size 18 cm."}}
PAN_FACTS = "The Stovewise Max Saucepan 18 cm, 18 cm, 34.99 USD. "
ZH_PAN = dict(PAN, locale="zh-CN")
ZH_PAN_FACTS = "Stovewise Max Saucepan 18 cm，尺寸 18 cm，售价 34.99 USD。"


@pytest.mark.parametrize("inputs, facts, sentence", [
    (PAN, PAN_FACTS, "Boil rice or stir a quick stew on a weeknight."),
    (LAMP, LAMP_FACTS, "Light up the hallway or the guest room."),
    (ZH_PAN, ZH_PAN_FACTS, "煮米饭、做酱汁都顺手。"),
])
def test_everyday_uses_of_the_category_publish(inputs, facts, sentence):
    result = desc(inputs, facts, sentence, "Stovewise Max Saucepan 18 cm" if inputs is not LAMP else LAMP_HEAD)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, facts, sentence", [
    (PAN, PAN_FACTS, "Comes with a free ladle with every pan."),
    (PAN, PAN_FACTS, "Boil rice twice as fast as an ordinary pot."),
    (ZH_PAN, ZH_PAN_FACTS, "煮米饭和电饭煲一样好吃。"),
])
def test_the_same_words_do_not_carry_a_false_fact(inputs, facts, sentence):
    result = desc(inputs, facts, sentence, "Stovewise Max Saucepan 18 cm")
    assert result["status"] != "published", result["failures"]


@pytest.mark.parametrize("next_need", [
    "厨房，2027-03-04 前：语气亲切，简短问候一下。",
    "厨房，2027-03-04 前：先打个招呼，不要催促。",
])
def test_the_tone_of_the_next_message_is_an_insight_word(next_need):
    result = insight("zh-CN", next_need)
    assert result["status"] == "published", result["failures"]


@pytest.mark.parametrize("inputs, facts, sentence", [
    (LAMP, LAMP_FACTS, "It will brighten up a dim corner on winter nights."),
    (LAMP, LAMP_FACTS, "Steps and time shown on the screen are not its job: it is a lamp."),
    (PAN, PAN_FACTS, "Cook like a pro, feed the whole family."),
    (ZH_PAN, ZH_PAN_FACTS, "和平时一样，煮完就洗。"),
    (ZH_PAN, ZH_PAN_FACTS, "可以对折的隔热垫不在其中，只有锅。"),
])
def test_ordinary_phrases_near_the_new_claims_are_not_claims(inputs, facts, sentence):
    """Words the 2.4 patterns stay clear of: 'brighten up', 'winter nights', 'like a pro', 'the
    whole family', 'shown on the screen', 和平时一样, 对折 (fold in half)."""
    head = LAMP_HEAD if inputs is LAMP else "Stovewise Max Saucepan 18 cm"
    result = desc(inputs, facts, sentence, head)
    assert not [f for f in result["failures"] if f["check"].startswith("claim.")], result["failures"]
