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
