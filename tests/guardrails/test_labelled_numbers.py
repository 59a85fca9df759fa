"""A bare number written right after the label of what it measures must be that measure: with a
30-day probability of 0.62 and 0.71 expected orders, "probability 0.7" is the orders rounded, not
the probability (gate 2.6; the blind zh corpus had 购买概率 0.8 for 0.3 next to 0.77 orders).
Sentences are new; each locale is paired with right texts that must still publish."""

from __future__ import annotations

import pytest

from shopcopy.guardrails import guard_check

INPUTS = {"locale": "en-US", "segment": "loyal", "user": {
    "segment_label": "loyal", "top_category": "kitchen", "weeks_since_last_order": 2, "frequency": 8},
    "prediction": {"p_purchase_30d": 0.62, "expected_orders_30d": 0.71, "next_order_date": "2027-03-04",
                   "next_category": "kitchen"}, "as_of": "2026-10-28"}
NEXT = {"en-US": "Kitchen, before 2027-03-04: a thank-you with kitchen picks.",
        "zh-CN": "厨房，在 2027-03-04 之前发送：推荐厨房好物。"}


def verdict(locale: str, summary: str) -> dict:
    return guard_check("demand_insights", {"summary": summary, "next_need": NEXT[locale],
                                           "suggested_send_date": "2027-03-02"}, {**INPUTS, "locale": locale})


@pytest.mark.parametrize("locale,summary", [
    ("en-US", "A loyal shopper: purchase probability 0.7, and 0.71 expected orders in 30 days."),
    ("en-US", "A loyal shopper with a chance of 0.71 to order within 30 days."),
    ("en-US", "A loyal shopper: expected orders 0.62 over the next 30 days."),
    ("zh-CN", "忠实顾客，购买概率 0.7，未来 30 天预计 0.71 单。"),
    ("zh-CN", "忠实顾客，预计订单 0.62，购买概率 0.62。"),
    ("zh-CN", "忠实顾客，30天购买概率为 0.71。"),
])
def test_a_number_under_another_measures_label_is_rejected(locale, summary):
    result = verdict(locale, summary)
    assert result["status"] == "rejected", result
    assert "grounding.number" in {f["check"] for f in result["failures"]}


@pytest.mark.parametrize("locale,summary", [
    ("en-US", "A loyal shopper: purchase probability 0.62, and 0.71 expected orders in 30 days."),
    ("en-US", "A loyal shopper: purchase probability 0.6, expected orders 0.7 over 30 days."),
    ("zh-CN", "忠实顾客，购买概率 0.62，预计订单 0.71。"),
    ("zh-CN", "忠实顾客，30 天购买概率约 0.6，预计订单约 0.7，下次下单预计在 2027-03-04。"),
])
def test_the_right_measure_rounded_still_publishes(locale, summary):
    result = verdict(locale, summary)
    assert result["status"] == "published", result
