"""A variant with its own prompt, written by the real embedded model: its texts go through the
generation stage's gate with their own lineage, and never replace a user's current message."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from shopcopy.campaigns import VariantSpec, create_campaign
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import Endpoint, embedded_model_name
from tests.campaigns.helpers import SEND_AT, SNAPSHOT, prepare_shop, publish_messages


@pytest.mark.llm
@pytest.mark.slow
def test_a_prompt_variant_is_generated_with_lineage(loaded_con, llm_server):
    con = loaded_con
    cfg = prepare_shop(con, llm_max_calls=30, llm_temperature=0.0)
    publish_messages(con, cfg, limit=8)
    current = con.execute("select user_id, output_id from marts.campaign_messages order by 1").fetchall()

    @contextmanager
    def client(model):
        yield LLMClient(Endpoint(llm_server, embedded_model_name(), embedded=True), cfg)

    plan = create_campaign(con, cfg, name="short-test", snapshot_date=SNAPSHOT, send_at=SEND_AT,
                           holdout=0.25, variants=[VariantSpec("A"), VariantSpec("B", "recommendation_messages.short")],
                           run_id="campaign-short", open_client=client)
    b_members = plan.members["B"]
    assert b_members > 0
    rows = con.execute("""
        select m.user_id, m.text_status, g.prompt_name, g.model, g.run_id, g.inputs = o.inputs as same_facts
        from ops.campaign_members m
        join gen.recommendation_messages g on g.user_id = m.user_id and g.run_id = 'campaign-short'
        join gen.recommendation_messages o on o.user_id = m.user_id and o.run_id = 'seeded-run'
        where m.campaign_id = 'short-test' and m.arm = 'B'""").fetchall()
    assert len(rows) == b_members   # one variant text per B member, from the very same facts
    assert all(r[2] == "recommendation_messages.short" and r[3] == embedded_model_name() and r[5] for r in rows)
    calls = con.execute("select count(*), count(distinct item_key) from ops.llm_calls "
                        "where run_id = 'campaign-short' and prompt_name = 'recommendation_messages.short'").fetchone()
    assert calls[1] == b_members and calls[0] >= b_members
    # only texts the gate let through are sendable; the rest stay in B, counted, never sent
    ready = {r[0] for r in rows if r[1] == "ready"}
    assert plan.ready["B"] == len(ready)
    assert con.execute("select count(*) from ops.campaign_members where campaign_id = 'short-test' and arm = 'B' "
                       "and (output_id is null) <> (text_status <> 'ready')").fetchone()[0] == 0
    # the users' current messages (what a plain export or the nightly sees) are unchanged
    assert con.execute("select user_id, output_id from marts.campaign_messages order by 1").fetchall() == current
    # a rerun pays for nothing already written
    again = create_campaign(con, cfg, name="short-test", snapshot_date=SNAPSHOT, send_at=SEND_AT, holdout=0.25,
                            variants=[VariantSpec("A"), VariantSpec("B", "recommendation_messages.short")],
                            run_id="campaign-short-2", open_client=client)
    assert sum(v.calls for v in again.variants) == 0
