"""The whole nightly on a DuckLake (throwaway PostgreSQL catalog + Parquet files), generation
fanned out to a local Dask cluster of two workers that write their own batches to the lake."""

from __future__ import annotations

import json
from datetime import date

import pytest

from shopcopy import warehouse
from tests.fixtures.fake_llm import FakeLLM
from tests.warehouse.test_lake import lake_env

# Slow (two minutes each on an idle 2-core machine, most of it the model stage on the lake), so
# the suite-wide 600 s limit is too close once the machine is shared: stop 24's CI ran beside
# another whole `make test` and this case passed 600 s. A hang still fails, at 1500 s.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]

END = date(2026, 3, 31)
SNAPSHOT = date(2026, 4, 1)
VALID = {"headline": "A kettle", "description": "Boils water.", "subject": "For you", "body": "Hi there.",
         "summary": "Likely to buy soon.", "next_need": "kitchen", "suggested_send_date": "2026-04-10"}


@pytest.mark.parametrize("writes", ["worker", "flow"])
def test_the_nightly_completes_on_a_ducklake_with_two_dask_workers(lake_catalog, tmp_path, monkeypatch,
                                                                   prefect_harness, writes):
    from flows.nightly import nightly
    from shopcopy.sample.data import generate

    generate(tmp_path / "inbox", users=120, products=30, days=200, seed=11, end_date=END,
             order_files="monthly")
    env = lake_env(lake_catalog, tmp_path)
    with FakeLLM(default=("json", VALID)) as fake:
        fake.script.extend([("status", 500)] * 2)  # retried by the client
        for key, value in {**{k: v for k, v in env.items() if k.startswith("SHOPCOPY_")},
                           "SHOPCOPY_INBOX": tmp_path / "inbox", "SHOPCOPY_DOCS_DIR": tmp_path / "docs",
                           "SHOPCOPY_REPORTS_DIR": tmp_path / "reports",
                           "SHOPCOPY_LLM_BASE_URL": fake.base_url, "SHOPCOPY_LLM_MODEL": "fake-model",
                           "SHOPCOPY_LLM_JSON_MODE": "json_object", "SHOPCOPY_LLM_MAX_RETRIES": "3",
                           "SHOPCOPY_LLM_CANDIDATES": "1", "SHOPCOPY_LLM_TOP_PRODUCTS": "4",
                           "SHOPCOPY_LLM_MESSAGES_PER_RUN": "6", "SHOPCOPY_MIN_BUYERS": "50",
                           "SHOPCOPY_TASK_RUNNER": "dask", "SHOPCOPY_DASK_WORKERS": "2",
                           "SHOPCOPY_GEN_CHUNK_SIZE": "5", "SHOPCOPY_GEN_CHUNK_WRITES": writes}.items():
            monkeypatch.setenv(key, str(value))
        result = nightly(snapshot_date=SNAPSHOT)
    with warehouse.connect(tmp_path / "wh.duckdb") as con:
        assert warehouse.connect.__module__  # the configured warehouse is the lake
        assert con.execute("select current_database()").fetchone()[0] == "lake"
        count = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        status, summary = con.execute("select status, summary from ops.runs where run_id = ?",
                                      [result["run_id"]]).fetchone()
        assert status == "completed", summary
        assert count("select count(*) from raw.customers") == 120
        assert count("select count(*) from raw.orders") > 300
        assert count("select count(*) - count(distinct (order_id, line_no)) from raw.orders") == 0
        assert count(f"select count(*) from features.user_features where snapshot_date = '{SNAPSHOT}'") == 120
        gen = {t: con.execute(f"select count(*), count(distinct input_hash) from gen.{t}").fetchone()
               for t in ("product_descriptions", "recommendation_messages", "demand_insights")}
        assert all(n == distinct for n, distinct in gen.values()), gen      # no duplicated text
        written = sum(n for n, _ in gen.values())
        assert written == count("select sum(written) from ops.generation_runs") and written >= 10
        assert count("select count(*) from ops.llm_calls") == written     # one ok call per text
        assert count("select count(*) - count(distinct quarantine_id) from ops.quarantine") == 0
        assert count("select count(*) from marts.campaign_messages") >= 0  # the views resolve on the lake
    assert "write_conflict_retries" in json.loads(summary)
    assert len(fake.requests) == written + 2
