"""Validate stage flow: GE suites on raw.*, quarantine, the critical gate, data sufficiency.

Thin wiring around shopcopy.validate.suites and shopcopy.validate.sufficiency; the nightly flow calls
`validate_flow` after ingest and stops when it raises GateFailed.
"""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402

from flows.common import run_id_for, run_name, stage_connection  # noqa: E402
from shopcopy.settings import get_settings  # noqa: E402
from shopcopy.validate import ValidateResult, ValidationReport, gate, run_validate  # noqa: E402


@task(name="validate-suites", tags=["warehouse-writer"])
def validate_task(run_id: str, snapshot_date: date, engine: str = "auto") -> ValidateResult:
    """The suites, then data sufficiency; the flow applies the gate afterwards."""
    settings = get_settings()
    with stage_connection(wait_s=30) as con:
        result = run_validate(con, run_id, snapshot_date, settings, engine=engine)
    logger = get_run_logger()
    for w in result.report.warnings:
        logger.warning("quality warning: %s", w)
    if not result.sufficiency.sufficient:
        logger.warning("data sufficiency for %s: %s", snapshot_date, "; ".join(result.sufficiency.reasons))
    logger.info("Data Docs: %s", result.report.docs_path)
    _publish(result.report)
    return result


def _publish(report: ValidationReport) -> None:
    rows = [{"suite": s.suite, "expectation": o.rule.name, "severity": o.rule.severity,
             "success": o.success, "unexpected": o.unexpected_count, "engine": s.engine}
            for s in report.suites for o in s.outcomes if not o.success or o.unexpected_count]
    create_table_artifact(key="validation-failures", table=rows or [{"result": "all expectations met"}],
                          description=f"Expectations with unexpected rows, run {report.run_id}")
    blocking = "\n".join(f"- {b}" for b in report.blocking) or "none"
    create_markdown_artifact(key="validation-summary", markdown=(
        f"## Validation {report.run_id}\n\n**Passed:** {report.passed} · rows quarantined: "
        f"{report.quarantined}\n\n**Blocking:**\n{blocking}\n\nData Docs: `{report.docs_path}`\n"))


@flow(name="validate", flow_run_name=run_name("validate"))
def validate_flow(snapshot_date: date | None = None, engine: str = "auto") -> dict:
    """Validate the warehouse for the snapshot; raises GateFailed on a critical failure.

    Args:
        snapshot_date: The shop day to validate for (YYYY-MM-DD); None means today in SHOPCOPY_TIMEZONE.
        engine: "auto", "gx" (Great Expectations) or "duckdb" (the same expectations in SQL).
    """
    run_id = run_id_for("validate")
    snapshot = snapshot_date or get_settings().today()
    result = validate_task(run_id, snapshot, engine)
    gate(result.report)  # stops the nightly chain with a message naming suite, expectation and counts
    return result.summary()
