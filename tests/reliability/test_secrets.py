"""Secrets (issue #8 part 5): with SHOPCOPY_LLM_API_KEY set to a recognisable value, a whole
nightly run leaves the key nowhere but the Authorization header of its requests to the endpoint:
not in its output (stdout, stderr, Prefect logs), not in a Prefect artifact or flow-run
parameter, not in any warehouse column or written file, not in any request body.

The run is the session's clean nightly (tests/reliability/helpers.py::clean_baseline), started
with the key like every child run of this suite. PII in model requests is covered by
tests/test_nightly.py::test_no_customer_pii_or_api_key_reaches_the_model; the query CLI refusing
writes and binding parameters by tests/test_query.py.
"""

from __future__ import annotations

import asyncio
import json
import shutil

import duckdb
import pytest

from tests.reliability import helpers as h

# Whole nightly runs in child processes: part of `make test`, not of `make test-fast`.
pytestmark = pytest.mark.slow

# The key's random middle: finds it whole, truncated, or inside another string.
NEEDLE = h.API_KEY.split("-")[2]


@pytest.fixture(scope="module")
def run(tmp_path_factory, prefect_harness):
    clean = h.clean_baseline(tmp_path_factory)
    return {**clean, "prefect": asyncio.run(_prefect_texts())}


async def _prefect_texts() -> dict[str, list[str]]:
    """Every log message, artifact and flow-run parameter set the Prefect server holds."""
    from prefect.client.orchestration import get_client

    texts: dict[str, list[str]] = {"logs": [], "artifacts": [], "parameters": []}
    async with get_client() as client:
        for offset in range(0, 100_000, 200):
            page = await client.read_logs(limit=200, offset=offset)
            texts["logs"] += [f"{log.name}: {log.message}" for log in page]
            if len(page) < 200:
                break
        artifacts = await client.read_artifacts(limit=200)
        texts["artifacts"] = [json.dumps([a.key, a.description, a.data], default=str) for a in artifacts]
        runs = await client.read_flow_runs(limit=200)
        texts["parameters"] = [json.dumps(r.parameters, default=str) for r in runs]
    return texts


def leaks_in_warehouse(path) -> list[str]:
    """table.column of every stored value containing the needle (all text-like columns of base
    tables, also JSON, lists and structs, read as text; views only show these again)."""
    found = []
    with duckdb.connect(str(path), read_only=True) as con:
        cols = con.execute(
            """select schema_name || '.' || table_name, column_name from duckdb_columns()
               where database_name = current_database() and not internal
                 and (schema_name, table_name) in (select (schema_name, table_name) from duckdb_tables())
                 and (data_type like '%VARCHAR%' or data_type in ('JSON') or data_type like 'STRUCT%'
                      or data_type like '%[]')""").fetchall()
        for table, column in cols:
            hits = con.execute(f'select count(*) from {table} where cast("{column}" as varchar) like ?',
                               [f"%{NEEDLE}%"]).fetchone()[0]
            if hits:
                found.append(f"{table}.{column}")
    return found


def test_the_key_was_really_used_and_only_in_the_authorization_header(run):
    assert run["auth"] and set(run["auth"]) == {f"Bearer {h.API_KEY}"}
    assert len(run["bodies"]) == len(run["keys"]) == 46
    assert not [b for b in run["bodies"] if NEEDLE in json.dumps(b)]


def test_the_key_is_in_no_output_log_artifact_or_parameter(run):
    assert "nightly" in run["log"].read_text() and len(run["prefect"]["logs"]) >= 30  # one ingest summary, not a line per file
    assert NEEDLE not in run["log"].read_text(errors="replace")
    assert run["prefect"]["artifacts"], "the run published no artifact to check"
    for kind, texts in run["prefect"].items():
        assert not [t for t in texts if NEEDLE in t], kind


def test_the_key_is_in_no_warehouse_column_or_written_file(run, tmp_path):
    assert leaks_in_warehouse(run["warehouse"]) == []
    written = [p for p in run["warehouse"].parent.rglob("*") if p.is_file() and p.suffix != ".duckdb"]
    assert any(p.suffix == ".html" for p in written)  # the Data Docs are among them
    assert [p for p in written if NEEDLE.encode() in p.read_bytes()] == []
    # The scan finds a key where one is stored (so an empty result above means something).
    copy = tmp_path / "leaky.duckdb"
    shutil.copy(run["warehouse"], copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("update ops.llm_calls set error = ? where call_id = (select min(call_id) from ops.llm_calls)",
                    [f"401: bad key {h.API_KEY}"])
        con.execute("update gen.product_descriptions set inputs = json_object('key', ?::varchar) "
                    "where output_id = (select min(output_id) from gen.product_descriptions)", [h.API_KEY])
    assert leaks_in_warehouse(copy) == ["gen.product_descriptions.inputs", "ops.llm_calls.error"]
