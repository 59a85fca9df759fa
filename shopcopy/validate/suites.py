"""Validate raw.* with the Great Expectations suites in expectations/, quarantine bad rows, gate the run.

Gate policy (the design choice of issue #3):
- Every expectation carries meta.severity. A `warning` never blocks; it is recorded and shown.
- Row-level expectations (values in range, in set, unique, ...) quarantine the rows that fail
  them (ops.quarantine, stage='validate', reasons = expectation names) and the run continues on
  the good rows: staging.* hides rows with a critical failure. A critical row-level expectation
  blocks only when more rows fail than its GE `mostly` allows (0.99 in our suites: > 1 % bad
  rows means a broken export, not a few bad lines). 3 negative prices in 100k orders are
  quarantined; 30 % unknown products stop the run.
- Table-level critical expectations (e.g. the table is empty) block outright.
- Nothing is deleted from raw.*. Re-validating a run replaces that run's results and quarantine.

Engines: DuckDB evaluates each row-level rule in one scan per table (sql/validate/unexpected/):
that is what the quarantine uses, always. What is *reported* comes from a Great Expectations
checkpoint on a pandas frame (columns the suite reads only, so no PII) when the table has at
most GX_MAX_ROWS rows; above that, GE's pandas engine costs more than ingesting the data
(~0.3 s per expectation per million rows, 2-4 s for timestamp ranges), so the DuckDB counts
are wrapped into GE's own result objects and rendered in the same Data Docs. Tests check that
both engines report identical numbers on the same data.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from shopcopy.clock import utc_naive
from shopcopy.settings import Settings
from shopcopy.validate import duck as qs
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_attempts

log = logging.getLogger(__name__)

DEFAULT_SUITES = ("raw_products", "raw_customers", "raw_orders")
GX_MAX_ROWS = 200_000


@dataclass(frozen=True)
class Outcome:
    """One expectation's result for one run, whichever engine computed it."""

    rule: qs.Rule
    success: bool
    element_count: int | None = None
    unexpected_count: int | None = None
    unexpected_percent: float | None = None
    partial: list = field(default_factory=list)
    observed_value: object = None

    @property
    def blocking(self) -> bool:
        return self.rule.severity == "critical" and not self.success

    def describe(self, suite: str) -> str:
        r = self.rule
        head = f"{suite}: {r.name} ({r.type}" + (f" on {r.column_label})" if r.column_label else ")")
        if not r.row_level:
            return f"{head} failed: observed {self.observed_value}, expected {_bounds(r.kwargs)}"
        allowed = (1 - r.mostly) * 100
        examples = ", ".join(str(v) for v in self.partial[:5])
        return (f"{head} failed: {self.unexpected_count} of {self.element_count} rows unexpected "
                f"({self.unexpected_percent or 0:.2f} %, at most {allowed:.2f} % allowed); e.g. {examples}")


@dataclass
class SuiteReport:
    suite: str
    table: str
    engine: str
    rows: int
    quarantined: int
    outcomes: list[Outcome]


@dataclass
class ValidationReport:
    run_id: str
    snapshot_date: date
    docs_path: Path
    suites: list[SuiteReport] = field(default_factory=list)

    @property
    def blocking(self) -> list[str]:
        return [o.describe(s.suite) for s in self.suites for o in s.outcomes if o.blocking]

    @property
    def warnings(self) -> list[str]:
        return [o.describe(s.suite) for s in self.suites for o in s.outcomes
                if o.rule.severity == "warning" and (not o.success or o.unexpected_count)]

    @property
    def passed(self) -> bool:
        return not self.blocking

    @property
    def quarantined(self) -> int:
        return sum(s.quarantined for s in self.suites)

    def summary(self) -> dict:
        return {"passed": self.passed, "blocking": len(self.blocking), "warnings": len(self.warnings),
                "quarantined": self.quarantined, "docs": str(self.docs_path),
                "rows": {s.table: s.rows for s in self.suites}}


class GateFailed(RuntimeError):
    """A critical expectation failed: downstream stages must not run on this data."""

    def __init__(self, report: ValidationReport):
        self.report = report
        lines = "\n  - ".join(report.blocking)
        super().__init__(
            f"Validation blocked run {report.run_id} ({len(report.blocking)} critical failure(s)):\n  - {lines}\n"
            f"Fix or replace the source files, then rerun. Details: ops.quality_results, "
            f"ops.quarantine (stage='validate') and Data Docs at {report.docs_path}"
        )


def validate(
    con: duckdb.DuckDBPyConnection, run_id: str, snapshot_date: date, settings: Settings,
    *, suites: tuple[str, ...] = DEFAULT_SUITES, engine: str = "auto",
) -> ValidationReport:
    """Run every suite on its table, record results and quarantine; never raises for bad data."""
    from shopcopy.validate import (
        gx as quality_gx,  # GE takes seconds to import: only when validating
    )

    ctx = quality_gx.context(str(settings.docs_dir))
    params = qs.expectation_parameters(con, snapshot_date, settings)
    report = ValidationReport(run_id, snapshot_date, quality_gx.docs_index(settings.docs_dir))
    for name in suites:
        report.suites.append(validate_suite(con, ctx, qs.load_suite(name), params, run_id, snapshot_date, engine))
    return report


def gate(report: ValidationReport) -> ValidationReport:
    """Raise GateFailed when the report has a blocking failure; otherwise hand the report on."""
    if not report.passed:
        raise GateFailed(report)
    return report


def validate_suite(con, ctx, suite: qs.Suite, params: dict, run_id: str, snapshot_date: date,
                   engine: str = "auto") -> SuiteReport:
    qs.flag_failed_rows(con, suite, params)
    try:
        rows, nonnull = qs.table_counts(con, suite)
        counts = qs.failure_counts(con)
        mine = duckdb_outcomes(con, suite, rows, nonnull, counts)
        use_gx = engine == "gx" or (engine == "auto" and rows <= GX_MAX_ROWS)
        if use_gx:
            outcomes = gx_outcomes(con, ctx, suite, params, run_id)
            _compare(suite, outcomes, mine)
        else:
            outcomes = mine
            from shopcopy.validate import gx as quality_gx
            quality_gx.record_result(ctx, suite, [_gx_shape(o) for o in mine], run_id)
        used = "gx" if use_gx else "duckdb"
        quarantined = record(con, suite, outcomes, run_id, snapshot_date, used)
    finally:
        con.execute("drop table if exists _quality_failed")
    return SuiteReport(suite.name, suite.table, used, rows, quarantined, outcomes)


def duckdb_outcomes(con, suite: qs.Suite, rows: int, nonnull: dict[str, int],
                    counts: dict[str, int]) -> list[Outcome]:
    """Outcomes from the DuckDB flags, with GE's semantics for percentages and `mostly`."""
    out = []
    for rule in suite.rules:
        if not rule.row_level:
            ok = _within(rows, rule.kwargs)
            out.append(Outcome(rule, ok, observed_value=rows))
            continue
        bad = counts.get(rule.name, 0)
        denom = rows if rule.type in ("expect_column_values_to_not_be_null",
                                      "expect_compound_columns_to_be_unique") else nonnull[rule.columns[0]]
        pct = 100.0 * bad / denom if denom else 0.0
        ok = denom == 0 or (denom - bad) / denom >= rule.mostly
        out.append(Outcome(rule, ok, rows, bad, pct, qs.partial_values(con, rule) if bad else []))
    return out


def gx_outcomes(con, ctx, suite: qs.Suite, params: dict, run_id: str) -> list[Outcome]:
    """Run the suite's GE checkpoint on the table's frame; GE's numbers are what gets recorded."""
    from shopcopy.validate import gx as quality_gx

    cols = ", ".join(f'"{c}"' for c in suite.columns)
    frame = con.sql(f"select {cols} from {qs._table_ref(suite.table)}").fetch_arrow_table().to_pandas()
    gx_params = {k: pd.Timestamp(v) if isinstance(v, datetime) else v for k, v in params.items()}
    result = quality_gx.run_checkpoint(ctx, suite, frame, gx_params, run_id)
    by_name = {r.name: r for r in suite.rules}
    out = []
    for r in result.results:
        res = r.result or {}
        out.append(Outcome(
            by_name[r.expectation_config.meta["name"]], bool(r.success), res.get("element_count"),
            res.get("unexpected_count"), res.get("unexpected_percent"),
            list(res.get("partial_unexpected_list") or []), res.get("observed_value"),
        ))
    return out


def record(con, suite: qs.Suite, outcomes: list[Outcome], run_id: str, snapshot_date: date,
           engine: str) -> int:
    """Replace this run's results and quarantine rows for the suite, in one transaction."""
    now = utc_naive()  # full precision: the latest validation of a table is found by it
    for tx in write_attempts(con, "validate"):
        with tx:
            run_sql(con, "validate/delete_run_results", {"run_id": run_id, "suite": suite.name})
            run_sql(con, "validate/delete_run_quarantine", {"run_id": run_id, "table_name": suite.table})
            for o in outcomes:
                run_sql(con, "validate/insert_result", _result_row(o, suite, run_id, snapshot_date, engine, now))
            run_sql(con, "validate/insert_quarantine", {"run_id": run_id, "table_name": suite.table, "created_at": now})
    return con.execute("select count(*) from _quality_failed").fetchone()[0]


def _result_row(o: Outcome, suite: qs.Suite, run_id, snapshot_date, engine, now) -> dict:
    return {
        "run_id": run_id, "snapshot_date": snapshot_date, "suite": suite.name, "table_name": suite.table,
        "expectation_name": o.rule.name, "expectation_type": o.rule.type,
        "expectation_id": o.rule.config.get("id"), "column_name": o.rule.column_label,
        "severity": o.rule.severity, "success": o.success, "blocking": o.blocking, "engine": engine,
        "element_count": o.element_count, "unexpected_count": o.unexpected_count,
        "unexpected_percent": o.unexpected_percent,
        "partial_unexpected": json.dumps(o.partial, default=str) if o.rule.row_level else None,
        "observed_value": None if o.observed_value is None else json.dumps(o.observed_value, default=str),
        "mostly": o.rule.mostly, "created_at": now,
    }


def _compare(suite: qs.Suite, gx: list[Outcome], mine: list[Outcome]) -> None:
    """The quarantine follows DuckDB's flags; say so loudly if GE counted differently."""
    ours = {o.rule.name: o.unexpected_count for o in mine}
    for o in gx:
        if o.rule.row_level and o.unexpected_count != ours[o.rule.name]:
            log.warning("%s.%s: Great Expectations counted %s unexpected rows, the DuckDB rule %s; "
                        "the quarantine follows the DuckDB rule", suite.name, o.rule.name,
                        o.unexpected_count, ours[o.rule.name])


def _gx_shape(o: Outcome) -> dict:
    if not o.rule.row_level:
        return {"name": o.rule.name, "success": o.success, "result": {"observed_value": o.observed_value}}
    return {"name": o.rule.name, "success": o.success, "result": {
        "element_count": o.element_count, "unexpected_count": o.unexpected_count,
        "unexpected_percent": o.unexpected_percent,
        "partial_unexpected_list": [str(v) if isinstance(v, datetime) else v for v in o.partial]}}


def _within(value: int, kwargs: dict) -> bool:
    lo, hi = kwargs.get("min_value"), kwargs.get("max_value")
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def _bounds(kwargs: dict) -> str:
    return f"between {kwargs.get('min_value', '-inf')} and {kwargs.get('max_value', 'inf')}"


def latest_results(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> list[tuple]:
    """Rows of the latest (or the given) validation run, blocking first, for display."""
    return run_sql(con, "validate/latest_results", {"run_id": run_id}).fetchall()
