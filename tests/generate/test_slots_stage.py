"""Prompt set v3 through the real generation stage and gate (fake endpoint for the replies): the
model's one sentence lands inside a text that restates the facts exactly, a sentence that could
restate a fact costs a candidate, and only llama.cpp endpoints are sent a grammar."""

from __future__ import annotations

import json

import pytest

from shopcopy.generate.engine import run_generation
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import Endpoint
from shopcopy.settings import get_settings
from tests.fixtures.fake_llm import FakeLLM
from tests.fixtures.gen_data import SNAPSHOT, seed

SENTENCE = "A good pick for every day in the kitchen."  # about the kettle every item has


def v3_settings(**kw):
    return get_settings(**({"llm_prompt_set": "v3", "llm_top_products": 1, "llm_messages_per_run": 2,
                            "llm_max_retries": 0, "llm_timeout_s": 5, "llm_candidates": 3} | kw))


@pytest.fixture
def seeded(con):
    seed(con)
    return con


def test_the_sentence_is_composed_into_texts_that_quote_the_facts_and_pass_the_gate(seeded):
    s = v3_settings()
    with FakeLLM(default=("text", SENTENCE)) as fake:
        client = LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), s)
        run_generation(seeded, SNAPSHOT, "v3-1", s, client=client)
    calls = seeded.execute("select task || ' ' || item_key, count(*) from ops.llm_calls group by 1").fetchall()
    # One call per text, except U1's message: it lists P3, whose catalog title plants "90% off";
    # the gate rejects the composed text, and after two candidates with the very same findings
    # (the fault is in the facts, not the sentence) no third is paid for.
    assert dict(calls).pop("recommendation_messages U1") == 2
    assert {n for k, n in calls if k != "recommendation_messages U1"} == {1} and len(calls) == 6
    assert seeded.execute("select status from gen.recommendation_messages where user_id = 'U1'").fetchone() == ("rejected",)
    assert all("grammar" not in r and "response_format" not in r for r in fake.requests)  # not llama.cpp
    rows = seeded.execute("select inputs, headline, description, status, prompt_name, candidate "
                          "from gen.product_descriptions").fetchall()
    assert rows
    for inputs, _headline, description, status, prompt_name, candidate in rows:
        product = json.loads(inputs)["product"]
        assert status == "published" and prompt_name == "product_descriptions/v3-chat" and candidate == 1
        assert product["title"] in description and f"{product['price']:.2f} {product['currency']}" in description
        assert SENTENCE in description
    body, = seeded.execute("select body from gen.recommendation_messages where user_id = 'U2'").fetchone()
    assert body.startswith("Hi {first_name},") and SENTENCE in body
    # An insight always has a computed send date, with or without a predicted next order.
    dates = seeded.execute("select inputs, suggested_send_date from gen.demand_insights").fetchall()
    assert dates and all(d for _, d in dates)


def test_a_sentence_that_states_a_number_is_refused_and_the_next_candidate_drawn(seeded):
    s = v3_settings(llm_messages_per_run=0)
    with FakeLLM(default=("text", SENTENCE)) as fake:
        fake.script.extend([("text", "Only 5 USD today, hurry!"), ("text", "A good pick, a good pick, a good pick.")])
        client = LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), s)
        run_generation(seeded, SNAPSHOT, "v3-2", s, client=client, tasks=["product_descriptions"])
    first = seeded.execute("select candidate, outcome, error from ops.llm_calls where run_id = 'v3-2' "
                           "order by created_at, candidate limit 3").fetchall()
    assert [c[:2] for c in first] == [(1, "invalid_format"), (2, "invalid_format"), (3, "ok")]
    # Why each was refused is in the call's row: debugging a refusal is one query.
    assert "sentence refused: banned characters" in first[0][2] and "Only 5 USD" in first[0][2]
    assert "sentence refused: repeats or lists" in first[1][2]
    winner = seeded.execute("select candidate, status, selection from gen.product_descriptions "
                            "where candidate = 3").fetchone()
    assert winner[1] == "published" and "5 USD" not in json.dumps(winner[2])


def test_a_sentence_no_reader_would_send_costs_a_candidate_and_says_why(seeded):
    """A chat reply and a remark about nothing of the item are refused before the gate, and the
    call's row says why; the next candidate is drawn and published."""
    s = v3_settings(llm_messages_per_run=0, llm_top_products=1)
    with FakeLLM(default=("text", SENTENCE)) as fake:
        fake.script.extend([("text", "That's a great story."), ("text", "A great option for a busy day.")])
        client = LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), s)
        run_generation(seeded, SNAPSHOT, "v3-r", s, client=client, tasks=["product_descriptions"])
    first = seeded.execute("select candidate, outcome, error from ops.llm_calls where run_id = 'v3-r' "
                           "order by created_at, candidate limit 3").fetchall()
    assert [c[:2] for c in first] == [(1, "invalid_format"), (2, "invalid_format"), (3, "ok")]
    assert "sentence refused: reads as chat" in first[0][2] and "great story" in first[0][2]
    assert "sentence refused: not about the item" in first[1][2]
    description, status = seeded.execute("select description, status from gen.product_descriptions "
                                         "where run_id = 'v3-r' and candidate = 3").fetchone()
    assert status == "published" and SENTENCE in description and "story" not in description


def test_llama_cpp_endpoints_get_the_grammar_that_bans_digits(seeded):
    s = v3_settings(llm_messages_per_run=0)
    with FakeLLM(default=("text", SENTENCE)) as fake:
        client = LLMClient(Endpoint(fake.base_url, "fake-model", embedded=True), s)
        run_generation(seeded, SNAPSHOT, "v3-3", s, client=client, tasks=["product_descriptions"])
    grammars = {r.get("grammar") for r in fake.requests}
    assert grammars and all(g and g.startswith("root ::= [^0-9") for g in grammars)


@pytest.mark.llm
def test_the_real_model_writes_sentences_into_texts_that_quote_every_fact_exactly(seeded, llm_server):
    import re

    from tests.fixtures.fake_llm import RecordingProxy

    s = v3_settings(llm_timeout_s=60, llm_messages_per_run=2)
    with RecordingProxy(llm_server) as proxy:
        client = LLMClient(Endpoint(proxy.base_url, None, embedded=True), s)
        report = run_generation(seeded, SNAPSHOT, "v3-real", s, client=client)
        bodies = [json.loads(b) for b in proxy.bodies if b.strip().startswith(b"{")]
    assert report.calls > 0 and all(b.get("grammar", "").startswith("root ::= [^0-9") for b in bodies)
    rows = seeded.execute("select inputs, description, status from gen.product_descriptions").fetchall()
    assert rows
    for inputs, description, _status in rows:
        product = json.loads(inputs)["product"]
        assert product["title"] in description and f"{product['price']:.2f} {product['currency']}" in description
        # The model's own words hold no number: every number in the text is one of the facts.
        facts = set(re.findall(r"\d+(?:\.\d+)?", json.dumps(product))) | {f"{product['price']:.2f}"}
        assert set(re.findall(r"\d+(?:\.\d+)?", description)) <= facts, description
    assert report.written >= 1


def test_a_redraw_after_a_copied_exemplar_is_asked_without_that_exemplar(seeded):
    from shopcopy.llm.slots import load_slot_prompt

    s = v3_settings(llm_messages_per_run=0)
    exemplars = load_slot_prompt("product_descriptions", "chat").locale_set("en-US").spec["exemplars"]
    copied = exemplars[-1]["slot"]
    with FakeLLM(default=("text", SENTENCE)) as fake:
        fake.script.extend([("text", copied)])
        client = LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), s)
        run_generation(seeded, SNAPSHOT, "v3-4", s, client=client, tasks=["product_descriptions"])
        shown = [[m["content"] for m in r["messages"] if m["role"] == "assistant"] for r in fake.requests[:2]]
    outcomes = seeded.execute("select outcome, error from ops.llm_calls where run_id = 'v3-4' "
                              "order by created_at, candidate limit 2").fetchall()
    assert outcomes[0][0] == "invalid_format" and "sentence refused: copied" in outcomes[0][1]
    assert copied in shown[0] and copied not in shown[1] and len(shown[1]) >= 2


INVENTED = "Made in Italy from pure silk for your kitchen, loved by doctors."


@pytest.mark.parametrize("facts_only", [True, False])
def test_when_no_sentence_passes_the_text_without_it_is_kept_if_it_passes(seeded, facts_only):
    """The model answered every call, the gate rejected every sentence: the text without the
    model's sentence (the facts the templates quote) is stored instead, judged by the gate, at no
    extra call, and the row says so; with the setting off the best rejected candidate is kept."""
    s = v3_settings(llm_messages_per_run=0, llm_facts_only=facts_only)
    with FakeLLM(default=("text", INVENTED)) as fake:
        client = LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), s)
        run_generation(seeded, SNAPSHOT, "v3-f", s, client=client, tasks=["product_descriptions"])
    rows = seeded.execute("select description, status, candidate, selection, input_hash, inputs from "
                          "gen.product_descriptions where run_id = 'v3-f'").fetchall()
    calls = dict(seeded.execute("select input_hash, count(*) from ops.llm_calls where run_id = 'v3-f' "
                                "group by 1").fetchall())
    # Two or three calls an item (two candidates failing alike stop the drawing), none more.
    assert rows and set(calls.values()) <= {2, 3} and len(calls) == len(rows)
    for description, status, candidate, selection, input_hash, inputs in rows:
        why, product = json.loads(selection), json.loads(inputs)["product"]
        assert product["title"] in description and f"{product['price']:.2f} {product['currency']}" in description
        if facts_only:
            assert status == "published" and INVENTED not in description and candidate == calls[input_hash] + 1
            assert why["facts_only"] is True and why["candidates"] == candidate
        else:
            assert status == "rejected" and INVENTED in description and "facts_only" not in why


def test_an_outage_is_never_covered_by_the_text_without_a_sentence(seeded):
    s = v3_settings(llm_messages_per_run=0)
    with FakeLLM(default=("status", 500)) as fake:
        client = LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), s)
        run_generation(seeded, SNAPSHOT, "v3-o", s, client=client, tasks=["product_descriptions"])
    assert seeded.execute("select count(*) from gen.product_descriptions where run_id = 'v3-o'").fetchone() == (0,)
