"""Assignment: the same campaign and user always land in the same arm, arms get their shares,
and Thompson sampling moves only the variants' shares, never the holdout."""

from __future__ import annotations

from collections import Counter

import pytest

from shopcopy.campaigns.assign import (
    ArmSpec,
    assign,
    even_shares,
    intervals,
    parse_share,
    thompson_allocation,
)

USERS = [f"U{i:06d}" for i in range(20_000)]


def _arms(shares: dict[str, float]) -> list[ArmSpec]:
    return [ArmSpec(a, s) for a, s in shares.items()]


def test_assignment_is_stable_and_close_to_the_shares():
    arms = _arms(even_shares(0.1, ["A", "B"]))
    first = assign("july", USERS, arms)
    assert first == assign("july", list(reversed(USERS)), arms)[::-1]   # order does not matter
    counts = Counter(arm for _, arm, _ in first)
    for arm, share in {"control": 0.1, "A": 0.45, "B": 0.45}.items():
        sd = (share * (1 - share) / len(USERS)) ** 0.5
        assert abs(counts[arm] / len(USERS) - share) < 4 * sd, (arm, counts)


def test_campaigns_draw_independent_holdouts():
    arms = _arms(even_shares(0.1, ["A"]))
    july = {u for u, a, _ in assign("july", USERS, arms) if a == "control"}
    august = {u for u, a, _ in assign("august", USERS, arms) if a == "control"}
    assert abs(len(july & august) / len(USERS) - 0.01) < 0.004   # 10% x 10%


def test_thompson_keeps_the_holdout_and_its_members_fixed():
    even = even_shares(0.1, ["A", "B"])
    learned = thompson_allocation(0.1, ["A", "B"], [(120, 880), (60, 940)], "sept")
    assert learned["control"] == even["control"] and learned["A"] > 0.8
    assert intervals(_arms(learned))["control"] == intervals(_arms(even))["control"]
    control = lambda shares: {u for u, a, _ in assign("sept", USERS, _arms(shares)) if a == "control"}  # noqa: E731
    assert control(learned) == control(even)


@pytest.mark.parametrize("text, value", [("10%", 0.1), ("0.25", 0.25), (" 5 % ".replace(" ", ""), 0.05)])
def test_parse_share(text, value):
    assert parse_share(text) == pytest.approx(value)


def test_bad_shares_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="between 0% and 100%"):
        even_shares(1.5, ["A"])
    with pytest.raises(ValueError, match="at least one variant"):
        even_shares(0.1, [])
