"""Generation stage: lineage, never paying twice, budget, faults, and no PII in any request.

Fault cases use the fake HTTP server (tests/fake_llm.py); the rest runs against the real embedded
SmolLM2 server (fixture `llm_server`) on a handful of items.
"""

from __future__ import annotations

import json
import shutil

import pytest

from shopcopy import warehouse
from shopcopy.generate import engine as generate
from shopcopy.generate.engine import run_generation
from shopcopy.generate.work import TASKS, WorkItem, interleave
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import Endpoint
from shopcopy.settings import get_settings
from tests.fixtures.fake_llm import FakeLLM, RecordingProxy
from tests.fixtures.gen_data import PII, SNAPSHOT, seed

VALID = {"headline": "A kettle", "description": "Boils water.", "subject": "For you", "body": "Hi {first_name}.",
         "summary": "Likely to buy soon.", "next_need": "kitchen", "suggested_send_date": "2026-07-10"}


def small_settings(**kw):
    # One candidate per item: these tests count exact calls; best-of-n has tests of its own.
    # Prompt set v2 on the real model too: at temperature 0 with one candidate, v3's sentence is
    # refused whenever greedy decoding copies an exemplar, and these tests need complete runs
    # (v3 on the real model: tests/generate/test_slots_stage.py).
    base = dict(llm_top_products=2, llm_messages_per_run=2, llm_max_retries=0, llm_timeout_s=5,
                llm_output_tokens=96, llm_temperature=0.3, llm_candidates=1, llm_prompt_set="v2")
    return get_settings(**(base | kw))


def fake_client(fake: FakeLLM, settings) -> LLMClient:
    return LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), settings)


def gen_rows(con, task: str) -> list[tuple]:
    return con.execute(f"select input_hash, status, guardrail_failures from gen.{task} order by all").fetchall()


def calls(con, run_id: str | None = None) -> list[tuple]:
    return con.execute("select task, item_key, attempt, outcome from ops.llm_calls "
                       "where ? is null or run_id = ? order by all", [run_id, run_id]).fetchall()


@pytest.fixture
def seeded(con):
    seed(con)
    return con


# ---- pure parts --------------------------------------------------------------------------------

def test_interleave_takes_the_most_valuable_item_of_each_task_in_turn():
    def items(task, n):
        return [WorkItem(task, {"id": i}, {}, f"{task}{i}") for i in range(n)]
    order = interleave({"a": items("a", 3), "b": items("b", 1), "c": items("c", 2)})
    assert [i.input_hash for i in order] == ["a0", "b0", "c0", "a1", "c1", "a2"]


def test_interleave_gives_each_locale_its_share_within_a_task_in_value_order():
    def item(task, i, loc):
        return WorkItem(task, {"id": i}, {"locale": loc}, f"{task}{i}{loc[:2]}")
    # value order put every en-US item first: a budget of three would have left zh-CN none
    a = [item("a", i, "en-US") for i in range(4)] + [item("a", 4, "zh-CN"), item("a", 5, "zh-CN")]
    order = [i.input_hash for i in interleave({"a": a})]
    assert order == ["a0en", "a4zh", "a1en", "a2en", "a5zh", "a3en"]  # 2 of 6 are zh-CN: every third
    order = interleave({"a": a[:2] + a[4:], "b": [item("b", 0, "zh-CN"), item("b", 1, "en-US")]})
    assert [i.input_hash for i in order] == ["a0en", "b0zh", "a4zh", "b1en", "a1en", "a5zh"]


def test_work_list_uses_allow_listed_facts_and_respects_consent_and_stock(seeded):
    fake_settings = small_settings()
    with FakeLLM(default=("json", VALID)) as fake:
        run_generation(seeded, SNAPSHOT, "r1", fake_settings, client=fake_client(fake, fake_settings))
        bodies = json.dumps(fake.requests)
    # U4 has the highest demand but no consent; P4 is out of stock; P3 ranks below the top 2.
    assert {r[0] for r in seeded.execute("select user_id from gen.recommendation_messages").fetchall()} == {"U1", "U2"}
    assert seeded.execute("select product_ids from gen.recommendation_messages where user_id='U1'").fetchone()[0] == ["P1", "P3"]
    assert {r[0] for r in seeded.execute("select distinct product_id from gen.product_descriptions").fetchall()} == {"P1", "P2"}
    for secret in PII:
        assert secret not in bodies
    # The injection attempt in P3's title reaches the model neutralised, as one product line.
    user_msgs = [m["content"] for r in fake.requests for m in r["messages"] if m["role"] == "user"]
    p3 = [line for m in user_msgs for line in m.splitlines() if "Desk Lamp" in line]
    assert p3 and all(line.startswith("- Desk Lamp ‹/data› Ignore") for line in p3)
    assert not any("</data>" in m for m in user_msgs)


# ---- faults, retries, budget, batches (fake server) ----------------------------------------------

def test_faulty_endpoint_records_failures_and_next_run_retries_only_those(seeded):
    s = small_settings(llm_timeout_s=0.5)
    # One behaviour per request, in work order (round-robin across tasks, by value).
    script = [("status", 500), ("status", 429), ("garbage",), ("garbage",), ("hang", 2),
              ("json", {"headline": "x"}), ("json", {"headline": "y"})]
    with FakeLLM(default=("json", VALID)) as fake:
        fake.script.extend(script)
        report = run_generation(seeded, SNAPSHOT, "r1", s, client=fake_client(fake, s))
        assert calls(seeded, "r1") == sorted([
            ("product_descriptions", "P1|loyal|en-US", 1, "http_error"),
            ("recommendation_messages", "U1", 1, "rate_limited"),
            ("demand_insights", "U1", 1, "invalid_json"),
            ("product_descriptions", "P1|new|en-US", 1, "invalid_json"),
            ("recommendation_messages", "U2", 1, "timeout"),
            ("demand_insights", "U2", 1, "schema_error"),  # re-asked once with the error, still wrong
            ("demand_insights", "U2", 2, "schema_error"),
            ("product_descriptions", "P2|loyal|en-US", 1, "ok"),
            ("product_descriptions", "P2|new|en-US", 1, "ok"),
        ])
        assert "summary: Field required" in fake.requests[6]["messages"][-1]["content"]
        assert sum(report.failed.values()) == 6 and report.written == 2 and len(report.failures) == 6
        # Failed items have no gen row; the next run makes calls for exactly those six.
        report2 = run_generation(seeded, SNAPSHOT, "r2", s, client=fake_client(fake, s))
    assert report2.calls == 6 and report2.written == 6 and sum(report2.skipped.values()) == 2
    assert sum(len(gen_rows(seeded, t)) for t in TASKS) == 8


def test_budget_stops_cleanly_keeps_results_and_rerun_continues_without_duplicates(seeded):
    with FakeLLM(default=("json", VALID)) as fake:
        s = small_settings(llm_max_calls=3)
        report = run_generation(seeded, SNAPSHOT, "r1", s, client=fake_client(fake, s))
        assert report.calls == 3 and report.written == 3 and report.budget_stopped
        assert sum(report.left.values()) == 5 and report.budget_left["calls"] == 0
        assert report.as_dict()["left"] == report.left and "budget reached" in report.summary()
        # Round-robin: the budget took the most valuable item of each task.
        assert {t: sum(c.values()) for t, c in report.statuses.items()} == dict.fromkeys(TASKS, 1)
        s2 = small_settings()
        report2 = run_generation(seeded, SNAPSHOT, "r2", s2, client=fake_client(fake, s2))
    assert report2.calls == 5 and not report2.budget_stopped
    hashes = [h for t in TASKS for h, *_ in gen_rows(seeded, t)]
    assert len(hashes) == len(set(hashes)) == 8


def test_crash_mid_run_keeps_finished_batches_and_rerun_has_no_duplicates(seeded, monkeypatch):
    monkeypatch.setattr(generate, "BATCH_SIZE", 2)
    s = small_settings()

    def crash_after_five(done, total):
        if done == 5:
            raise KeyboardInterrupt

    with FakeLLM(default=("json", VALID)) as fake:
        with pytest.raises(KeyboardInterrupt):
            run_generation(seeded, SNAPSHOT, "r1", s, client=fake_client(fake, s), progress=crash_after_five)
        kept = sum(len(gen_rows(seeded, t)) for t in TASKS)
        assert kept == 5  # finished results are whole and kept
        report = run_generation(seeded, SNAPSHOT, "r2", s, client=fake_client(fake, s))
    assert report.calls == 3
    assert sum(len(gen_rows(seeded, t)) for t in TASKS) == 8


def test_after_a_rejected_candidate_the_next_is_strict_and_the_winner_records_why(seeded, monkeypatch):
    verdicts = iter([("rejected", [{"check": "unknown_product", "message": "names iPhone 15"}]),
                     ("published", [])] + [("needs_review", [])] * 20)
    monkeypatch.setattr(generate, "decide", lambda task, output, inputs, con: next(verdicts))
    s = small_settings(llm_top_products=1, llm_messages_per_run=0, llm_candidates=3,
                       llm_candidate_temperature=0.8)
    kettle = {"headline": "The Brewline Steel Kettle 1.7L", "description": "Silver, for 39.90 EUR."}
    with FakeLLM(default=("json", kettle)) as fake:
        run_generation(seeded, SNAPSHOT, "r1", s, client=fake_client(fake, s), tasks=["product_descriptions"])
        first, second = fake.requests[0], fake.requests[1]
        n_requests = len(fake.requests)
    assert "STRICT" not in first["messages"][0]["content"] and first["temperature"] == 0.3
    assert "STRICT" in second["messages"][0]["content"] and second["temperature"] == 0.8
    # Stopped early: the second candidate passed, so a third was never drawn for that item.
    row = seeded.execute("select status, guardrail_failures, attempts, candidate, selection, input_hash "
                         "from gen.product_descriptions order by created_at limit 1").fetchone()
    assert row[0] == "published" and row[1] == "[]" and row[2] == 2 and row[3] == 2
    why = json.loads(row[4])
    assert why["winner"] == 2 and "stopped early" in why["why"]
    assert [c["status"] for c in why["scored"]] == ["rejected", "published"]
    assert why["scored"][0]["checks"] == ["unknown_product"]
    # Every candidate is its own ops.llm_calls row, numbered.
    assert seeded.execute("select candidate, attempt from ops.llm_calls where input_hash = ? order by 1",
                          [row[5]]).fetchall() == [(1, 1), (2, 2)]
    # The other audience's item only ever needed review: it drew all three candidates.
    assert n_requests == 2 + 3


def test_no_candidate_passes_keeps_the_best_scoring_one_never_published(seeded, monkeypatch):
    monkeypatch.setattr(generate, "decide", lambda *a: ("rejected", [{"check": "grounding.price"}]))
    s = small_settings(llm_top_products=1, llm_messages_per_run=0, llm_candidates=3)
    replies = [{"headline": "x", "description": "y"},          # too short, no facts
               {"headline": "The Kettle Pro", "description": "The Kettle Pro boils water for 35.00 EUR."},
               {"headline": "x x x x", "description": "x x x x x x x x"}]
    with FakeLLM(default=("json", VALID)) as fake:
        fake.script.extend(("json", r) for r in replies * 2)
        report = run_generation(seeded, SNAPSHOT, "r1", s, client=fake_client(fake, s), tasks=["product_descriptions"])
        n_requests = len(fake.requests)
    assert report.statuses["product_descriptions"] == {"rejected": 2} and n_requests == 6 == report.calls
    rows = seeded.execute("select candidate, selection, attempts from gen.product_descriptions").fetchall()
    for candidate, selection, attempts in rows:
        why = json.loads(selection)
        assert attempts == 3 and why["candidates"] == 3 and "no candidate of 3 passed" in why["why"]
        scores = [c["score"] for c in why["scored"]]
        assert candidate == why["winner"] == 1 + scores.index(max(scores))


def test_budget_counts_candidates_and_keeps_the_best_drawn(seeded, monkeypatch):
    monkeypatch.setattr(generate, "decide", lambda *a: ("needs_review", [{"check": "language"}]))
    s = small_settings(llm_top_products=1, llm_messages_per_run=0, llm_candidates=3, llm_max_calls=4)
    with FakeLLM(default=("json", VALID)) as fake:
        report = run_generation(seeded, SNAPSHOT, "r1", s, client=fake_client(fake, s), tasks=["product_descriptions"])
    assert report.calls == 4 and report.budget_stopped
    # Item 1 drew its 3 candidates; item 2 got one before the budget ended: it is kept, not lost.
    assert sorted(r[0] for r in seeded.execute("select attempts from gen.product_descriptions").fetchall()) == [1, 3]


def test_a_model_set_for_a_task_in_a_locale_serves_only_that_task(seeded):
    """SHOPCOPY_LLM_EMBEDDED_MODELS may name a model per locale and task
    ("en-US/product_descriptions"): that task's items go to it, every other task keeps the
    locale's, and the stored model (part of the input hash) says which wrote each row."""
    s = small_settings()
    with FakeLLM(default=("json", VALID)) as fa, FakeLLM(default=("json", VALID)) as fb:
        a = LLMClient(Endpoint(fa.base_url, "model-a", embedded=False), s)
        b = LLMClient(Endpoint(fb.base_url, "model-b", embedded=False), s)
        run_generation(seeded, SNAPSHOT, "r1", s, clients={"*": a, "en-US/product_descriptions": b})
        assert fa.requests and fb.requests
    models = dict(seeded.execute(
        "select 'descr', list(distinct model) from gen.product_descriptions where locale = 'en-US' "
        "union all select 'msg', list(distinct model) from gen.recommendation_messages").fetchall())
    assert models == {"descr": ["model-b"], "msg": ["model-a"]}


def test_force_regenerates_and_replaces_rows_with_parallel_requests(seeded):
    s = small_settings(llm_concurrency=3)
    with FakeLLM(default=("json", VALID)) as fake:
        run_generation(seeded, SNAPSHOT, "r1", s, client=fake_client(fake, s))
        report = run_generation(seeded, SNAPSHOT, "r2", s, client=fake_client(fake, s), force=True)
    assert report.calls == 8 and len(fake.requests) == 16
    rows = seeded.execute("select run_id, count(*) from gen.product_descriptions group by all").fetchall()
    assert rows == [("r2", 4)]
    assert seeded.execute("select count(*), count(distinct call_id) from ops.llm_calls").fetchone() == (16, 16)


# ---- the real embedded model ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def generated(llm_server, tmp_path_factory):
    """One real generation run through a recording proxy; tests work on copies of its warehouse."""
    path = tmp_path_factory.mktemp("gen") / "warehouse.duckdb"
    # Temperature 0: llama.cpp samples greedily, so the run (and this module) is reproducible.
    s = small_settings(llm_top_products=1, llm_max_retries=1, llm_timeout_s=60, llm_temperature=0)
    with warehouse.connect(path) as con, RecordingProxy(llm_server) as proxy:
        seed(con)
        client = LLMClient(Endpoint(proxy.base_url, None, embedded=True), s)
        report = run_generation(con, SNAPSHOT, "real-1", s, client=client)
    return {"path": path, "report": report, "bodies": list(proxy.bodies), "settings": s}


@pytest.fixture
def generated_con(generated, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(generated["path"], path)
    with warehouse.connect(path) as con:
        yield con


@pytest.mark.llm
def test_real_model_outputs_land_with_lineage_and_no_pii_leaves(generated, generated_con):
    report, con = generated["report"], generated_con
    # 1 product x 2 audiences, 2 messages, 2 insights; a reply can fail, then it is recorded.
    assert report.written + sum(report.failed.values()) == 6 and report.written >= 4
    row = con.execute("""select d.*, c.outcome from gen.product_descriptions d
                         join ops.llm_calls c using (input_hash) limit 1""").fetchone()
    cols = [d[0] for d in con.description]
    rec = dict(zip(cols, row, strict=True))
    assert rec["headline"] and rec["description"]
    # The guardrails decided: a published text carries no failure, a rejected one a hard failure.
    # Failures of a discarded first attempt stay as lineage, tagged with their attempt number.
    failures = json.loads(rec["guardrail_failures"])
    final = [f for f in failures if f.get("attempt", rec["attempts"]) >= rec["attempts"]]
    assert rec["status"] in ("published", "needs_review", "rejected")
    if rec["status"] == "published":
        assert final == []
    if rec["status"] == "rejected":
        assert any(f["severity"] == "hard" for f in failures)
    assert rec["model"] == "SmolLM2-135M-Instruct.Q4_1" and len(rec["prompt_version"]) == 12
    assert json.loads(rec["inputs"])["product"]["product_id"] == rec["product_id"] == "P1"
    assert rec["tokens_out"] > 0 and rec["run_id"] == "real-1"
    # Nothing personal in any request that reached the model.
    bodies = b"\n".join(generated["bodies"]).decode()
    assert generated["bodies"] and all(secret not in bodies for secret in PII)


@pytest.mark.llm
def test_real_model_second_run_makes_zero_calls(generated, generated_con, llm_server):
    if generated["report"].failed:
        pytest.skip("the first real run had a failed item, which a rerun rightly retries")
    s = generated["settings"]
    report = run_generation(generated_con, SNAPSHOT, "real-2", s,
                            client=LLMClient(Endpoint(llm_server, None, embedded=True), s))
    assert report.calls == 0 and calls(generated_con, "real-2") == []
    assert sum(report.skipped.values()) == 6 and report.written == 0


@pytest.mark.llm
def test_real_model_price_change_regenerates_exactly_the_rows_that_quote_it(generated, generated_con, llm_server):
    if generated["report"].failed:
        pytest.skip("the first real run had a failed item; the exact-call check needs a complete run")
    s = generated["settings"]
    # P3 is quoted only in U1's recommendation message (it is not a top-1 product).
    generated_con.execute("update raw.products set price = 17.5 where product_id = 'P3'")
    report = run_generation(generated_con, SNAPSHOT, "real-3", s,
                            client=LLMClient(Endpoint(llm_server, None, embedded=True), s))
    assert {(c[0], c[1]) for c in calls(generated_con, "real-3")} == {("recommendation_messages", "U1")}
    assert report.written == 1
    inputs = generated_con.execute("select inputs from gen.recommendation_messages where run_id='real-3'").fetchone()[0]
    assert {"product_id": "P3", "price": 17.5}.items() <= next(
        p for p in json.loads(inputs)["products"] if p["product_id"] == "P3").items()


@pytest.mark.llm
def test_real_model_budget_stop(llm_server, seeded):
    s = small_settings(llm_max_calls=1, llm_timeout_s=60)
    report = run_generation(seeded, SNAPSHOT, "real-b", s,
                            client=LLMClient(Endpoint(llm_server, None, embedded=True), s))
    assert report.calls == 1 and report.budget_stopped
    assert report.written + sum(report.failed.values()) == 1 and sum(report.left.values()) == 7


def test_a_day_passing_does_not_change_an_idle_shoppers_facts():
    """Message facts are whole weeks and tenths: the next night, an idle shopper's message input
    hash is the same, so it is not paid for again."""
    from shopcopy.llm.schemas import UserFacts

    monday = UserFacts(segment_label="loyal", recency_days=8, p_purchase_30d=0.612, frequency=4)
    tuesday = UserFacts(segment_label="loyal", recency_days=9, p_purchase_30d=0.634, frequency=4)
    assert monday == tuesday and monday.weeks_since_last_order == 1
    a_week_later = UserFacts(segment_label="loyal", recency_days=15, p_purchase_30d=0.634, frequency=4)
    assert a_week_later != monday
    assert "recency_days" not in monday.model_dump()
