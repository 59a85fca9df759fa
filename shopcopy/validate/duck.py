"""Suites as data, and their row-level rules evaluated in DuckDB: which rows fail which expectation.

A suite is Great Expectations' own JSON (`expectations/<name>.json`); its `meta` names the table
and the row key. Each row-level expectation type has a SQL expression in
`sql/validate/unexpected/<type>.sql` that is true for an *unexpected* row, with the same meaning
Great Expectations gives it (nulls are "missing", not unexpected, except for not_be_null).
One scan per table lists the failing expectation names per row; that list feeds the quarantine
and, for tables too large for a pandas checkpoint, the reported counts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.settings import Settings
from shopcopy.warehouse import run_sql, sql_text

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"
TABLE_LEVEL = {"expect_table_row_count_to_be_between"}
PARTIAL_COUNT = 20


@dataclass(frozen=True)
class Rule:
    """One expectation from a suite file, with the bits shopcopy needs beside GE's config."""

    name: str
    type: str
    kwargs: dict
    severity: str
    config: dict  # the expectation exactly as written in the suite file

    @property
    def columns(self) -> list[str]:
        return self.kwargs.get("column_list") or ([self.kwargs["column"]] if "column" in self.kwargs else [])

    @property
    def column_label(self) -> str | None:
        return ",".join(self.columns) or None

    @property
    def mostly(self) -> float:
        return float(self.kwargs.get("mostly", 1.0))

    @property
    def row_level(self) -> bool:
        return self.type not in TABLE_LEVEL


@dataclass(frozen=True)
class Suite:
    name: str
    table: str
    row_key: tuple[str, ...]
    rules: tuple[Rule, ...]
    document: dict  # the whole suite file, handed to Great Expectations unchanged

    @property
    def columns(self) -> list[str]:
        """Columns the suite reads (plus the key): the only ones a GE frame carries, so no PII."""
        seen = dict.fromkeys(self.row_key)
        for rule in self.rules:
            seen.update(dict.fromkeys(rule.columns))
        return list(seen)


def load_suite(name: str, folder: Path = EXPECTATIONS_DIR) -> Suite:
    """Read `expectations/<name>.json`; fail with a message naming the file and what is missing."""
    path = folder / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"No expectation suite {path}; add it in Great Expectations JSON format")
    doc = json.loads(path.read_text(encoding="utf-8"))
    meta = doc.get("meta", {})
    if "table" not in meta or "row_key" not in meta:
        raise ValueError(f"{path}: suite meta needs 'table' and 'row_key' (the columns that identify a row)")
    rules = []
    for exp in doc["expectations"]:
        m = exp.get("meta", {})
        if m.get("severity") not in ("critical", "warning") or not m.get("name"):
            raise ValueError(f"{path}: every expectation needs meta.name and meta.severity critical|warning; got {m}")
        rules.append(Rule(m["name"], exp["type"], exp["kwargs"], m["severity"], exp))
    return Suite(doc["name"], meta["table"], tuple(meta["row_key"]), tuple(rules), doc)


def expectation_parameters(con: duckdb.DuckDBPyConnection, snapshot_date: date, settings: Settings) -> dict:
    """Values for the suites' `{"$PARAMETER": ...}` placeholders, fixed for one run.

    "Not in the future" means not after the snapshot day, or now when that is later: a run for
    today accepts today's orders, and re-validating an old snapshot does not quarantine the rows
    that arrived after it.
    """
    end_of_snapshot = datetime.combine(snapshot_date + timedelta(days=1), time())
    now = utc_naive()
    return {
        "shop_opened": datetime.combine(settings.shop_opened, time()),
        "latest_allowed": max(end_of_snapshot, now),
        "catalog_product_ids": run_sql(con, "validate/catalog_product_ids").fetchone()[0],
    }


def resolve(kwargs: dict, params: dict) -> dict:
    """Suite kwargs with `{"$PARAMETER": name}` replaced by this run's value."""
    def one(v):
        if isinstance(v, dict) and "$PARAMETER" in v:
            if v["$PARAMETER"] not in params:
                raise KeyError(f"suite parameter '{v['$PARAMETER']}' has no value for this run")
            return params[v["$PARAMETER"]]
        return v
    return {k: one(v) for k, v in kwargs.items()}


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_ref(table: str) -> str:
    return ".".join(_ident(p) for p in table.split("."))


def row_key_sql(suite: Suite) -> str:
    """The key text stored as ops.quarantine.row_key; sql/staging/020_valid_rows.sql uses the same."""
    return "concat_ws('|', " + ", ".join(_ident(c) for c in suite.row_key) + ")"


def _predicate(rule: Rule, index: int, params: dict, bound: dict) -> str:
    """SQL that is true for an unexpected row; identifiers come from the suite, values are bound."""
    try:
        template = sql_text(f"validate/unexpected/{rule.type}")
    except FileNotFoundError:
        raise ValueError(f"expectation type {rule.type} ({rule.name}) has no DuckDB rule in "
                         "sql/validate/unexpected/; add one or use a supported type") from None
    values = resolve(rule.kwargs, params)

    def bind(match: re.Match) -> str:
        key = f"e{index}_{match.group(1)}"
        bound[key] = values.get(match.group(1))
        return "$" + key

    text = re.sub(r"\$(\w+)", bind, template)
    cols = ", ".join(_ident(c) for c in rule.columns)
    return text.replace("{cols}", cols).replace("{col}", _ident(rule.columns[0]) if rule.columns else "")


def flag_failed_rows(con: duckdb.DuckDBPyConnection, suite: Suite, params: dict) -> None:
    """Materialise temp table _quality_failed: (_row_key, _r row struct, _failed names, _critical)."""
    bound: dict = {}
    cases = [f"case when ({_predicate(r, i, params, bound)}\n) then '{r.name}' end"
             for i, r in enumerate(suite.rules) if r.row_level]
    bound["critical_names"] = [r.name for r in suite.rules if r.severity == "critical"]
    flags = ",\n".join(cases) or "null"
    con.execute(
        f"""create or replace temp table _quality_failed as
            with flagged as (
                select {row_key_sql(suite)} as _row_key, t as _r,
                       list_filter([{flags}], lambda x: x is not null) as _failed
                from {_table_ref(suite.table)} t
            )
            select *, len(list_intersect(_failed, $critical_names)) > 0 as _critical
            from flagged where len(_failed) > 0""",
        bound,
    )


def table_counts(con: duckdb.DuckDBPyConnection, suite: Suite) -> tuple[int, dict[str, int]]:
    """Row count and non-null count per column the suite reads (GE's percent denominators)."""
    cols = suite.columns
    selects = ", ".join(["count(*)"] + [f"count({_ident(c)})" for c in cols])
    row = con.execute(f"select {selects} from {_table_ref(suite.table)}").fetchone()
    return row[0], dict(zip(cols, row[1:], strict=True))


def failure_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(run_sql(con, "validate/failure_counts").fetchall())


def partial_values(con: duckdb.DuckDBPyConnection, rule: Rule) -> list:
    """Up to 20 unexpected values of the rule's column(s), like GE's partial_unexpected_list."""
    fields = [f"_r.{_ident(c)}" for c in rule.columns]
    value = fields[0] if len(fields) == 1 else "struct_pack(" + ", ".join(
        f"{_ident(c)} := {f}" for c, f in zip(rule.columns, fields, strict=True)) + ")"
    rows = con.execute(
        f"select {value} from _quality_failed where list_contains(_failed, ?) limit {PARTIAL_COUNT}",
        [rule.name],
    ).fetchall()
    return [r[0] for r in rows]
