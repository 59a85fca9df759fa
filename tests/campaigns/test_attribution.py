"""Attribution: an order counts only when placed strictly after the send and no later than the
end of the window; cancelled lines never count, returned lines count as an order but not as
revenue; every member is a row, buyers or not."""

from __future__ import annotations

from datetime import datetime, timedelta

from shopcopy.campaigns.results import compute_results

SEND = datetime(2026, 7, 1, 9, 0)
END = SEND + timedelta(days=14)


def _seed(con, orders):
    con.execute("insert into ops.campaigns values ('c1', date '2026-07-01', ?, 14, 0.5, 'hash', 4, 0.1, "
                "0.05, 0.8, 'campaign-x', ?)", [SEND, SEND])
    con.execute("insert into ops.campaign_arms values ('c1', 'control', true, 0.5, 0, 0.5, null, null, null, null),"
                "('c1', 'A', false, 0.5, 0.5, 1, 'recommendation_messages', 'v1', 'm', 0.2)")
    for user, arm in (("U1", "A"), ("U2", "A"), ("U3", "control"), ("U4", "control")):
        con.execute("insert into ops.campaign_members values ('c1', ?, ?, 0.1, null, 'ready', ?)", [user, arm, SEND])
    for i, (user, at, status, price) in enumerate(orders):
        con.execute("insert into raw.orders values (?, 1, ?, 'P1', 1, ?, 'USD', ?, ?, 'web', 0, 'test', ?)",
                    [f"O{i}", user, price, at, status, SEND])


def test_only_orders_inside_the_window_count(con):
    second = timedelta(seconds=1)
    _seed(con, [
        ("U1", SEND, "placed", 100.0),                    # at the send instant: before, not after it
        ("U1", SEND - timedelta(days=2), "placed", 100.0),
        ("U1", END + second, "placed", 100.0),            # one second past the window
        ("U2", SEND + second, "placed", 10.0),            # counts
        ("U2", END, "delivered", 20.0),                   # the last instant of the window counts
        ("U3", SEND + timedelta(days=3), "cancelled", 50.0),  # never a conversion
        ("U4", SEND + timedelta(days=1), "returned", 30.0),   # an order, but no kept revenue
        ("U9", SEND + timedelta(days=1), "placed", 70.0),     # not a member: ignored
    ])
    r = compute_results(con, "c1")
    got = {row["user_id"]: (row["orders"], row["converted"], row["revenue"]) for row in r.outcomes.to_dicts()}
    assert got == {"U1": (0, False, 0.0), "U2": (2, True, 30.0), "U3": (0, False, 0.0), "U4": (1, True, 0.0)}
    arms = {a["arm"]: a for a in r.arms}
    assert (arms["A"]["members"], arms["A"]["conversions"], arms["A"]["revenue"]) == (2, 1, 30.0)
    assert (arms["control"]["members"], arms["control"]["conversions"]) == (2, 1)
    # the latest order (U1's, past the window end) shows the window as closed
    assert r.window_closed and r.observed_through == END


def test_an_open_window_is_reported_as_open(con):
    _seed(con, [("U2", SEND + timedelta(days=3), "placed", 10.0)])
    r = compute_results(con, "c1")
    assert not r.window_closed and r.observed_days == 3.0


def test_thompson_learns_only_from_finished_campaigns_with_the_same_variant(con):
    from shopcopy.campaigns.assign import thompson_allocation
    from shopcopy.campaigns.create import _history

    con.execute("insert into ops.campaigns values ('old', date '2026-06-01', ?, 14, 0.1, 'hash', 2000, 0.1, "
                "0.05, 0.8, 'r', ?), ('open', date '2026-06-20', ?, 14, 0.1, 'hash', 2000, 0.1, 0.05, 0.8, 'r', ?)",
                [datetime(2026, 6, 1), SEND, datetime(2026, 6, 25), SEND])
    for camp in ("old", "open"):
        con.execute("insert into ops.campaign_arms values (?, 'A', false, 0.45, 0.1, 0.55, 'p', 'v1', 'm', null),"
                    "(?, 'B', false, 0.45, 0.55, 1, 'p.short', 'v2', 'm', null)", [camp, camp])
    for camp, closed, (a, b) in (("old", True, (120, 60)), ("open", False, (0, 500))):
        for arm, conv in (("A", a), ("B", b)):
            con.execute("insert into ops.campaign_arm_results values (?, ?, 900, 900, ?, 0, 0, 0, 0, null, ?, ?)",
                        [camp, arm, conv, closed, SEND])
    keys = {"A": ("p", "v1", "m"), "B": ("p.short", "v2", "m"), "C": ("p.new", "v3", "m")}
    history = _history(con, keys, SEND)
    assert history == [(120, 780), (60, 840), (0, 0)]   # the open campaign's numbers are ignored
    shares = thompson_allocation(0.1, ["A", "B", "C"], history, "next")
    assert shares["control"] == 0.1
    assert shares["A"] > shares["B"] and shares["C"] > 0   # an untried variant keeps a chance
