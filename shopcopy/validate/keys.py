"""Keys the warehouse does not enforce, checked by the validate stage: one row per key value.

A DuckLake has no PRIMARY KEY or UNIQUE constraints (shopcopy.warehouse.dialect drops them), and
appends never conflict, so two writers adding the same new key both succeed. The keys it drops
are read from the migration files themselves (`declared_keys`), so a new keyed table is checked
without a second list to keep. Besides those, one key is no constraint on either backend: each
generated-text table keeps one row per `input_hash` (a rerun skips it, --force replaces it).

Why SQL here and not Great Expectations suites: these tables are written by shopcopy itself, not
loaded from a shop's files, so a duplicate is a writer bug to stop on, not bad input rows to
quarantine (staging never reads them); and GE's pandas checkpoint would pull whole tables such as
ops.llm_calls (a row per LLM call, every night) into memory, where one GROUP BY per table in
DuckDB reads only the key columns. The raw tables' keys stay in their GE suites
(expectations/raw_*.json: duplicated rows are quarantined there), so they are not checked twice.
Results go to ops.quality_results (suite `warehouse_keys`) and a duplicate blocks the run
(critical) with the table, the key, examples and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from types import SimpleNamespace

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.validate import duck as qs
from shopcopy.validate.suites import DEFAULT_SUITES, Outcome, SuiteReport, _result_row
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_attempts
from shopcopy.warehouse.sql import is_lake

SUITE = "warehouse_keys"
EXAMPLES = 5
# Keys no backend enforces (not constraints in the schema), checked on both.
UNENFORCED_KEYS: dict[str, tuple[str, ...]] = {
    "gen.product_descriptions": ("input_hash",),
    "gen.recommendation_messages": ("input_hash",),
    "gen.demand_insights": ("input_hash",),
}


@cache
def schema_keys() -> dict[str, tuple[str, ...]]:
    """Every table's key as the migration files (and the migration ledger) declare it."""
    from shopcopy.warehouse.dialect import declared_keys
    from shopcopy.warehouse.migrate import LEDGER_DDL, migration_files

    return declared_keys([LEDGER_DDL, *(f.read_text(encoding="utf-8") for f in migration_files())])


@cache
def _suite_checked() -> set[tuple[str, tuple[str, ...]]]:
    """(table, key) pairs a raw suite already checks with a uniqueness expectation."""
    out = set()
    for name in DEFAULT_SUITES:
        suite = qs.load_suite(name)
        for rule in suite.rules:
            if rule.type in ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"):
                out.add((suite.table, tuple(c.lower() for c in rule.columns)))
    return out


def keys_to_check(lake: bool) -> dict[str, tuple[str, ...]]:
    """On a lake every declared key (none is enforced), else only the ones no backend enforces;
    never one a raw suite checks already."""
    checks = [*(schema_keys().items() if lake else ()), *UNENFORCED_KEYS.items()]
    return {f"{t}:{'_'.join(k)}": (t, k) for t, k in checks if (t, k) not in _suite_checked()}


@dataclass(frozen=True)
class KeyOutcome(Outcome):
    table: str = ""

    def describe(self, suite: str) -> str:
        cols = ", ".join(self.rule.columns)
        examples = "; ".join(", ".join(f"{k}={v}" for k, v in e.items()) for e in self.partial)
        return (f"{suite}: {self.table} has {self.unexpected_count} of {self.element_count} rows sharing a "
                f"key ({cols}) with another row, e.g. {examples}. The warehouse does not enforce this key "
                "(a DuckLake has no keys), so two writers added the same one. Keep one row per key "
                f"(see them: select * from {self.table} where ({cols}) in (select {cols} from {self.table} "
                f"group by all having count(*) > 1)), then rerun.")


def _check_sql(table: str, columns: tuple[str, ...]) -> str:
    # Identifiers come from the migration files and the list above, never from a user.
    cols = ", ".join(qs._ident(c) for c in columns)
    example = "struct_pack(" + ", ".join(f"{qs._ident(c)} := {qs._ident(c)}" for c in columns) + ", rows := n)"
    return (f"select coalesce(sum(n), 0), coalesce(sum(n) filter (where n > 1), 0), "
            f"(list({example} order by {cols}) filter (where n > 1))[1:{EXAMPLES}] "
            f"from (select {cols}, count(*) as n from {qs._table_ref(table)} group by all)")


def check_keys(con: duckdb.DuckDBPyConnection, run_id: str, snapshot_date: date) -> SuiteReport:
    """One GROUP BY per keyed table; every key recorded in ops.quality_results, duplicates blocking."""
    outcomes, total = [], 0
    for name, (table, columns) in keys_to_check(is_lake(con)).items():
        rows, dup_rows, examples = con.execute(_check_sql(table, columns)).fetchone()
        total += rows
        kind = "expect_column_values_to_be_unique" if len(columns) == 1 else "expect_compound_columns_to_be_unique"
        kwargs = {"column": columns[0]} if len(columns) == 1 else {"column_list": list(columns)}
        rule = qs.Rule(name, kind, kwargs, "critical", {"type": kind, "kwargs": kwargs,
                                                       "meta": {"name": name, "severity": "critical"}})
        outcomes.append(KeyOutcome(rule, dup_rows == 0, rows, dup_rows, 100.0 * dup_rows / rows if rows else 0.0,
                                   list(examples or []), table=table))
    _record(con, outcomes, run_id, snapshot_date)
    return SuiteReport(SUITE, "(keyed tables)", "duckdb", total, 0, outcomes)


def _record(con, outcomes: list[KeyOutcome], run_id: str, snapshot_date: date) -> None:
    now = utc_naive()
    for tx in write_attempts(con, "validate"):
        with tx:
            run_sql(con, "validate/delete_run_results", {"run_id": run_id, "suite": SUITE})
            for o in outcomes:
                where = SimpleNamespace(name=SUITE, table=o.table)
                run_sql(con, "validate/insert_result", _result_row(o, where, run_id, snapshot_date, "duckdb", now))
