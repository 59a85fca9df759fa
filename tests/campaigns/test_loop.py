"""The whole loop on a small shop, through the CLI a marketer uses: messages -> campaign create ->
export campaign -> simulate responses (order files in the inbox) -> ingest -> campaign report.

The messages are written straight into gen.recommendation_messages (the LLM is not under test
here; tests/campaigns/test_variants.py uses the real one)."""

from __future__ import annotations

import csv
import shutil

import pytest
from typer.testing import CliRunner

from shopcopy import warehouse
from shopcopy.cli import app
from tests.campaigns.helpers import prepare_shop, publish_messages


@pytest.fixture
def shop(sample_warehouse, tmp_path, monkeypatch):
    path = tmp_path / "wh.duckdb"
    shutil.copy(sample_warehouse, path)
    with warehouse.connect(path) as con:
        published = publish_messages(con, prepare_shop(con))
    for key, value in {"WAREHOUSE": path, "INBOX": tmp_path / "inbox",
                       "CAMPAIGN_DIR": tmp_path / "campaigns"}.items():
        monkeypatch.setenv(f"SHOPCOPY_{key}", str(value))
    return path, published


def _cli(*args):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _members(path, sql="select user_id, arm from ops.campaign_members where campaign_id = 'july' order by 1"):
    with warehouse.connect(path, read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.slow
def test_send_hold_back_attribute_and_measure(shop, tmp_path):
    path, published = shop
    out = _cli("campaign", "create", "--name", "july", "--send-at", "2026-07-01 09:00",
               "--holdout", "20%", "--variants", "A,B")
    assert f"{published} members" in out and "MDE" in out
    arms = _members(path)
    # rebuilt while never exported: the same members land in the same arms
    _cli("campaign", "create", "--name", "july", "--send-at", "2026-07-01 09:00", "--holdout", "20%",
         "--variants", "A,B")
    assert _members(path) == arms
    control = {u for u, a in arms if a == "control"}
    assert 0.1 < len(control) / len(arms) < 0.3

    # two treated members withdraw consent after their text was written
    withdrawn = [u for u, a in arms if a != "control"][:2]
    with warehouse.connect(path) as con:
        con.execute("update raw.customers set marketing_consent = false where user_id in (?, ?)", withdrawn)
    send = tmp_path / "send.csv"
    out = _cli("export", "campaign", "july", "--out", str(send))
    assert "dropped 2 who withdrew consent" in out
    exported = list(csv.DictReader(send.open()))
    users = {r["user_id"] for r in exported}
    assert not users & control, "a control member was exported"
    assert not users & set(withdrawn)
    assert len(users) == len(arms) - len(control) - 2
    assert {r["arm"] for r in exported} == {"A", "B"}
    assert _members(path, "select rows, dropped_no_consent, control_members from ops.campaign_exports") == [
        (len(users), 2, len(control))]
    # the arms are final once exported
    result = CliRunner().invoke(app, ["campaign", "create", "--name", "july", "--send-at", "2026-07-01"])
    assert result.exit_code == 1 and "already exported" in result.output

    out = _cli("simulate", "responses", "--campaign", "july", "--effect", "A=+15pp,B=+0pp", "--seed", "3")
    assert "Load them with `shopcopy ingest`" in out
    files = sorted((tmp_path / "inbox" / "orders").glob("orders_2026-07-*.csv"))
    assert files and files[0].read_text().splitlines()[0] == (
        "order_id,line_no,user_id,product_id,quantity,unit_price,currency,ordered_at,status,channel,discount")
    _cli("ingest")
    out = _cli("campaign", "report", "july")
    assert "window closed" in out
    assert (tmp_path / "campaigns" / "july" / "cumulative_conversion.png").read_bytes()[:4] == b"\x89PNG"

    with warehouse.connect(path, read_only=True) as con:
        rows = {r[0]: r[1:] for r in con.execute(
            "select arm, members, exported, conversions, uplift_pp, uplift_ci_low_pp, uplift_ci_high_pp "
            "from marts.campaign_results where campaign_id = 'july'").fetchall()}
        exported_share_a = rows["A"][1] / rows["A"][0]
        # planted +15pp per exported member: the interval holds it (per assigned member) and is
        # clearly above B's, whose planted effect is zero
        _, _, _, est_a, low_a, high_a = rows["A"]
        assert low_a <= 15 * exported_share_a <= high_a
        assert est_a > rows["B"][3]
        assert rows["B"][4] <= 0 <= rows["B"][5]
        assert rows["control"][1] == 0 and rows["control"][3] is None
        # the attribution saw the orders the simulated shop placed outside the window, and ignored them
        outside = con.execute("""select count(*) from raw.orders o, ops.campaigns c
                                 where c.campaign_id = 'july' and o.ordered_at >= date '2026-07-01'
                                   and (o.ordered_at <= c.send_at or o.ordered_at > c.send_at + interval 14 day)
                              """).fetchone()[0]
        assert outside > 0


@pytest.mark.parametrize("args, message", [
    (["--variants", "A,B", "--variant-prompt", "B=no_such_prompt"], "No prompt file"),
    (["--variants", "A", "--variant-prompt", "B=recommendation_messages.short"], "not in --variants"),
    (["--variants", "A,control"], "distinct labels"),
    (["--holdout", "120%"], "between 0% and 100%"),
    (["--date", "2026-07-02"], "before the snapshot"),
    (["--date", "2026-06-01"], "no message of snapshot 2026-06-01"),
])
def test_create_refuses_with_a_reason(shop, args, message):
    base = ["campaign", "create", "--name", "bad", "--send-at", "2026-07-01 09:00"]
    result = CliRunner().invoke(app, base + args)
    assert result.exit_code == 1 and message in " ".join(result.output.split()), result.output
    assert _members(shop[0], "select count(*) from ops.campaigns") == [(0,)]


def test_a_variant_text_never_displaces_the_current_message_until_a_nightly_adopts_it(shop):
    path, _ = shop
    with warehouse.connect(path) as con:
        user, current = con.execute("select user_id, output_id from marts.campaign_messages order by 1 limit 1").fetchone()
        con.execute("insert into ops.runs (run_id, flow, snapshot_date, started_at, status) "
                    "values ('campaign-v', 'campaign', date '2026-07-01', now(), 'completed')")
        con.execute("""insert into gen.recommendation_messages
                       select * replace ('rm-variant' as output_id, 'campaign-v' as run_id, 'h-variant' as input_hash,
                                         created_at + interval 1 hour as created_at)
                       from gen.recommendation_messages where output_id = ?""", [current])
        current_text = "select output_id from staging.current_texts where task = 'recommendation_messages' and item_key = ?"
        assert con.execute("select output_id from marts.campaign_messages where user_id = ?", [user]).fetchone()[0] == current
        assert con.execute(current_text, [user]).fetchone()[0] == current
        # a later nightly whose work list holds the variant's input touches it: now it is current
        con.execute("update gen.recommendation_messages set last_seen_date = date '2026-07-02' "
                    "where output_id = 'rm-variant'")
        assert con.execute("select output_id from marts.campaign_messages where user_id = ?", [user]).fetchone()[0] == "rm-variant"
        assert con.execute(current_text, [user]).fetchone()[0] == "rm-variant"
