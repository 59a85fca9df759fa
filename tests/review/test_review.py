"""Review queue and marts on a real DuckDB file with hand-inserted gen.* rows.

Rows get their status and failures from the real guardrails (as generate.py stores them), except
where a test forges a row to prove a defence in depth.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import polars as pl
import pytest
from typer.testing import CliRunner

from shopcopy import warehouse
from shopcopy.cli import app
from shopcopy.guardrails import check
from shopcopy.review import queue as review
from shopcopy.warehouse.catalog import load_catalog

SNAP = date(2026, 7, 1)
NOW = datetime(2026, 7, 1, 2, 0)
PRODUCTS = [  # product_id, title, brand, category, price, in_stock
    ("P1", "Trailcraft Lite Backpack 30L", "Trailcraft", "outdoors", 79.99, True),
    ("P2", "Copperpot Zen Water Bottle 500 ml", "Copperpot", "kitchen", 24.99, True),
    ("P3", "Acme Nova Tent 2-person", "Acme", "outdoors", 209.99, False),
]
CUSTOMERS = [("U1", True), ("U2", False), ("U3", True)]  # user_id, marketing_consent


def product_facts(pid, with_attrs=False):
    p = next(p for p in PRODUCTS if p[0] == pid)
    facts = dict(zip(("product_id", "title", "brand", "category", "price"), p[:5], strict=True))
    facts["currency"] = "USD"
    if with_attrs:
        facts |= {"attributes": {"volume": "30L"}, "description": "Trailcraft outdoors range."}
    return facts


def seed_catalog(con) -> None:
    for pid, title, brand, cat, price, stock in PRODUCTS:
        con.execute("insert into raw.products values (?, ?, ?, ?, ?, 'USD', '{}', null, ?, ?, 'f', ?)",
                    [pid, title, brand, cat, price, stock, NOW, NOW])
    for uid, consent in CUSTOMERS:
        con.execute("insert into raw.customers values (?, 'en-US', ?, ?, 'standard', ?, '555', ?, 'f', ?)",
                    [uid, NOW, consent, f"{uid}@mail.test", f"Name {uid}", NOW])


COMMON = dict(snapshot_date=SNAP, last_seen_date=SNAP, segment="standard", locale="en-US",
              run_id="gen-test", prompt_name="p", prompt_version="v1", model="smollm2",
              attempts=1, tokens_in=100, tokens_out=40, created_at=NOW)


def insert(con, task: str, output_id: str, output: dict, inputs: dict, *, keys: dict,
           status: str | None = None, failures: str | None = None) -> str:
    """Insert a gen row whose status/failures come from the real guardrails unless forced."""
    verdict = check(task, output, inputs, load_catalog(con))
    row = COMMON | keys | output | {
        "output_id": output_id, "input_hash": output_id, "inputs": json.dumps(inputs),
        "status": status or verdict.status,
        "guardrail_failures": failures if failures is not None else verdict.failures_json()}
    con.register("batch", pl.DataFrame([row]))
    con.execute(f"insert into gen.{task} by name select * from batch")
    con.unregister("batch")
    return row["status"]


GOOD_COPY = {"headline": "Trailcraft Lite Backpack 30L",
             "description": "Carry 30 L of gear on day hikes with the Trailcraft Lite Backpack, "
                            "yours for $79.99."}
SOFT_COPY = {"headline": "Trailcraft Lite Backpack 30L",
             "description": GOOD_COPY["description"] + " Hurry, act now!"}
HARD_COPY = {"headline": "Trailcraft Lite Backpack 30L",
             "description": "Carry 45 L of gear with the Trailcraft Lite Backpack, now $59.99."}


def desc_inputs(pid="P1"):
    return {"locale": "en-US", "segment": "standard", "product": product_facts(pid, True)}


def insert_copy(con, output_id, output, segment="standard", **kw):
    return insert(con, "product_descriptions", output_id, output, desc_inputs(),
                  keys={"product_id": "P1", "segment": segment}, **kw)


@pytest.fixture
def wh(tmp_path, monkeypatch):
    """A seeded warehouse file; the CLI finds it through SHOPCOPY_WAREHOUSE."""
    from shopcopy.cli.app import console

    path = tmp_path / "wh.duckdb"
    monkeypatch.setenv("SHOPCOPY_WAREHOUSE", str(path))
    monkeypatch.setattr(console, "width", 300)  # CliRunner is no terminal: keep table cells whole
    with warehouse.connect(path) as con:
        seed_catalog(con)
    return path


def cli(*args):
    return CliRunner().invoke(app, ["review", *args])


def mart(path, sql):
    with warehouse.connect(path) as con:
        return con.execute(sql).fetchall()


def test_approve_moves_a_soft_failed_text_into_the_marts(wh):
    with warehouse.connect(wh) as con:
        assert insert_copy(con, "d-soft", SOFT_COPY) == "needs_review"
    assert mart(wh, "select count(*) from marts.published_product_copy") == [(0,)]

    listed = cli("list", "--task", "product_descriptions")
    assert listed.exit_code == 0 and "d-soft" in listed.output
    assert "claim.pressure" in listed.output

    result = cli("approve", "d-soft", "--by", "maria")
    assert result.exit_code == 0, result.output
    assert mart(wh, "select output_id, status, approved_by, price from marts.published_product_copy"
                ) == [("d-soft", "approved", "maria", 79.99)]
    assert mart(wh, "select action, from_status, to_status, reviewer from ops.review_log") == [
        ("approve", "needs_review", "approved", "maria")]


def test_reject_records_the_reason_and_takes_published_text_out(wh, monkeypatch):
    monkeypatch.setenv("USER", "sam")
    with warehouse.connect(wh) as con:
        assert insert_copy(con, "d-good", GOOD_COPY) == "published"
    assert mart(wh, "select output_id from marts.published_product_copy") == [("d-good",)]

    assert cli("reject", "d-good").exit_code != 0  # --reason is required
    result = cli("reject", "d-good", "--reason", "tone is off for VIPs")
    assert result.exit_code == 0, result.output
    assert mart(wh, "select count(*) from marts.published_product_copy") == [(0,)]
    assert mart(wh, "select action, to_status, reviewer, reason from ops.review_log") == [
        ("reject", "rejected", "sam", "tone is off for VIPs")]


def test_approving_a_hard_failed_text_is_refused(wh):
    with warehouse.connect(wh) as con:
        assert insert_copy(con, "d-hard", HARD_COPY) == "rejected"
    result = cli("approve", "d-hard", "--by", "maria")
    assert result.exit_code == 1
    assert "cannot approve d-hard" in result.output and "grounding.price" in result.output
    assert mart(wh, "select status from gen.product_descriptions") == [("rejected",)]
    assert mart(wh, "select action, reviewer from ops.review_log") == [("approve_refused", "maria")]
    assert mart(wh, "select count(*) from marts.published_product_copy") == [(0,)]


def test_approval_rechecks_against_todays_catalog(wh):
    with warehouse.connect(wh) as con:
        assert insert_copy(con, "d-soft", SOFT_COPY) == "needs_review"
        con.execute("update raw.products set price = 74.99 where product_id = 'P1'")
        [res] = review.approve(con, ["d-soft", "nope"][:1], reviewer="maria")
        assert not res.ok and "today's catalog" in res.message
        [missing] = review.approve(con, ["nope"], reviewer="maria")
        assert not missing.ok and "no generated text" in missing.message


def test_marts_hold_only_published_or_approved_text_without_hard_failures(wh):
    forged = json.dumps([{"check": "grounding.brand", "severity": "hard", "detail": "x"}])
    with warehouse.connect(wh) as con:
        insert_copy(con, "d-good", GOOD_COPY, segment="standard")
        insert_copy(con, "d-soft", SOFT_COPY, segment="vip")
        insert_copy(con, "d-hard", HARD_COPY, segment="student")
        # A row that claims to be published but carries a hard failure (a bug upstream).
        insert_copy(con, "d-forged", GOOD_COPY, segment="family", status="published",
                    failures=forged)
    assert mart(wh, "select output_id from marts.published_product_copy") == [("d-good",)]


def test_a_rewrite_that_passed_reaches_the_marts_but_a_hard_failed_final_text_never_does(wh):
    """guardrail_failures keeps a discarded first attempt's failures (tagged attempt 1) next to a
    strict rewrite that passed: the rewrite is publishable. A hard failure tagged with the row's
    final attempt (or untagged) keeps the row out, whatever its status says."""
    first = [{"attempt": 1, "check": "grounding.price", "severity": "hard", "detail": "$59.99"}]
    final = [{"attempt": 2, "check": "grounding.price", "severity": "hard", "detail": "$59.99"}]
    with warehouse.connect(wh) as con:
        insert_copy(con, "d-rewritten", GOOD_COPY, segment="standard", failures=json.dumps(first))
        insert_copy(con, "d-bad-final", GOOD_COPY, segment="vip", status="published",
                    failures=json.dumps(final))
        con.execute("update gen.product_descriptions set attempts = 2")
    assert mart(wh, "select output_id from marts.published_product_copy") == [("d-rewritten",)]


def test_copy_written_for_an_old_price_is_withdrawn(wh):
    with warehouse.connect(wh) as con:
        insert_copy(con, "d-good", GOOD_COPY)
        con.execute("update raw.products set price = 74.99 where product_id = 'P1'")
        assert con.execute("select count(*) from marts.published_product_copy").fetchone() == (0,)


def message_inputs(pids):
    return {"locale": "en-US", "segment": "standard",
            "user": {"segment_label": "loyal", "recency_days": 12, "frequency": 5},
            "products": [product_facts(p) for p in pids]}


def insert_message(con, output_id, user_id, pids, body, **kw):
    output = {"subject": "Picked for you, {first_name}", "body": body}
    return insert(con, "recommendation_messages", output_id, output, message_inputs(pids),
                  keys={"user_id": user_id, "product_ids": list(pids)}, **kw)


def test_campaign_messages_carry_named_products_for_consenting_users(wh):
    body = ("Hi {first_name}, the Trailcraft Lite Backpack ($79.99) and the Copperpot Zen "
            "Water Bottle 500 ml ($24.99) are waiting for your next trip.")
    with warehouse.connect(wh) as con:
        assert insert_message(con, "m1", "U1", ["P1", "P2"], body) == "published"
        insert_message(con, "m2", "U2", ["P1", "P2"], body)  # no marketing consent
        # Out of stock: the guardrail rejects it; forged as published, the mart still holds it back.
        insert_message(con, "m3", "U3", ["P3"], "Hi {first_name}, the Acme Nova Tent 2-person "
                       "is ready for your next camping weekend at $209.99.",
                       status="published", failures="[]")
        assert check("recommendation_messages", {"subject": "x y z", "body": "the Acme Nova Tent "
                     "2-person"}, message_inputs(["P3"]), load_catalog(con)).status == "rejected"
    rows = mart(wh, "select output_id, user_id, products from marts.campaign_messages")
    assert rows == [("m1", "U1", [
        {"product_id": "P1", "title": "Trailcraft Lite Backpack 30L", "price": 79.99, "currency": "USD"},
        {"product_id": "P2", "title": "Copperpot Zen Water Bottle 500 ml", "price": 24.99,
         "currency": "USD"}])]


def test_demand_insights_mart_and_pass_rates(wh):
    inputs = {"locale": "en-US", "segment": "standard", "user": {"segment_label": "loyal"},
              "prediction": {"p_purchase_30d": 0.73, "expected_orders_30d": 1.37,
                             "next_order_date": "2026-07-15", "next_category": "kitchen"}}
    good = {"summary": "Loyal customer, 73% likely to buy within 30 days, around 2026-07-15.",
            "next_need": "kitchen", "suggested_send_date": "2026-07-10"}
    bad = good | {"summary": "Loyal customer, 95% likely to buy within 30 days."}
    with warehouse.connect(wh) as con:
        assert insert(con, "demand_insights", "i1", good, inputs, keys={"user_id": "U1"}) == "published"
        assert insert(con, "demand_insights", "i2", bad, inputs, keys={"user_id": "U3"}) == "rejected"
        insert_copy(con, "d-soft", SOFT_COPY)
    assert mart(wh, "select output_id, suggested_send_date, p_purchase_30d from marts.demand_insights"
                ) == [("i1", date(2026, 7, 10), 0.73)]
    rates = {(t, c): (o, f, r) for t, c, o, f, r in mart(wh, """
        select task, check_name, outputs, failed, pass_rate from marts.guardrail_pass_rates
        where model = 'smollm2' and prompt_version = 'v1'""")}
    assert rates[("demand_insights", "grounding.number")] == (2, 1, 0.5)
    assert rates[("demand_insights", "grounding.brand")] == (2, 0, 1.0)
    assert rates[("demand_insights", "(any)")] == (2, 1, 0.5)
    assert rates[("product_descriptions", "claim.pressure")] == (1, 1, 0.0)


def test_show_prints_text_inputs_failures_and_history(wh):
    with warehouse.connect(wh) as con:
        insert_copy(con, "d-soft", SOFT_COPY)
    cli("approve", "d-soft", "--by", "maria")
    out = cli("show", "d-soft").output
    for expected in ("approved", "Hurry, act now", "claim.pressure", "Trailcraft outdoors range",
                     "prompt_version", "maria"):
        assert expected in out, expected
    assert cli("show", "missing-id").exit_code == 1
    assert cli("list", "--status", "bogus").exit_code == 1


def test_gen_suites_run_on_a_small_gen_table(wh, tmp_path):
    from shopcopy.settings import get_settings
    from shopcopy.validate import suites as quality

    with warehouse.connect(wh) as con:
        for i in range(4):
            insert_copy(con, f"d-good{i}", GOOD_COPY, segment=f"s{i}")
        insert_copy(con, "d-hard", HARD_COPY, segment="s9")
        insert_copy(con, "d-bad-status", GOOD_COPY, segment="s8", status="maybe")
        report = quality.validate(con, "q-test", SNAP, get_settings(docs_dir=tmp_path / "docs"),
                                  suites=("gen_product_descriptions", "gen_recommendation_messages",
                                          "gen_demand_insights"))
    outcomes = {(s.suite, o.rule.name): o for s in report.suites for o in s.outcomes}
    pd_ = "gen_product_descriptions"
    assert not outcomes[pd_, "status_allowed"].success          # 'maybe' is not a status
    assert outcomes[pd_, "status_allowed"].unexpected_count == 1
    assert outcomes[pd_, "rejected_share_under_20pct"].success  # 1 of 6 rejected: under 20%
    assert outcomes[pd_, "description_length"].success
    assert outcomes["gen_demand_insights", "suggested_send_date_iso"].success  # empty table
    assert [b for b in report.blocking if "status_allowed" not in b] == []
