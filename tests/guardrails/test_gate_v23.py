"""Gate 2.3 behaviours one at a time, on real sample-shop inputs (the corpus catalog): ordinary
words that cannot carry a claim pass - a verb of use jieba leaves alone (煮, 剁, 窝), a measure
noun after a numeral (一大罐, 倒一碗, "a 680 g jar"), a part of the item (机身), a function word
jieba tags as a noun (距, 主要), a dish (意大利面, "Italian dinners"), a price label (现售) - while
the same words stating a false fact are still held: a container, a material, a capability, an
origin, a number."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import check
from shopcopy.guardrails.evaluate import _read as read_corpus
from shopcopy.guardrails.evaluate import corpus_catalog
from shopcopy.guardrails.everyday import zh_everyday, zh_everyday_class
from shopcopy.guardrails.numbers import numbers

CATALOG = {p["product_id"]: p for p in read_corpus("catalog.yaml")["products"]}
INPUTS = read_corpus("inputs.yaml")
# coffee maker, chef knife, throw blanket, SD card, pasta sauce, granola, spaghetti, smartphone,
# frying pan, sleeping bag 5 °C
CM, KN, BL, SD, PS, GR, SP, PH, PAN, BAG = ("P00089", "P00039", "P00116", "P00012", "P00006",
                                           "P00026", "P00064", "P00028", "P00062", "P00157")
POLES, LAMP = "P00095", "P00029"  # trekking poles (length 110-135 cm), desk lamp (9 W)


def product_inputs(pid: str, locale: str) -> dict:
    """The prompt inputs of one catalog product, built as the sample shop builds them."""
    p = CATALOG[pid]
    attrs = dict(p["attributes"])
    variant = str(next(iter(attrs.values())))
    model, _, tail = p["title"][len(p["brand"]) + 1:].partition(" ")
    noun = tail[: -(len(variant) + 1)] if tail.lower().endswith(variant.lower()) else tail
    facts = "; ".join(f"{k} {v}" for k, v in attrs.items())
    return {"locale": locale, "segment": "loyal", "product": {
        "product_id": pid, "title": p["title"], "brand": p["brand"], "category": p["category"],
        "price": p["price"], "currency": p["currency"], "attributes": attrs,
        "description": f"The {model} {noun} is part of the {p['brand']} {p['category']} range. "
                       f"Details: {facts}."}}


def judge_pd(pid: str, locale: str, description: str, headline: str | None = None):
    inputs = product_inputs(pid, locale)
    v = check("product_descriptions", {"headline": headline or CATALOG[pid]["title"],
                                       "description": description}, inputs, corpus_catalog())
    return v.status, {f.check for f in v.failures}


@pytest.mark.parametrize(("pid", "locale", "text"), [
    (CM, "zh-CN", "早上煮一壶咖啡，开始新的一天。Copperpot Max Coffee Maker White，114.99 美元。"),
    (KN, "zh-CN", "切、剁、片都顺手。Stovewise Trail Chef Knife 20 cm，40.99 美元。"),
    (BL, "zh-CN", "窝在沙发上看电影，盖着正好。Casa Verde Lite Throw Blanket Grey，44.99 美元。"),
    (PS, "zh-CN", "680 克一大罐意面酱，4.99 美元。"),
    (GR, "zh-CN", "早上倒一碗，就是早餐。Farmstead Edge Granola 500 g，7.99 美元。"),
    (PH, "zh-CN", "Voltra Air 智能手机，藏青色机身，64GB 存储空间，售价 576.99 美元。"),
    (SP, "zh-CN", "500 克装意大利面，只要 2.99 美元。"),
    (SD, "zh-CN", "256GB SD 卡，Auralis，26.99 美元。"),
    (PS, "en-US", "A 680 g jar of pasta sauce, 4.99 USD."),
    (GR, "en-US", "A bowl of granola for breakfast. 500 g, 7.99 USD."),
    (SP, "en-US", "Spaghetti for Italian dinners at home. 500 g, 2.99 USD."),
    (POLES, "zh-CN", "铝合金登山杖，长度 110-135 厘米可调，50.99 美元。"),
    (POLES, "en-US", "Aluminium trekking poles that adjust from 110 to 135 cm. 50.99 USD."),
])
def test_ordinary_words_pass(pid, locale, text):
    assert judge_pd(pid, locale, text) == ("published", set())


@pytest.mark.parametrize(("pid", "locale", "text", "caught_by"), [
    (GR, "zh-CN", "500 克燕麦片，玻璃罐装，开罐即食。7.99 美元。", "claim.material"),
    (PS, "zh-CN", "680 克意面酱，买一罐送一罐。4.99 美元。", "claim.offer"),
    (PH, "zh-CN", "藏青色陶瓷机身，64GB，576.99 美元。", "claim.material"),
    (PAN, "zh-CN", "28 厘米煎锅，能蒸能煮。19.99 美元。", "vocabulary.unknown"),
    (CM, "zh-CN", "还能煮粥、煮汤，一机多用。114.99 美元。", "vocabulary.unknown"),
    (SP, "zh-CN", "500 克意大利面，产自意大利，2.99 美元。", "claim.origin"),
    (BAG, "zh-CN", "舒适温度零下 5 °C，77.99 美元。", "grounding.number"),
    (PS, "zh-CN", "680 克一大罐，够拌 8 盘意面。4.99 美元。", "grounding.number"),
    (GR, "en-US", "500 g of granola in a resealable glass jar. 7.99 USD.", "claim.material"),
    (SP, "en-US", "Spaghetti made in Italy, 500 g. 2.99 USD.", "claim.origin"),
    (LAMP, "zh-CN", "黑色台灯，亮度可调，9 W，32.99 美元。", "claim.adjustable"),
    (LAMP, "en-US", "A black desk lamp with an adjustable arm, 9 W. 32.99 USD.", "claim.adjustable"),
])
def test_the_same_words_stating_a_false_fact_are_held(pid, locale, text, caught_by):
    status, checks = judge_pd(pid, locale, text)
    assert status != "published" and caught_by in checks, (status, checks)


def test_relation_words_and_price_labels_pass_in_messages_and_insights():
    di = INPUTS["di-zh-U001248"]
    v = check("demand_insights", {"summary": "性价比客户，主要购买厨房用品；距上次下单 2 周，30 天内购买概率 0.49。",
                                  "next_need": "厨房，约在 2027-01-10 下单。",
                                  "suggested_send_date": "2027-01-08"}, di["inputs"], corpus_catalog())
    assert v.status == "published", v.failures
    wrong = check("demand_insights", {"summary": "性价比客户，距上次下单已 9 周。",
                                      "next_need": "厨房，约在 2027-01-10 下单。",
                                      "suggested_send_date": "2027-01-08"}, di["inputs"], corpus_catalog())
    assert "grounding.number" in {f.check for f in wrong.failures}
    rm = INPUTS["rm-zh-U001248"]
    v = check("recommendation_messages", {"subject": "为您推荐", "body": "{first_name}，Copperpot "
              "Lite Chef Knife 15 cm 现售 52.99 USD。"}, rm["inputs"], corpus_catalog())
    assert v.status == "published", v.failures


def test_sub_zero_temperatures_are_negative_numbers():
    assert [n.value for n in numbers("舒适温度零下 2 °C")] == [-2]
    assert [n.value for n in numbers("comfort temperature minus 2 °C")] == [-2]
    assert [n.value for n in numbers("负责 3 件")] == [3]


def test_a_dictionary_word_is_more_than_a_verb_character():
    """统 is admitted only as an action standing alone; 统一 (a price for everything) is not 统 + 一."""
    assert zh_everyday_class("统") == "verb"
    assert not zh_everyday("统一")
    # commercial acts and substances are never admitted as actions
    assert zh_everyday_class("减") is None and zh_everyday_class("材") is None


def test_an_invented_renovation_in_an_insight_is_a_personal_event():
    """Read in an eval-copy run's published insights (gate 2.2 published it): 最近在装修."""
    di = INPUTS["di-zh-U001248"]
    v = check("demand_insights", {"summary": "性价比客户，30 天内购买概率 0.49。",
                                  "next_need": "厨房，在 2027-01-10 之前发送：最近在装修，推荐厨房好物。",
                                  "suggested_send_date": "2027-01-08"}, di["inputs"], corpus_catalog())
    assert v.status == "rejected" and "claim.personal_event" in {f.check for f in v.failures}
