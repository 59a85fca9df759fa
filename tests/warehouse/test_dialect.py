"""The lake rendering of the migration files: keys, checks, foreign keys and sequences go, key
columns stay NOT NULL, and everything else is left as written."""

from __future__ import annotations

import re

import duckdb
import pytest

from shopcopy.warehouse.dialect import (
    lake_statements,
    render_for_lake,
    split_top_level,
    strip_comments,
)
from shopcopy.warehouse.migrate import LEDGER_DDL, migration_files

FORBIDDEN = re.compile(r"primary\s+key|\bunique\b|\bcheck\s*\(|references|foreign\s+key|nextval|"
                       r"create\s+sequence|create\s+(unique\s+)?index", re.I)


def _columns(con, table: str) -> dict[str, tuple[str, bool]]:
    schema, name = table.split(".")
    return {r[0]: (r[1], r[2] == "YES") for r in con.execute(
        "select column_name, data_type, is_nullable from information_schema.columns "
        "where table_schema = ? and table_name = ?", [schema, name]).fetchall()}


def test_a_table_level_key_becomes_not_null_columns_and_the_rest_is_kept():
    sql = """-- a comment; with a semicolon
    create table if not exists raw.t (
        a varchar,              -- key part, nullable as written
        b integer not null default 0,
        c double check (c > 0 and (c < 10)),
        d varchar unique,
        e varchar references raw.other(id),
        f varchar[],
        g struct(x varchar, y double)[],
        primary key (a, b)
    );"""
    [stmt] = lake_statements(sql)
    assert not FORBIDDEN.search(stmt), stmt
    con = duckdb.connect()
    con.execute("create schema raw")
    con.execute(stmt)
    cols = _columns(con, "raw.t")
    assert list(cols) == ["a", "b", "c", "d", "e", "f", "g"]
    assert cols["a"][1] is False and cols["b"][1] is False      # key columns: NOT NULL
    assert cols["c"][1] and cols["d"][1] and cols["e"][1]       # the others as written
    con.execute("insert into raw.t (a, c) values ('x', 50)")      # the check is gone, the default kept
    assert con.execute("select b from raw.t").fetchone()[0] == 0


def test_a_sequence_id_loses_its_sequence_and_its_default():
    sql = """create sequence if not exists ops.s;
    create table if not exists ops.q (
        id bigint primary key default nextval('ops.s'),
        note varchar default 'it''s; fine'
    );
    create unique index if not exists q_note on ops.q (note);
    alter table ops.q add column if not exists extra integer;"""
    stmts = lake_statements(sql)
    assert len(stmts) == 2 and stmts[1].startswith("alter table")
    assert not FORBIDDEN.search(stmts[0])
    assert "default 'it''s; fine'" in stmts[0]  # a string with a semicolon is one statement
    con = duckdb.connect()
    con.execute("create schema ops")
    con.execute(render_for_lake(sql))
    assert _columns(con, "ops.q")["id"] == ("BIGINT", False)


@pytest.mark.parametrize("file", migration_files(), ids=lambda f: f.name)
def test_every_project_migration_renders_without_keys_and_keeps_its_columns(file):
    """Applied in order to a plain DuckDB, the rendered files give the same tables and columns as
    the files as written, minus the constraints (so a lake and a file have one schema)."""
    as_written, rendered = duckdb.connect(), duckdb.connect()
    for f in migration_files():
        as_written.execute(f.read_text(encoding="utf-8"))
        for stmt in lake_statements(f.read_text(encoding="utf-8")):
            assert not FORBIDDEN.search(strip_comments(stmt)), (f.name, stmt)
        rendered.execute(render_for_lake(f.read_text(encoding="utf-8")))
        if f == file:
            break
    query = ("select table_schema || '.' || table_name, column_name, data_type, column_default "
             "from information_schema.columns where table_schema not in ('main') order by all")
    assert rendered.execute(query).fetchall() == [
        r if "nextval" not in str(r[3]) else (*r[:3], None) for r in as_written.execute(query).fetchall()]


def test_the_migration_ledger_renders_too():
    assert not FORBIDDEN.search(render_for_lake(LEDGER_DDL))


def test_splitting_respects_parentheses_and_quotes():
    assert split_top_level("a, f(b, c), 'd,e'", ",") == ["a", " f(b, c)", " 'd,e'"]
    assert strip_comments("select '--not a comment' -- but this is\n, 1") == "select '--not a comment' \n, 1"
