"""Copy-quality measures and best-of-n selection: small hand-written texts with known answers."""

from __future__ import annotations

from shopcopy.generate import quality
from shopcopy.generate.select import Candidate, best, judged, selection

PD = {"locale": "en-US", "segment": "loyal",
      "product": {"product_id": "P1", "title": "Copperpot Nova Frying Pan 24 cm", "brand": "Copperpot",
                  "category": "kitchen", "price": 42.99, "currency": "USD",
                  "attributes": {"material": "cast iron", "size": "24 cm"}}}


def test_fact_coverage_counts_title_or_brand_an_attribute_and_the_price():
    full = {"headline": "Copperpot for your kitchen", "description": "Cast iron, 42.99 USD."}
    assert quality.key_facts("product_descriptions", full, PD) == {"title_or_brand": True, "attribute": True, "price": True}
    assert quality.fact_coverage("product_descriptions", {"headline": "A pan", "description": "Nice."}, PD) == 0
    wrong_price = {"headline": "Copperpot", "description": "Only 40 USD."}
    assert quality.fact_coverage("product_descriptions", wrong_price, PD) == 1 / 3


def test_distinctness_masks_names_and_numbers_so_only_the_wording_counts():
    a = quality.masked("Welcome back to the Copperpot Nova Frying Pan 24 cm for 42.99 USD", PD)
    b = quality.masked("Welcome back to the Copperpot Nova Frying Pan 24 cm for 42.99 USD", PD)
    c = quality.masked("Prices first: 42.99 USD buys the Copperpot Nova Frying Pan 24 cm", PD)
    assert quality.distinctness([a, b]) == 0.0
    assert 0.7 < quality.distinctness([a, c]) <= 1.0
    assert quality.distinctness([a]) is None


def test_repetition_and_language():
    assert quality.repetition("a simple reason to look. a simple reason to look. a simple reason to look.") > 0.5
    assert quality.repetition("The pan is cast iron and costs 42.99 USD.") == 0.0
    zh = {**PD, "locale": "zh-CN"}
    assert quality.in_language("zh-CN", "Copperpot Nova Frying Pan 24 cm 售价 42.99 USD，厨房好帮手。", zh)
    assert not quality.in_language("zh-CN", "The Copperpot Nova Frying Pan 24 cm is great.", zh)
    assert quality.in_language("en-US", "A great pan.", PD) and not quality.in_language("en-US", "好锅", PD)


def test_best_prefers_passing_then_score_and_says_why():
    good = {"headline": "Copperpot for your kitchen", "description": "The Copperpot Nova Frying Pan 24 cm is cast iron, 42.99 USD."}
    thin = {"headline": "Pan", "description": "A pan."}
    c1 = judged(1, "product_descriptions", good, PD, "needs_review", [{"check": "language"}])
    c2 = judged(2, "product_descriptions", thin, PD, "needs_review", [])
    c3 = Candidate(3, None)
    assert c1.score > c2.score and best([c1, c2, c3]) is c1
    why = selection([c1, c2, c3], c1, 3)
    assert why["winner"] == 1 and "no candidate of 3 passed" in why["why"]
    assert [s["status"] for s in why["scored"]] == ["needs_review", "needs_review", "no_text"]
    c4 = judged(4, "product_descriptions", thin, PD, "published", [])
    assert best([c1, c2, c4]) is c4  # passing beats a better-scoring text that needs review
    assert best([Candidate(1, None)]) is None
