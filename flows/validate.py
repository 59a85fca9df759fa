"""Validate stage flow: GE suites on raw.*, quarantine, the critical gate, data sufficiency.

Thin wiring around shopcopy.quality and shopcopy.sufficiency; the nightly flow calls
`validate_flow` after ingest and stops when it raises GateFailed.
"""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402

from flows.common import run_id_for, stage_connection  # noqa: E402
from shopcopy.quality import ValidationReport, gate, validate  # noqa: E402
from shopcopy.settings import get_settings  # noqa: E402
from shopcopy.sufficiency import Sufficiency, data_sufficiency, record_sufficiency  # noqa: E402


@task(name="validate-suites", tags=["warehouse-writer"])
def validate_task(run_id: str, snapshot_date: date, engine: str = "auto") -> ValidationReport:
    settings = get_settings()
    with stage_connection(wait_s=30) as con:
        report = validate(con, run_id, snapshot_date, settings, engine=engine)
    logger = get_run_logger()
    for w in report.warnings:
        logger.warning("quality warning: %s", w)
    logger.info("Data Docs: %s", report.docs_path)
    _publish(report)
    return report


@task(name="data-sufficiency", tags=["warehouse-writer"])
def sufficiency_task(run_id: str, snapshot_date: date) -> Sufficiency:
    settings = get_settings()
    with stage_connection(wait_s=30) as con:
        verdict = record_sufficiency(con, run_id, data_sufficiency(con, snapshot_date, settings))
    if not verdict.sufficient:
        get_run_logger().warning("data sufficiency for %s: %s", snapshot_date, "; ".join(verdict.reasons))
    return verdict


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


@flow(name="validate")
def validate_flow(run_id: str | None = None, snapshot_date: date | None = None, engine: str = "auto") -> dict:
    """Validate the warehouse for the snapshot; raises GateFailed on a critical failure."""
    run_id = run_id or run_id_for("validate")
    snapshot = snapshot_date or get_settings().today()
    report = validate_task(run_id, snapshot, engine)
    gate(report)  # stops the nightly chain with a message naming suite, expectation and counts
    verdict = sufficiency_task(run_id, snapshot)
    return {**report.summary(), "sufficient": verdict.sufficient, "low_confidence": verdict.low_confidence}
