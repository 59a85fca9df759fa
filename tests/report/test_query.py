"""The query CLI: named queries answer from the warehouse; writes, chains and injection are refused."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from shopcopy import warehouse
from shopcopy.cli import app
from shopcopy.report.queries import QueryError, check_read_only, list_queries, run_query


@pytest.fixture
def cli_env(sample_warehouse, tmp_path, monkeypatch):
    import shutil

    path = tmp_path / "q.duckdb"
    shutil.copy(sample_warehouse, path)
    monkeypatch.setenv("SHOPCOPY_WAREHOUSE", str(path))
    return path


def invoke(*args):
    return CliRunner().invoke(app, ["query", *args])


def test_every_named_query_has_a_description_and_runs(cli_env):
    params = {"date": "2026-07-01", "locale": "en-US", "limit": "5", "campaign": "july"}
    with warehouse.connect(cli_env, read_only=True) as con:
        for q in list_queries():
            assert q.description, q.name
            table = run_query(con, q.sql, {k: params[k] for k in q.params})
            assert table.num_columns > 0, q.name
    assert {"campaign_messages", "published_copy", "llm_cost_by_run", "quarantine_summary",
            "demand_by_category"} <= {q.name for q in list_queries()}


def test_named_query_answers_from_the_warehouse_as_json(cli_env):
    result = invoke("ingest_files", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and {r["status"] for r in rows} <= {"loaded", "loaded_with_warnings"}
    assert sum(r["rows_loaded"] for r in rows if r["kind"] == "customers") == 400


def test_csv_writes_nested_cells_as_json_text(cli_env):
    """campaign_messages carries a list of product structs: CSV cannot nest, so the cell is JSON."""
    sql = ("select 'U1' as user_id, [{'title': 'Mug, \"large\"', 'price': 12.5}, "
           "{'title': '茶杯', 'price': 3.0}] as products, null::varchar[] as tags, 2 as n")
    result = invoke("--sql", sql, "--format", "csv")
    assert result.exit_code == 0, result.output
    import csv
    import io

    (row,) = list(csv.DictReader(io.StringIO(result.output)))
    assert json.loads(row["products"]) == [{"title": 'Mug, "large"', "price": 12.5},
                                           {"title": "茶杯", "price": 3.0}]
    assert row["tags"] == "" and row["n"] == "2" and row["user_id"] == "U1"


@pytest.mark.parametrize("sql", [
    "delete from raw.orders",
    "drop table raw.orders",
    "create table x as select 1",
    "insert into ops.runs (run_id, flow, started_at, status) values ('x', 'y', now(), 'z')",
    "select 1; delete from raw.orders",
    "attach 'other.duckdb' as o",
    "copy raw.customers to 'leak.csv'",
])
def test_writes_and_statement_chains_are_refused(cli_env, sql):
    before = warehouse.connect(cli_env, read_only=True).execute("select count(*) from raw.orders").fetchall()
    result = invoke("--sql", sql)
    assert result.exit_code == 1
    assert "error" in result.output
    with warehouse.connect(cli_env, read_only=True) as con:
        assert con.execute("select count(*) from raw.orders").fetchall() == before


def test_parameters_are_bound_not_interpolated(cli_env):
    with warehouse.connect(cli_env, read_only=True) as con:
        hostile = "en-US' or '1'='1"
        table = run_query(con, "select count(*) as n from raw.customers where locale = $locale", {"locale": hostile})
        assert table.to_pylist() == [{"n": 0}]
        with pytest.raises(QueryError, match="missing parameter"):
            run_query(con, "select * from raw.customers where locale = $locale", {})
        with pytest.raises(QueryError, match="unknown parameter"):
            run_query(con, "select 1", {"x": "1"})
        with pytest.raises(QueryError, match="only SELECT"):
            check_read_only(con, "update raw.customers set locale = 'x'")


def test_export_campaign_writes_a_csv(cli_env, tmp_path):
    out = tmp_path / "campaign.csv"
    result = CliRunner().invoke(app, ["export", "campaign", "--date", "2026-07-01", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().splitlines()[0].startswith("user_id,locale,segment,subject,body")
