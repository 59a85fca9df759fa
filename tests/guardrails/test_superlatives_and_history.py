"""Superlatives rank an item against every other product, which no input does: rejected.
Well-wishes that happen to contain "best" are not claims and pass."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import guard_check

INPUTS = {"locale": "en-US", "segment": "bargain-hunter", "product": {
    "product_id": "P00218", "title": "Acme Aero Jump Rope Red", "brand": "Acme", "category": "sports",
    "price": 20.99, "currency": "USD", "attributes": {"color": "red", "length": "3 m"},
    "description": "The Aero Jump Rope is part of the Acme sports range. Details: color red; length 3 m."}}
FACTS = "The price first: 20.99 USD. For that you get the Acme Aero Jump Rope Red in red, 3 m long. "


def verdict(sentence: str) -> dict:
    return guard_check("product_descriptions", {"headline": "20.99 USD for the Acme Aero Jump Rope Red",
                                                "description": FACTS + sentence}, INPUTS)


@pytest.mark.parametrize("sentence", [
    "The best for your fitness goals.",          # published by a demo run under gate 2.2
    "The sharpest rope you can buy.",
    "The finest rope around.",
    "The most comfortable rope on the market.",
    "Simply unbeatable.",
    "A rope like no other.",
    "Best jump rope money can buy.",
])
def test_a_superlative_is_rejected(sentence):
    result = verdict(sentence)
    assert result["status"] == "rejected"
    assert "claim.comparison" in {f["check"] for f in result["failures"]}


@pytest.mark.parametrize("sentence", [
    "All the best for your training.",
    "Wishing you the best with your training.",
    "Bring your best to every workout.",
    "Make the most of your workout.",
    "A good pick for your workout.",
])
def test_well_wishes_are_not_superlatives(sentence):
    assert verdict(sentence)["status"] == "published", verdict(sentence)["failures"]


MESSAGE_INPUTS = {"locale": "en-US", "segment": "loyal", "user": {
    "segment_label": "loyal", "top_category": "outdoors", "weeks_since_last_order": 0, "frequency": 49,
    "p_purchase_30d": 1.0, "next_category": "outdoors"}, "products": [{
        "product_id": "P00095", "title": "Trailcraft Classic Trekking Poles Aluminium",
        "brand": "Trailcraft", "category": "outdoors", "price": 50.99, "currency": "USD"}]}
PICK = "the Trailcraft Classic Trekking Poles Aluminium at 50.99 USD"


@pytest.mark.parametrize("body, status", [
    (f"Hi {{first_name}}, {PICK} is still in your cart.", "rejected"),
    (f"Hi {{first_name}}, you bought {PICK} last month; here it is again.", "rejected"),
    (f"Hi {{first_name}}, we saw you looking: {PICK} is on your wishlist.", "rejected"),
    (f"Hi {{first_name}}, thank you for being a regular. This time we picked {PICK}.", "published"),
    (f"Hi {{first_name}}, add {PICK} to your cart.", "published"),
])
def test_a_message_claims_no_basket_or_purchase_the_inputs_do_not_carry(body, status):
    result = guard_check("recommendation_messages", {"subject": "Outdoor picks for you", "body": body},
                         MESSAGE_INPUTS)
    assert result["status"] == status, result["failures"]
    if status == "rejected":
        assert "claim.history" in {f["check"] for f in result["failures"]}
