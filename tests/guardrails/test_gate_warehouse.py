"""The gate against a real DuckDB file: stored text re-judged by the gate in force (the marts
never show what a laxer gate let through), `review approve --learn`, `guard check` and
`eval guardrails` (figures kept in ops.guardrail_evals)."""

from __future__ import annotations

import json
from datetime import date, datetime

import polars as pl
import pytest
from typer.testing import CliRunner

from shopcopy import warehouse
from shopcopy.cli import app
from shopcopy.guardrails import check, gate_version
from shopcopy.review import queue as review
from shopcopy.warehouse.catalog import load_catalog

NOW = datetime(2026, 7, 1, 2, 0)
INPUTS = {"locale": "en-US", "segment": "standard", "product": {
    "product_id": "P1", "title": "Trailcraft Lite Backpack 30L", "brand": "Trailcraft",
    "category": "outdoors", "price": 79.99, "currency": "USD", "attributes": {"volume": "30L"},
    "description": "The Lite Backpack is part of the Trailcraft outdoors range."}}
GOOD = {"headline": "Trailcraft Lite Backpack 30L",
        "description": "Carry 30 L of gear on day hikes with the Trailcraft Lite Backpack, $79.99."}
# What the old gate published: a paraphrased free-delivery promise and a rating.
LAX = {"headline": "Trailcraft Lite Backpack 30L",
       "description": "Rated 4.8 by hikers, the Trailcraft Lite Backpack 30L is $79.99 and we cover the delivery."}
UNKNOWN = {"headline": "Trailcraft Lite Backpack 30L",
           "description": "Carry 30 L of gear to the crag with the Trailcraft Lite Backpack, $79.99."}


@pytest.fixture
def wh(tmp_path, monkeypatch):
    path = tmp_path / "wh.duckdb"
    monkeypatch.setenv("SHOPCOPY_WAREHOUSE", str(path))
    with warehouse.connect(path) as con:
        con.execute("insert into raw.products values ('P1', 'Trailcraft Lite Backpack 30L', 'Trailcraft',"
                    " 'outdoors', 79.99, 'USD', '{}', null, true, ?, 'f', ?)", [NOW, NOW])
    return path


def insert(con, output_id: str, output: dict, status: str, gate: str | None) -> None:
    row = {"output_id": output_id, "snapshot_date": date(2026, 7, 1), "last_seen_date": date(2026, 7, 1),
           "product_id": "P1", "segment": "standard", "locale": "en-US", **output,
           "run_id": "r", "input_hash": output_id, "prompt_name": "p", "prompt_version": "v",
           "model": "m", "status": status, "guardrail_failures": "[]", "attempts": 1,
           "tokens_in": 1, "tokens_out": 1, "inputs": json.dumps(INPUTS), "created_at": NOW,
           "gate_version": gate}
    con.register("batch", pl.DataFrame([row]))
    con.execute("insert into gen.product_descriptions by name select * from batch")
    con.unregister("batch")


def mart(path) -> list:
    with warehouse.connect(path) as con:
        return con.execute("select output_id, status from marts.published_product_copy order by 1").fetchall()


def test_connect_rejudges_text_an_older_gate_published(wh):
    with warehouse.connect(wh) as con:
        insert(con, "d-good", GOOD, "published", "gate-1.0-old")
        insert(con, "d-lax", LAX, "published", "gate-1.0-old")
        # Same connection, not re-judged yet: the marts show neither (fail closed).
        assert con.execute("select count(*) from marts.published_product_copy").fetchone() == (0,)
    assert mart(wh) == [("d-good", "published")]
    with warehouse.connect(wh) as con:
        status, failures, gate = con.execute("select status, guardrail_failures, gate_version from "
                                             "gen.product_descriptions where output_id = 'd-lax'").fetchone()
        log = con.execute("select action, from_status, to_status, reviewer from ops.review_log").fetchall()
    assert status == "rejected" and gate == gate_version()
    assert {f["check"] for f in json.loads(failures)} >= {"claim.rating", "claim.shipping"}
    assert log == [("rejudge", "published", "rejected", "gate")]


def test_approve_learn_teaches_the_gate_and_logs_it(wh):
    with warehouse.connect(wh) as con:
        verdict = check("product_descriptions", UNKNOWN, INPUTS, load_catalog(con))
        assert verdict.status == "needs_review" and ("en-US", "crag") in verdict.unknown_words
        insert(con, "d-new", UNKNOWN, "needs_review", None)
        [result] = review.approve(con, ["d-new"], reviewer="ana", learn=True)
        assert result.ok and "crag" in result.message
        assert con.execute("select locale, word, added_by, output_id from ops.guardrail_vocabulary"
                           ).fetchall() == [("en-US", "crag", "ana", "d-new")]
        assert con.execute("select action, reason from ops.review_log where action = 'learn'"
                           ).fetchall() == [("learn", "learned crag (en-US)")]
        # The next text with that word is published without a person.
        assert check("product_descriptions", UNKNOWN, INPUTS, load_catalog(con)).status == "published"
    assert mart(wh) == [("d-new", "approved")]


def test_guard_check_cli_with_inputs_or_an_item_key(wh):
    run = CliRunner().invoke(app, ["guard", "check", "--task", "product_descriptions",
                                   "--output", json.dumps(LAX), "--inputs", json.dumps(INPUTS)])
    assert run.exit_code == 0, run.output
    verdict = json.loads(run.output)
    assert verdict["status"] == "rejected"
    assert {"claim.rating", "claim.shipping"} <= {f["check"] for f in verdict["failures"]}
    with warehouse.connect(wh) as con:
        insert(con, "d-good", GOOD, "published", gate_version())
    run = CliRunner().invoke(app, ["guard", "check", "--task", "product_descriptions",
                                   "--output", json.dumps(GOOD), "--item", "P1|standard|en-US"])
    assert run.exit_code == 0 and json.loads(run.output)["status"] == "published", run.output
    bad = CliRunner().invoke(app, ["guard", "check", "--task", "product_descriptions",
                                   "--output", "not json", "--inputs", "{}"])
    assert bad.exit_code == 1 and "not a JSON object" in bad.output


@pytest.mark.slow
def test_eval_guardrails_stores_figures_sql_can_compare(wh):
    run = CliRunner().invoke(app, ["eval", "guardrails"])
    assert run.exit_code == 0, run.output
    with warehouse.connect(wh) as con:
        rows = con.execute("""select locale, label, published, recall, false_hold from ops.guardrail_evals
                              where split = '(all)' and family = '(all)' order by 1, 2""").fetchall()
        versions = con.execute("select distinct gate_version from ops.guardrail_evals").fetchall()
    assert [(loc, label, pub) for loc, label, pub, _, _ in rows if label == "bad"] == [
        ("en-US", "bad", 0), ("zh-CN", "bad", 0)]
    assert all(fh <= 0.10 for _, label, _, _, fh in rows if label == "good")
    assert versions == [(gate_version(),)]


def test_guard_rejudge_cli_reports_what_it_moved(wh):
    with warehouse.connect(wh, migrate_schema=False) as con:
        insert(con, "d-lax", LAX, "published", "gate-1.0-old")
    run = CliRunner().invoke(app, ["guard", "rejudge"])
    assert run.exit_code == 0, run.output
    assert "Re-judged 1 stored text(s)" in run.output and "published -> rejected: 1" in run.output
