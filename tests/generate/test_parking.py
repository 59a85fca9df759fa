"""Parking: an item that failed the same way on its last K runs is not paid for again until its
inputs, prompt or model change; every run's tallies land in ops.generation_runs and
marts.generation_by_run (the figures the report reads)."""

from __future__ import annotations

import pytest

from shopcopy.generate import run_generate
from shopcopy.settings import get_settings
from tests.fixtures.fake_llm import FakeLLM
from tests.fixtures.gen_data import SNAPSHOT, seed

ITEMS = 8  # the seeded shop's work list: 4 product descriptions, 2 messages, 2 insights


@pytest.fixture
def seeded(con):
    seed(con)
    return con


def settings(fake: FakeLLM, **kw):
    return get_settings(**(dict(llm_base_url=fake.base_url, llm_model="fake-model", llm_candidates=1, llm_prompt_set="v1", llm_top_products=2,
                                llm_messages_per_run=2, llm_max_retries=0, llm_timeout_s=5,
                                llm_json_mode="json_object", llm_park_after_failures=2) | kw))


def calls(con, run_id: str) -> int:
    return con.execute("select count(*) from ops.llm_calls where run_id = ?", [run_id]).fetchone()[0]


def test_an_item_failing_alike_on_its_last_runs_is_parked_until_its_model_changes(seeded):
    with FakeLLM(default=("text", "Sure! Here is your copy, not JSON.")) as fake:
        s = settings(fake)
        for run in ("r1", "r2"):
            report = run_generate(seeded, SNAPSHOT, run, s)
            assert sum(report.failed.values()) == ITEMS and calls(seeded, run) == 2 * ITEMS  # ask + re-ask
        third = run_generate(seeded, SNAPSHOT, "r3", s)
        assert calls(seeded, "r3") == 0 and sum(third.parked.values()) == ITEMS
        parked = seeded.execute("select distinct outcome, failed_runs from ops.parked_items "
                                "where run_id = 'r3'").fetchall()
        assert parked == [("invalid_json", 2)]
        assert seeded.execute("select count(*) from ops.parked_items where run_id = 'r3'").fetchone()[0] == ITEMS
        # A new model is a new input (its hash changes): asked again, not parked.
        fourth = run_generate(seeded, SNAPSHOT, "r4", settings(fake, llm_model="fake-model-2"))
    assert sum(fourth.parked.values()) == 0 and calls(seeded, "r4") == 2 * ITEMS


def test_outages_and_a_zero_setting_never_park(seeded):
    with FakeLLM(default=("status", 500)) as fake:
        s = settings(fake)
        for run in ("r1", "r2", "r3"):
            run_generate(seeded, SNAPSHOT, run, s)
        assert calls(seeded, "r3") == ITEMS  # an endpoint outage is not the items' fault
        fake.default = ("text", "not json")
        s0 = settings(fake, llm_park_after_failures=0)
        for run in ("r4", "r5", "r6"):
            run_generate(seeded, SNAPSHOT, run, s0)
    assert calls(seeded, "r6") == 2 * ITEMS


def test_budget_cut_items_are_left_for_the_next_run_in_the_ledger_and_the_mart(seeded):
    with FakeLLM(default=("json", {})) as fake:  # {} fails the schema: failed items
        report = run_generate(seeded, SNAPSHOT, "r1", settings(fake, llm_max_calls=3))
        ledger = seeded.execute(
            "select sum(items), sum(unchanged), sum(parked), sum(written), sum(failed), "
            "sum(left_for_next_run) from ops.generation_runs where run_id = 'r1'").fetchone()
        mart = seeded.execute(
            "select sum(items), sum(asked), sum(failed), sum(left_for_next_run), sum(calls), "
            "sum(failed_calls) from marts.generation_by_run where run_id = 'r1'").fetchone()
        usage = seeded.execute("select sum(calls), sum(failed_calls) from marts.llm_usage_by_run "
                               "where run_id = 'r1'").fetchone()
    # 3 calls: the first item's ask and re-ask (failed), the second item's ask; the budget cuts its
    # re-ask, so it is left for the next run like the six never asked, not counted as failed.
    assert ledger == (ITEMS, 0, 0, 0, sum(report.failed.values()), sum(report.left.values()))
    assert sum(report.failed.values()) == 1 and sum(report.left.values()) == ITEMS - 1
    assert mart == (ITEMS, 2, 1, ITEMS - 1, 3, 3)
    assert usage == (3, 3)  # the zero-token 'budget' row is neither a call nor a failure


def test_retried_and_held_back_items_read_as_one_line_each(seeded):
    from shopcopy.report.nightly import held_back_lines

    with FakeLLM(default=("text", "not json")) as fake:
        fake.script.extend([("text", "not json"), ("json", {"headline": "A kettle", "description": "Boils water."})])
        run_generate(seeded, SNAPSHOT, "r1", settings(fake))
    lines = held_back_lines(seeded, "r1", limit=50)
    first = next(line for line in lines if line.startswith("retried product_descriptions P1|loyal|en-US"))
    assert first.endswith("2 call(s), invalid_json -> ok")
    failed = [line for line in lines if "invalid_json -> invalid_json" in line]
    assert len(failed) == ITEMS - 1 and all("(" in line for line in failed)  # with the last error
    held = [line for line in lines if line.startswith(("needs_review ", "rejected "))]
    assert held and all("length" in line for line in held)  # "Boils water." is too short a description
