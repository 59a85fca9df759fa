"""Gate v2 behaviours one at a time, on real sample-shop inputs from the corpus: numbers bound
to their meaning, prices to their product and currency, partial titles, Chinese numerals and
idioms, contacts in disguise, markup, names, the allow-list and what a reviewer teaches it."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import Catalog, check, gate_version, guard_check
from shopcopy.guardrails.evaluate import _read as read_corpus
from shopcopy.guardrails.evaluate import corpus_catalog

INPUTS = read_corpus("inputs.yaml")


def judge(key: str, **output) -> tuple[str, set[str]]:
    entry = INPUTS[key]
    v = check(entry["task"], output, entry["inputs"], corpus_catalog())
    return v.status, {f.check for f in v.failures}


BACKPACK = "pd-en-backpack"       # Ridgeline Pro Backpack 30L, blue, $54.99
TENT_ZH = "pd-zh-tent"            # Northwind Zen Tent 3-person, navy, $218.99
MSG = "rm-en-U001062"             # tent $225.99 + two trekking poles $94.99 / $34.99


@pytest.mark.parametrize(("description", "status", "check_name"), [
    ("The blue Ridgeline Pro Backpack 30L holds thirty litres, for $54.99.", "published", None),
    ("The blue Ridgeline Pro Backpack 30L, only 30 left, for $54.99.", "rejected", "grounding.number"),
    ("The blue Ridgeline Pro Backpack 30L is 30% lighter, for $54.99.", "rejected", "grounding.number"),
    ("The blue Ridgeline Pro Backpack 30L holds 45 litres, for $54.99.", "rejected", "grounding.number"),
    ("The blue Ridgeline Pro Backpack 30L for fifty-four dollars.", "rejected", "grounding.price"),
    ("The blue Ridgeline Pro Backpack 30L for €54.99.", "rejected", "grounding.currency"),
    ("The blue Ridgeline Pro Backpack 30L for 54.99 yuan.", "rejected", "grounding.currency"),
])
def test_numbers_mean_what_the_inputs_say(description, status, check_name):
    got_status, checks = judge(BACKPACK, headline="Ridgeline Pro Backpack 30L", description=description)
    assert got_status == status, checks
    if check_name:
        assert check_name in checks


def test_a_price_is_bound_to_the_product_it_is_written_next_to():
    right = ("Hi {first_name}, the Ridgeline Nova Tent 4-person is $225.99 and the Northwind Lite "
             "Trekking Poles Aluminium are $34.99.")
    swapped = ("Hi {first_name}, the Ridgeline Nova Tent 4-person is $34.99 and the Northwind Lite "
               "Trekking Poles Aluminium are $225.99.")
    assert judge(MSG, subject="Trail season, {first_name}", body=right)[0] == "published"
    status, checks = judge(MSG, subject="Trail season, {first_name}", body=swapped)
    assert status == "rejected" and "grounding.price" in checks


@pytest.mark.parametrize(("description", "status"), [
    ("海军蓝3人帐篷，可容纳三个人，售价218.99美元。", "published"),
    ("海军蓝帐篷，可容纳四人，售价218.99美元。", "rejected"),          # 四人: the tent is 3-person
    ("第一次露营？一顶帐篷十分够用，售价218.99美元。", "published"),    # 第一次/一顶/十分 are not numbers
    ("海军蓝帐篷，售价218.99元。", "rejected"),                       # 元 is yuan, the price is USD
    ("海军蓝帐篷，全国包邮，售价218.99美元。", "rejected"),            # free shipping idiom
])
def test_chinese_numerals_idioms_and_promotions(description, status):
    assert judge(TENT_ZH, headline="Northwind Zen Tent 3-person", description=description)[0] == status


@pytest.mark.parametrize("description", [
    "Pair it with the Nova Tent for your next trip.",          # another product, brandless
    "Works with your Voltra Edge.",                            # another product, brand + model
    "As light as a pair of Hokas.",                            # a name the catalog never had
])
def test_other_products_and_unknown_names_are_hard(description):
    status, checks = judge(BACKPACK, headline="Ridgeline Pro Backpack 30L",
                           description="Blue, 30L, $54.99. " + description)
    assert status == "rejected" and checks & {"grounding.product", "grounding.name", "grounding.brand"}, checks


@pytest.mark.parametrize(("tail", "check_name"), [
    ("Questions? ridgeline-gear dot com slash help.", "output.url"),
    ("Write to help [at] ridgeline [dot] com.", "output.email"),
    ("WhatsApp us on six four six five five five zero one three four.", "output.phone"),
    ("DM @ridgeline.deals for more.", "output.handle"),
    ("<b>Shop now</b>", "form.markup"),
    ('{"headline": "x"}', "form.json"),
])
def test_contacts_in_disguise_and_broken_form(tail, check_name):
    status, checks = judge(BACKPACK, headline="Ridgeline Pro Backpack 30L",
                           description="Blue, 30L, $54.99. " + tail)
    assert status == "rejected" and check_name in checks, checks


def test_salutations_name_nobody_but_the_placeholder():
    ok = judge(MSG, subject="Hi {first_name}", body="Hi {first_name}, the Ridgeline Nova Tent 4-person is $225.99.")
    named = judge(MSG, subject="Hi Sarah", body="Hi Sarah, the Ridgeline Nova Tent 4-person is $225.99.")
    assert ok[0] == "published"
    assert named[0] == "rejected" and "form.person_name" in named[1]


def test_availability_is_true_only_while_in_stock():
    """A message is checked against today's stock (and again at export); a description has no
    stock input and outlives today's stock, so it never says "in stock"."""
    entry = INPUTS["rm-en-U000379"]
    out = {"subject": "Ready when you are, {first_name}", "body": "Hi {first_name}, the Acme Aero Jump "
           "Rope Red ($20.99) is in stock now."}
    assert check(entry["task"], out, entry["inputs"], corpus_catalog()).status == "published"
    sold_out = Catalog.from_products([{**p.__dict__, "in_stock": False} for p in corpus_catalog().products.values()])
    v = check(entry["task"], out, entry["inputs"], sold_out)
    assert v.status == "rejected" and "claim.availability" in {f.check for f in v.failures}
    desc = INPUTS["pd-en-phone"]
    text = {"headline": "Voltra Edge Smartphone Green", "description": "In stock now: the green Voltra Edge Smartphone, 128 GB, $676.99."}
    v = check(desc["task"], text, desc["inputs"], corpus_catalog())
    assert v.status == "rejected" and "claim.availability" in {f.check for f in v.failures}


def test_unknown_words_are_soft_and_learned_words_are_known():
    entry = INPUTS[BACKPACK]
    out = {"headline": "Ridgeline Pro Backpack 30L", "description": "A blue 30L pack for bouldering days, $54.99."}
    v = check(entry["task"], out, entry["inputs"], corpus_catalog())
    assert v.status == "needs_review" and ("en-US", "bouldering") in v.unknown_words
    base = corpus_catalog()
    taught = Catalog(base.products, base.external_brands, {"en-US": frozenset({"bouldering"})})
    assert check(entry["task"], out, entry["inputs"], taught).status == "published"
    gibberish = {**out, "description": "A blue 30L pack for grubies, $54.99."}
    assert "vocabulary.nonword" in {f.check for f in check(entry["task"], gibberish, entry["inputs"], base).failures}


def test_guard_check_is_json_and_works_without_a_warehouse():
    entry = INPUTS[BACKPACK]
    out = {"headline": "Ridgeline Pro Backpack 30L", "description": "A blue 30L backpack for your weekends outdoors, $54.99, with free shipping."}
    verdict = guard_check(entry["task"], out, entry["inputs"])
    assert verdict["status"] == "rejected" and verdict["gate_version"] == gate_version()
    assert [f["check"] for f in verdict["failures"]] == ["claim.shipping"]


def test_internal_ids_are_not_customer_copy():
    entry = INPUTS["pd-en-lipbalm"]
    out = {"headline": "P00032: Verdana Max Lip Balm Unscented",
           "description": "The Max Lip Balm is part of the Verdana beauty range, unscented, $8.99."}
    v = check(entry["task"], out, entry["inputs"], corpus_catalog())
    assert v.status == "needs_review" and {f.check for f in v.failures} == {"form.internal_id"}


# --- gate 2.1: the precision pass ---------------------------------------------------------------

def test_everyday_words_are_function_and_common_words_never_nouns_or_claims():
    from shopcopy.guardrails.everyday import en_everyday, zh_everyday, zh_oov_run_ok

    assert all(en_everyday(w) for w in ("front", "though", "decide", "else"))
    assert not any(en_everyday(w) for w in ("belt", "bracket", "kids", "organic", "leak-proof"))
    assert all(zh_everyday(w) for w in ("先", "也许", "继续", "一口"))
    assert not any(zh_everyday(w) for w in ("腰带", "功能", "纯棉", "进口", "儿童", "明星"))
    assert zh_oov_run_ok("先说") and not zh_oov_run_ok("明基")  # a verb run vs a name


PD_EN, PD_ZH = "pd-en-sdcard", "pd-zh-lamp"


@pytest.mark.parametrize(("key", "output", "status", "check_name"), [
    # product types: the item called another kind of product; a pairing is fine
    (PD_EN, {"headline": "Auralis Pro SD Card 256 GB", "description": "The Auralis Pro SD Card 256 GB "
             "is a headlamp for dark nights, $26.99."}, "rejected", "grounding.product_type"),
    (PD_EN, {"headline": "Auralis Pro SD Card 256 GB", "description": "The Auralis Pro SD Card 256 GB "
             "is a smart phone in your pocket, $26.99."}, "rejected", "grounding.product_type"),
    # gate 2.7: a companion type is soft only where it goes with the item, not where it is what the item is
    (PD_EN, {"headline": "Auralis Pro SD Card 256 GB", "description": "The Auralis Pro SD Card 256 GB "
             "holds every photo; a smart phone fills up fast, $26.99."}, "needs_review", "grounding.related_product"),
    (PD_EN, {"headline": "Auralis Pro SD Card 256 GB", "description": "Room for every shot on your "
             "camera: the Auralis Pro SD Card 256 GB, $26.99."}, "published", None),
    (PD_ZH, {"headline": "Acme Zen Desk Lamp Black", "description": "这款手机就是 Acme Zen Desk Lamp "
             "Black，售价 32.99 美元。"}, "rejected", "grounding.product_type"),
    # short names: a line + type never written in full is hard; the model name is fine
    (PD_ZH, {"headline": "Zen台灯", "description": "这款 Zen 台灯，黑色，售价 32.99 美元。"},
     "rejected", "grounding.product"),
    ("pd-en-coffeemaker", {"headline": "Copperpot Max Coffee Maker White", "description": "The "
     "Copperpot Max Coffee Maker brews 1.5 L. White, $114.99."}, "published", None),
    # short codes must come from the inputs ("A5" leaking from an exemplar)
    ("pd-en-tshirt", {"headline": "Kinfolk Air T-Shirt M", "description": "The red Kinfolk Air "
     "T-Shirt M in an A5 size, $45.99."}, "rejected", "grounding.model_number"),
    # a currency marked twice is held for review, not published
    ("pd-en-headlamp", {"headline": "Alpenglow Edge Headlamp 400 lm", "description": "The Alpenglow "
     "Edge Headlamp 400 lm for $30.99 USD."}, "needs_review", "form.currency_twice"),
    # a Chinese word for what the inputs say in English is a fact of the inputs
    ("pd-zh-tie", {"headline": "Kinfolk Max Tie Green：绿色真丝领带", "description": "Kinfolk Max Tie "
     "Green，绿色，真丝材质，售价 18.99 美元。"}, "published", None),
    ("pd-zh-tie", {"headline": "Kinfolk Max Tie Green", "description": "Kinfolk Max Tie Green，绿色，"
     "羊毛材质，售价 18.99 美元。"}, "rejected", "claim.material"),
    # invented details in ordinary words stay out of the marts
    ("pd-en-backpack", {"headline": "Ridgeline Pro Backpack 30L", "description": "The Ridgeline Pro "
     "Backpack 30L comes with a rain cover and a hip belt, $54.99."}, "needs_review", "vocabulary.unknown"),
    ("pd-zh-backpack", {"headline": "Acme Trail Backpack 45L", "description": "Acme Trail Backpack "
     "45L 配有腰带和胸扣，售价87.99美元。"}, "needs_review", "vocabulary.unknown"),
])
def test_precision_pass_families(key, output, status, check_name):
    entry = INPUTS[key]
    v = check(entry["task"], output, entry["inputs"], corpus_catalog())
    assert v.status == status, v.failures
    if check_name:
        assert check_name in {f.check for f in v.failures}


@pytest.mark.parametrize(("subject", "status"), [
    ("厨房好物 42.99 美元起", "published"),     # the lowest price of the three
    ("厨房好物 52.99 美元起", "rejected"),      # a cheaper product is listed
])
def test_a_starting_price_is_the_lowest_price_of_the_text(subject, status):
    entry = INPUTS["rm-zh-U001248"]
    body = ("{first_name}，Copperpot Lite Chef Knife 15 cm 52.99 美元，Copperpot Nova Frying Pan 24 cm "
            "42.99 美元，Copperpot Max Coffee Maker White 114.99 美元。")
    assert check(entry["task"], {"subject": subject, "body": body}, entry["inputs"],
                 corpus_catalog()).status == status


@pytest.mark.parametrize("body", ["{first_name}，您好！", "Hi {first_name}, welcome back!"])
def test_a_greeting_alone_is_not_a_message(body):
    entry = INPUTS["rm-zh-U001248"]
    v = check(entry["task"], {"subject": "为您精选", "body": body}, entry["inputs"], corpus_catalog())
    assert v.status == "rejected" and "form.content_free" in {f.check for f in v.failures}
