"""SHOPCOPY_LLM_MODE=batch against a local fake of the batch API (files + batches): the same
requests, rows, lineage, gate and budget as the online path; failures recorded and asked again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from shopcopy import warehouse
from shopcopy.generate.batch import run_generation_batch
from shopcopy.generate.engine import run_generation
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import Endpoint
from shopcopy.settings import get_settings
from shopcopy.tasks import TASKS
from tests.fixtures.fake_batch import FakeBatchAPI, json_reply
from tests.fixtures.fake_llm import FakeLLM
from tests.fixtures.gen_data import SNAPSHOT, seed

VALID = {"headline": "A kettle", "description": "Boils water.", "subject": "For you", "body": "Hi {first_name}.",
         "summary": "Likely to buy soon.", "next_need": "kitchen", "suggested_send_date": "2026-07-10"}
ROOT = Path(__file__).resolve().parents[2]
SMALL = dict(llm_top_products=2, llm_messages_per_run=2, llm_max_retries=0, llm_timeout_s=5,
             llm_output_tokens=96, llm_candidates=1, llm_model="fake-model", llm_json_mode="json_object",
             llm_batch_poll_s=0.01)


def _client(url: str, s) -> dict:
    return {"*": LLMClient(Endpoint(url, "fake-model", embedded=False), s)}


def _rows(con) -> list[tuple]:
    return sorted(r for t in TASKS for r in con.execute(
        f"select '{t}', input_hash, status, guardrail_failures, prompt_name, prompt_version, model, "
        f"inputs, attempts, tokens_in, tokens_out from gen.{t}").fetchall())


@pytest.fixture
def pair(tmp_path):
    cons = [warehouse.connect(tmp_path / f"{n}.duckdb") for n in ("online", "batch")]
    for c in cons:
        seed(c)
    yield cons
    for c in cons:
        c.close()


def test_batch_mode_sends_the_online_requests_and_stores_the_same_rows(pair):
    online, batched = pair
    with FakeLLM(default=("json", VALID)) as fake, FakeBatchAPI(lambda body: json_reply(VALID)) as api:
        s = get_settings(llm_base_url=fake.base_url, **SMALL)
        # the online fake reports 10+5 tokens; give the batch the same so the rows compare equal
        api.respond = lambda body: (200, {**json_reply(VALID)[1], "usage": {
            "prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}})
        r1 = run_generation(online, SNAPSHOT, "r1", s, client=_client(fake.base_url, s)["*"])
        r2 = run_generation_batch(batched, SNAPSHOT, "r1", s.model_copy(update={"llm_base_url": api.base_url}),
                                  clients=_client(api.base_url, s), sleep=lambda _s: None)
    assert r1.written == r2.written == 8
    assert _rows(batched) == _rows(online)                       # same lineage, same gate verdicts
    [lines] = api.uploads
    assert [ln["body"] for ln in lines] == [
        {k: req[k] for k in ("model", "messages", "max_tokens", "temperature", "response_format")}
        for req in fake.requests]                                 # the very requests the online path sent
    calls = batched.execute("select outcome, attempt, tokens_in, tokens_out from ops.llm_calls").fetchall()
    assert calls == [("ok", 1, 10, 5)] * 8


def test_failed_requests_are_recorded_and_the_next_run_asks_only_those(pair):
    _, con = pair
    faults = iter([(500, {"error": {"message": "upstream overloaded"}}), json_reply({"headline": "x"}),
                   (200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": "not json"}}]})])

    def respond(body):
        return next(faults, None) or json_reply(VALID)

    with FakeBatchAPI(respond) as api:
        s = get_settings(llm_base_url=api.base_url, **SMALL)
        first = run_generation_batch(con, SNAPSHOT, "r1", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
        outcomes = sorted(r[0] for r in con.execute("select outcome from ops.llm_calls where run_id = 'r1'").fetchall())
        second = run_generation_batch(con, SNAPSHOT, "r2", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
    assert outcomes == ["http_error", "invalid_json", "ok", "ok", "ok", "ok", "ok", "schema_error"]
    assert sum(first.failed.values()) == 3 and first.written == 5
    assert len(api.uploads[1]) == 3 and second.written == 3 and sum(second.skipped.values()) == 5
    errors = [r[0] for r in con.execute("select error from ops.llm_calls where outcome = 'http_error'").fetchall()]
    assert errors == ["batch: upstream overloaded"]


def test_the_call_budget_caps_the_requests_submitted(pair):
    _, con = pair
    with FakeBatchAPI(lambda body: json_reply(VALID)) as api:
        s = get_settings(llm_base_url=api.base_url, llm_max_calls=3, **SMALL)
        report = run_generation_batch(con, SNAPSHOT, "r1", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
    assert [len(u) for u in api.uploads] == [3]
    assert report.written == 3 and sum(report.left.values()) == 5 and report.budget_stopped


def test_a_batch_the_api_fails_is_recorded_per_request_and_asked_again(pair, monkeypatch):
    _, con = pair
    import shopcopy.llm.batch as batch

    real = batch._jsonl
    monkeypatch.setattr(batch, "_jsonl", lambda reqs: real(reqs[:1] + reqs))  # a duplicate custom_id
    with FakeBatchAPI(lambda body: json_reply(VALID)) as api:
        s = get_settings(llm_base_url=api.base_url, **SMALL)
        first = run_generation_batch(con, SNAPSHOT, "r1", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
        errors = {r[0] for r in con.execute("select error from ops.llm_calls where outcome = 'http_error'").fetchall()}
        monkeypatch.setattr(batch, "_jsonl", real)
        second = run_generation_batch(con, SNAPSHOT, "r2", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
    assert first.written == 0 and sum(first.failed.values()) == 8
    assert len(errors) == 1 and "duplicate custom_id" in errors.pop()
    assert second.written == 8


def test_a_request_the_api_refuses_stops_the_stage_and_writes_nothing(pair, monkeypatch):
    _, con = pair
    import shopcopy.llm.batch as batch

    monkeypatch.setattr(batch, "ENDPOINT", "/v1/embeddings")
    with FakeBatchAPI(lambda body: json_reply(VALID)) as api:
        s = get_settings(llm_base_url=api.base_url, **SMALL)
        with pytest.raises(Exception, match="endpoint must be"):
            run_generation_batch(con, SNAPSHOT, "r1", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
    assert con.execute("select count(*) from ops.llm_calls").fetchone()[0] == 0


def test_the_stage_takes_the_batch_path_when_the_mode_says_so(pair):
    from shopcopy.generate.stage import run_generate

    _, con = pair
    with FakeBatchAPI(lambda body: json_reply(VALID)) as api:
        s = get_settings(llm_base_url=api.base_url, llm_mode="batch", **SMALL)
        report = run_generate(con, SNAPSHOT, "r1", s)
    assert report.written == 8 and len(api.uploads) == 1
    assert con.execute("select sum(written) from ops.generation_runs where run_id = 'r1'").fetchone()[0] == 8


RUN_ONE_BATCH = textwrap.dedent('''
    import json, sys
    from datetime import date
    from shopcopy import warehouse
    from shopcopy.generate.batch import run_generation_batch
    from shopcopy.llm.client import LLMClient
    from shopcopy.llm.server import Endpoint
    from shopcopy.settings import get_settings
    path, url, small = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    s = get_settings(llm_base_url=url, **small)
    with warehouse.connect(path) as con:
        run_generation_batch(con, date.fromisoformat(sys.argv[4]), "r-killed", s,
                             clients={"*": LLMClient(Endpoint(url, "fake-model", embedded=False), s)})
''')


def test_a_run_killed_while_its_batch_runs_is_resumed_by_the_next_run_without_paying_again(tmp_path):
    """Kill the process (SIGKILL) after it submitted its batch and began polling; the next run
    plans the same requests, finds the batch in ops.llm_batches and polls it: one submission."""
    path = tmp_path / "wh.duckdb"
    with warehouse.connect(path) as con:
        seed(con)
    with FakeBatchAPI(lambda body: json_reply(VALID), polls_until_done=10**9) as api:
        proc = subprocess.Popen([sys.executable, "-c", RUN_ONE_BATCH, str(path), api.base_url, json.dumps(SMALL),
                                 SNAPSHOT.isoformat()], cwd=ROOT, text=True, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            deadline = time.monotonic() + 120  # a liveness bound (the child imports shopcopy), not a speed test
            while not any(api.polls.values()) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert any(api.polls.values()), f"the batch was never polled: {proc.poll()} {proc.stdout.read()}"
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
        assert len(api.batches) == 1 and proc.returncode == -signal.SIGKILL
        api.polls_until_done = 1  # the provider finishes the batch meanwhile
        with warehouse.connect(path) as con:
            assert con.execute("select count(*) from gen.product_descriptions").fetchone()[0] == 0
            s = get_settings(llm_base_url=api.base_url, **SMALL)
            report = run_generation_batch(con, SNAPSHOT, "r-next", s, clients=_client(api.base_url, s),
                                          sleep=lambda _s: None)
            ledger = con.execute("select batch_id, run_id, collected_run_id, requests from ops.llm_batches").fetchall()
            again = run_generation_batch(con, SNAPSHOT, "r-third", s, clients=_client(api.base_url, s),
                                         sleep=lambda _s: None)
    assert len(api.uploads) == 1 and len(api.batches) == 1           # never submitted a second time
    assert report.written == 8 and sum(report.failed.values()) == 0
    assert ledger == [(next(iter(api.batches)), "r-killed", "r-next", 8)]
    assert again.written == 0 and sum(again.skipped.values()) == 8 and len(api.batches) == 1


def test_a_collected_batch_is_not_resumed_and_changed_requests_are_a_new_batch(pair):
    """Only a batch whose replies were never written is polled again, and only for the very
    same request file."""
    _, con = pair
    with FakeBatchAPI(lambda body: (500, {"error": {"message": "down"}})) as api:
        s = get_settings(llm_base_url=api.base_url, **SMALL)
        first = run_generation_batch(con, SNAPSHOT, "r1", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
        api.respond = lambda body: json_reply(VALID)
        second = run_generation_batch(con, SNAPSHOT, "r2", s, clients=_client(api.base_url, s), sleep=lambda _s: None)
    assert sum(first.failed.values()) == 8 and second.written == 8
    assert len(api.uploads) == 2  # the first batch ended and was collected: the retry is a new batch
    assert con.execute("select count(*) from ops.llm_batches where collected_at is not null").fetchone()[0] == 2
