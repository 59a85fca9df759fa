"""Prompt set v3 (slots): the composed text restates the facts exactly and passes the gate with
every exemplar's sentence; a sentence that could restate a fact (digits, markup, in Chinese any
Latin letter) is refused; an insight without a predicted order gets a computed, stated send date."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import Catalog, check
from shopcopy.llm.prompt_sets import END
from shopcopy.llm.slots import SLOTS_DIR, load_slot_prompt
from shopcopy.sample.catalog import CATALOG
from shopcopy.tasks import TASKS

LOCALES = ("en-US", "zh-CN")
CATALOG_ALL = Catalog.from_lists(brands=[b for _, brands, _ in CATALOG.values() for b in brands])
CARD = {"locale": "en-US", "segment": "bargain-hunter",
        "product": {"product_id": "P7", "title": "Northwind Edge SD Card 128 GB", "brand": "Northwind",
                    "category": "electronics", "price": 24.99, "currency": "USD",
                    "attributes": {"storage": "128 GB"}}}
PICKS = [{"product_id": "P1", "title": "Acme Lite Spatula Bamboo", "brand": "Acme", "category": "kitchen",
          "price": 16.99, "currency": "USD"},
         {"product_id": "P2", "title": "Stovewise Classic Frying Pan 28 cm", "brand": "Stovewise",
          "category": "kitchen", "price": 8.99, "currency": "USD"}]


def _exemplars(task, locale):
    return load_slot_prompt(task, "completion").locale_set(locale).spec["exemplars"]


@pytest.mark.parametrize("task", list(TASKS))
@pytest.mark.parametrize("locale", LOCALES)
def test_every_exemplar_sentence_composes_into_a_text_the_gate_publishes(task, locale):
    p = load_slot_prompt(task, "completion")
    for e in _exemplars(task, locale):
        inputs = {**e["inputs"], "as_of": "2026-07-01"}
        out = p.locale_set(locale).compose(inputs, e["slot"])
        assert out is not None, e["slot"]
        assert p.parse(" " + e["slot"] + "\n", inputs) is None  # the model copying an exemplar: refused
        verdict = check(task, out, inputs, CATALOG_ALL)
        assert verdict.status == "published", (e["slot"], out, [f.as_dict() for f in verdict.failures])
        if task == "recommendation_messages":  # a real subject line, never the segment label
            assert e["inputs"]["segment"].replace("-", " ") not in out["subject"].lower()


def test_a_sentence_naming_another_kind_of_product_or_saying_a_thing_twice_is_refused():
    ls = load_slot_prompt("product_descriptions", "chat").locale_set("en-US")
    assert ls.slot("A camera for the phone, a card to store your devices.", CARD) is None  # seen
    assert ls.slot("Room for all your photos and videos.", CARD) == "Room for all your photos and videos."
    assert ls.slot("Photos, photos and more photos for you.", CARD) is None
    assert "camera" not in ls.words(CARD) and "memory" in ls.words(CARD)
    zh = load_slot_prompt("product_descriptions", "chat").locale_set("zh-CN")
    assert zh.slot("使用，方便，方便。", {**CARD, "locale": "zh-CN"}) is None  # seen
    assert zh.slot("开头写价格。", {**CARD, "locale": "zh-CN"}) is None  # the shopper line read back (seen)
    assert zh.slot("夏天，冬天，周末，出游，存储。", {**CARD, "locale": "zh-CN"}) is None  # a word list (seen)


def test_the_facts_are_restated_exactly_and_the_sentence_sits_in_its_slot():
    p = load_slot_prompt("product_descriptions", "chat")
    out = p.parse("Room for every photo you take", CARD)
    assert out == {"headline": "24.99 USD for the Northwind Edge SD Card 128 GB",
                   "description": "The price first: 24.99 USD. For that you get the Northwind Edge SD Card "
                                  "128 GB in 128 GB of storage. Room for every photo you take."}
    zh = p.parse("照片都存得下", {**CARD, "locale": "zh-CN"})
    assert zh["description"] == "价格：24.99 USD。Northwind Edge SD Card 128 GB，存储 128 GB。照片都存得下。"


@pytest.mark.parametrize("reply", ["Only 19.99 USD today!", "A <b>great</b> card", "Card", "{first_name} buy it",
                                   "Visit https://shop.example now", ""])
def test_a_sentence_that_could_restate_a_fact_or_is_no_sentence_is_refused(reply):
    assert load_slot_prompt("product_descriptions", "chat").parse(reply, CARD) is None


def test_a_chinese_sentence_has_no_latin_letters_and_no_digits():
    p = load_slot_prompt("product_descriptions", "completion")
    zh = {**CARD, "locale": "zh-CN"}
    assert p.parse("适合 smart phone 用户。", zh) is None
    assert p.parse("存下3000张照片。", zh) is None
    assert p.parse("Room for every photo you take.", zh) is None
    assert p.parse("照片和视频都存得下", zh)["description"].endswith("照片和视频都存得下。")
    assert p.parse("用相机拍照，存下每一刻。", zh) is None  # another kind of product: a camera
    grammar = p.grammar(zh)
    assert grammar.startswith("root ::= [^0-9A-Za-z") and "A-Za-z" not in p.grammar(CARD)


def test_a_chinese_message_sentence_is_two_or_three_clauses_and_no_word_list():
    llama_grammar = pytest.importorskip("llama_cpp.llama_grammar")
    grammar = load_slot_prompt("recommendation_messages", "completion").grammar({"locale": "zh-CN"})
    assert "、" in grammar.split("ch ::= [^")[1].split(" | ")[0]  # the list comma: banned in a clause
    assert 'root ::= clause "，" clause ("，" clause)?' in grammar and '"我们"' in grammar
    llama_grammar.LlamaGrammar.from_string(grammar, verbose=False)
    for e in _exemplars("recommendation_messages", "zh-CN"):  # the exemplars have the shape asked for
        assert 2 <= len(e["slot"].rstrip("。").split("，")) <= 3 and "、" not in e["slot"], e["slot"]


def test_the_grammar_is_valid_gbnf():
    llama_grammar = pytest.importorskip("llama_cpp.llama_grammar")
    for loc in LOCALES:
        llama_grammar.LlamaGrammar.from_string(load_slot_prompt("demand_insights", "chat").grammar({"locale": loc}),
                                               verbose=False)


def test_message_subject_gives_the_cheapest_price_and_body_lists_every_pick():
    p = load_slot_prompt("recommendation_messages", "chat")
    inputs = {"locale": "zh-CN", "segment": "bargain-hunter", "user": {"top_category": "kitchen"}, "products": PICKS}
    out = p.parse("厨房里每天都用得上。", inputs)
    assert out["subject"] == "厨房好物，8.99 USD 起"  # not the first pick's 16.99
    assert "Acme Lite Spatula Bamboo，16.99 USD；Stovewise Classic Frying Pan 28 cm，8.99 USD" in out["body"]
    assert out["body"].startswith("{first_name}，您好！") and "厨房里每天都用得上。" in out["body"]
    assert p.parse("The Acme picks are great for you.", {**inputs, "locale": "en-US"}) is None  # names a pick
    mixed = {**inputs, "locale": "en-US", "products": [*PICKS, {**PICKS[0], "product_id": "P3", "category": "home"}]}
    assert p.parse("Handy things for the whole house.", mixed)["subject"] == "Picks from 8.99 USD"


def test_an_insight_without_a_predicted_order_states_why_and_gets_a_computed_date():
    p = load_slot_prompt("demand_insights", "completion")
    item = {"locale": "zh-CN", "segment": "lapsed", "as_of": "2026-07-01", "user": {"top_category": "home"},
            "prediction": {"p_purchase_30d": 0.04, "expected_orders_30d": 0.05, "next_order_date": None}}
    assert "发送日期：2026-07-08" in p.completion(item).split(END)[-1]
    out = p.parse("提醒一下，看看家里需要的好物。", item)
    assert out["suggested_send_date"] == "2026-07-08" and "没有预测的下次下单时间" in out["summary"]
    assert out["next_need"].startswith("家居，没有预测的下单时间（一周后发送）")
    assert check("demand_insights", out, item, CATALOG_ALL).status == "published"
    dated = {**item, "prediction": {**item["prediction"], "next_order_date": "2026-07-20", "next_category": "kitchen"}}
    assert p.parse("推荐厨房好物，多写价格。", dated)["suggested_send_date"] == "2026-07-18"
    assert p.parse("推荐厨房好物，多写价格。", {**item, "as_of": None}) is None  # no date to stand on: no text
    # The angle is about the predicted category, not the favourite (seen: "Kitchen: ... electronics picks").
    en = load_slot_prompt("demand_insights", "chat")
    kitchen = {**dated, "locale": "en-US", "user": {"top_category": "electronics"}, "segment": "occasional"}
    assert en.parse("A friendly reminder with electronics picks.", kitchen) is None
    out = en.parse("A friendly reminder with kitchen picks.", kitchen)
    assert out["summary"].startswith("An occasional shopper, with a purchase probability of 0.04")


def test_chat_form_gives_exemplar_sentences_as_turns_and_leaves_out_one_of_the_same_category():
    p = load_slot_prompt("product_descriptions", "chat")
    msgs = p.chat(CARD)
    assert [m["role"] for m in msgs] == ["system"] + ["user", "assistant"] * 4 + ["user"]
    assert "Shopper: lead with the price" in msgs[-3]["content"]  # the matching angle last
    assert not any("Wireless Earbuds" in m["content"] for m in msgs)  # same category as the card
    assert msgs[-1]["content"].splitlines()[0] == "Product: Northwind Edge SD Card 128 GB"


def test_version_follows_the_files(tmp_path):
    import shutil

    root = tmp_path / "v3"
    shutil.copytree(SLOTS_DIR, root)
    before = load_slot_prompt("recommendation_messages", "chat", root)
    assert before.name == "recommendation_messages/v3-chat"
    path = root / "recommendation_messages" / "en-US.yaml"
    path.write_text(path.read_text() + "\n# edited\n")
    assert load_slot_prompt("recommendation_messages", "chat", root).version != before.version


def test_an_insight_may_follow_its_own_segments_exemplar_with_its_own_category_but_not_another_segments():
    ls = load_slot_prompt("demand_insights", "chat").locale_set("en-US")
    lapsed = {"locale": "en-US", "segment": "lapsed", "user": {"top_category": "home"}, "as_of": "2026-07-01",
              "prediction": {"next_category": "electronics", "next_order_date": "2026-07-20",
                             "p_purchase_30d": 0.2, "expected_orders_30d": 0.3}}
    assert ls.slot("a friendly win-back note with electronics picks.", lapsed)  # seen refused as a copy
    assert ls.slot("a friendly win-back note with outdoors picks.", lapsed) is None  # the exemplar's category
    assert ls.slot("a friendly, easy reminder with electronics picks.", lapsed) is None  # another segment's
    zh = load_slot_prompt("demand_insights", "completion").locale_set("zh-CN")
    mine = {**lapsed, "locale": "zh-CN"}
    assert "常买类别" not in "\n".join(zh.facts(mine))  # the predicted category only: the angle is about it
    assert "常买类别：家居" in "\n".join(zh.facts({**mine, "prediction": {**mine["prediction"], "next_category": None}}))


def test_words_that_fit_leave_out_what_the_gate_never_passes():
    toys = {"locale": "zh-CN", "segment": "new", "user": {"top_category": "toys"},
            "products": [{"product_id": "T1", "title": "Tinkertot Max RC Car Red", "brand": "Tinkertot",
                          "category": "toys", "price": 49.99, "currency": "USD"}]}
    words = load_slot_prompt("recommendation_messages", "completion").locale_set("zh-CN").words(toys)
    assert "玩具" in words and "孩子" not in words  # 孩子 is claim.demographics (seen rejected)


def test_an_english_body_never_puts_the_capitalised_sentence_after_a_comma():
    import re

    p = load_slot_prompt("recommendation_messages", "chat")
    for seg in ("lapsed", "at-risk", "bargain-hunter", "loyal", "new", "prospect", "occasional", "unknown"):
        inputs = {"locale": "en-US", "segment": seg, "user": {"top_category": "kitchen"}, "products": PICKS}
        body = p.parse("A little thing to cook with.", inputs)["body"]
        assert not re.search(r", A little", body), body  # seen: "Hi {first_name}, A great choice for your day."


OIL = {"locale": "en-US", "segment": "lapsed",
       "product": {"product_id": "P9", "title": "Good Harvest Edge Olive Oil 500 ml", "brand": "Good Harvest",
                   "category": "grocery", "price": 11.99, "currency": "USD", "attributes": {"volume": "500 ml"}}}


@pytest.mark.parametrize(("reply", "why"), [
    ("That's a great story.", "reads as chat"),          # published in make demo (loyal message)
    ("What a fun one.", "reads as chat"),
    ("Thanks for the amazing deal.", "reads as chat"),    # published in an eval run
    ("I love cooking with this oil.", "reads as chat"),   # the model speaking as "I"
    ("A great option for a busy day.", "not about the item"),        # published: olive oil
    ("A warm first hello, something to fall in love with.", "not about the item"),  # the angle only
    ("A meal for the whole table, with a regular.", "fragment"),
    ("A splash of oil for your salads, a dressing.", "fragment"),
])
def test_a_sentence_no_reader_would_send_is_refused_with_the_reason(reply, why):
    ls = load_slot_prompt("product_descriptions", "chat").locale_set("en-US")
    assert ls.checked(reply, OIL) == (None, why)
    assert load_slot_prompt("product_descriptions", "chat").refusal(reply, OIL) == f"sentence refused: {why}"


def test_a_sentence_about_the_item_or_its_angles_fact_passes():
    ls = load_slot_prompt("product_descriptions", "chat").locale_set("en-US")
    assert ls.checked("A splash of oil for your salads and roast vegetables.", OIL)[1] is None
    assert ls.checked("Room for every photo you take.", CARD)[1] is None
    # a bargain hunter's angle is the price: a sentence about value is about the item
    assert ls.checked("Good value for a busy week.", {**OIL, "segment": "bargain-hunter"})[1] is None
    assert ls.checked("Good value for a busy week.", OIL) == (None, "not about the item")
    msg = load_slot_prompt("recommendation_messages", "chat").locale_set("en-US")
    picks = {"locale": "en-US", "segment": "new", "user": {"top_category": "kitchen"}, "products": PICKS}
    assert msg.checked("Flip and fry with ease in your kitchen.", picks)[1] is None
    assert msg.checked("This is a great one.", picks) == (None, "reads as chat")
    assert msg.checked("Just what you need for a perfect day.", picks) == (None, "not about the item")


def test_a_chinese_sentence_must_name_something_of_the_item_and_not_chat():
    zh = load_slot_prompt("product_descriptions", "completion").locale_set("zh-CN")
    card = {**CARD, "locale": "zh-CN", "segment": "new"}
    assert zh.checked("每天使用，方便。", card) == (None, "not about the item")  # published three times
    assert zh.checked("您的朋友生日，祝你快乐。", card) == (None, "reads as chat")  # published
    assert zh.checked("多存一些照片和视频。", card)[1] is None
    # the segment's greeting words do not make a sentence about the item
    assert zh.checked("新朋友，随便看看吧。", card) == (None, "not about the item")
    msg = load_slot_prompt("recommendation_messages", "completion").locale_set("zh-CN")
    picks = {"locale": "zh-CN", "segment": "new", "user": {"top_category": "kitchen"}, "products": PICKS}
    assert msg.checked("厨房必备，天天都能用上。", picks)[1] is None


@pytest.mark.parametrize("task", ["product_descriptions", "recommendation_messages", "demand_insights"])
@pytest.mark.parametrize("locale", ["en-US", "zh-CN"])
def test_every_exemplar_sentence_is_one_a_reader_would_send(task, locale):
    ls = load_slot_prompt(task, "completion").locale_set(locale)
    for e in ls.spec["exemplars"]:
        assert not ls._chat(e["slot"], e["inputs"]) and not ls._tacked(e["slot"], e["inputs"]), e["slot"]
        assert not ls._off_item(e["slot"], e["inputs"]), (e["slot"], sorted(ls.about_words(e["inputs"])))


def test_a_verbless_your_fragment_is_refused_but_the_exemplars_comma_is_not():
    ls = load_slot_prompt("product_descriptions", "chat").locale_set("en-US")
    assert ls.checked("Your breakfast, cooking and dinner.", OIL) == (None, "fragment")  # published
    assert ls.checked("Your salads, with a splash of oil.", OIL) == (None, "fragment")
    assert ls.checked("Your salads get a fresh splash of oil, every night.", OIL)[1] is None


def test_a_sentence_cut_off_or_saying_a_word_twice_in_another_form_is_refused():
    ls = load_slot_prompt("product_descriptions", "chat").locale_set("en-US")
    assert ls.checked("A great card for all your", CARD) == (None, "fragment")
    assert ls.checked("Somewhere to share a meal with friends, but really", OIL) == (None, "fragment")  # published
    assert ls.checked("A device to keep your devices safe.", CARD) == (None, "repeats or lists")
    zh = load_slot_prompt("recommendation_messages", "completion").locale_set("zh-CN")
    picks = {"locale": "zh-CN", "segment": "bargain-hunter", "user": {"top_category": "kitchen"}, "products": PICKS}
    assert zh.checked("用得好，又便宜。", picks)[1] is None  # a bargain hunter's angle is the price


def test_a_bare_word_tacked_on_or_a_zh_sentence_cut_off_is_a_fragment():
    """Published in stop 27's make demo: "You deserve a bed, home.", 使用手机，但是方便地,
    每天使用的手机，然后说起."""
    ls = load_slot_prompt("product_descriptions", "chat").locale_set("en-US")
    assert ls.checked("A splash of oil for your salads, dressing.", OIL) == (None, "fragment")
    assert ls.checked("A splash of oil for your salads, too.", OIL)[1] is None
    zh = load_slot_prompt("product_descriptions", "completion").locale_set("zh-CN")
    card = {**CARD, "locale": "zh-CN", "segment": "new"}
    assert zh.checked("多存一些照片，但是方便地。", card) == (None, "fragment")
    assert zh.checked("每天存照片的卡，然后说起。", card) == (None, "fragment")
    assert zh.checked("旅行照片和视频，都存得下。", card)[1] is None
