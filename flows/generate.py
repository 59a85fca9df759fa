"""Prefect wiring for the generation stage: start/stop the LLM endpoint, run generation, report."""

from __future__ import annotations

import time
from datetime import date

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)

from flows.common import run_id_for, stage_connection
from shopcopy.generate.engine import GenerationReport
from shopcopy.generate.stage import run_generate
from shopcopy.settings import get_settings


def _progress_reporter(min_interval_s: float = 2.0, log_interval_s: float = 20.0):
    """A (done, total) callback that moves a Prefect progress artifact at most every few seconds,
    and logs a progress line now and then (the CLI run shows the logs, not the artifact)."""
    artifact_id = create_progress_artifact(progress=0.0, key="generation-progress",
                                           description="LLM items done in this run")
    logger = get_run_logger()
    last, logged = [0.0], [time.monotonic()]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] >= min_interval_s:
            last[0] = now
            update_progress_artifact(artifact_id, progress=100.0 * done / total if total else 100.0)
        if total and (done == total or now - logged[0] >= log_interval_s):
            logged[0] = now
            logger.info("generation: %d of %d items done", done, total)

    return report


def _report_table(report: GenerationReport) -> list[dict]:
    return [
        {"task": t, "items": report.items[t], "skipped (unchanged)": report.skipped[t],
         **{s: report.statuses.get(t, {}).get(s, 0) for s in ("published", "needs_review", "rejected")},
         "failed": report.failed[t], "left by budget": report.left[t]}
        for t in report.items
    ]


# No Prefect retries: a rerun skips what is stored, so retrying here would only repeat failures
# the client already retried; failed items are picked up by the next run instead.
@task(name="generate-copy", tags=["warehouse-writer", "llm"])
def generate_task(snapshot_date: date, run_id: str, force: bool = False, tasks: list[str] | None = None) -> dict:
    logger = get_run_logger()
    settings = get_settings()
    progress = _progress_reporter()
    # The embedded server (when no base URL is set) lives exactly as long as the stage call.
    with stage_connection() as con:
        report = run_generate(
            con, snapshot_date, run_id, settings, force=force, tasks=tasks, progress=progress,
            on_start=lambda client, url: logger.info("Generating for %s with %s at %s",
                                                     snapshot_date, client.model, url))
    logger.info(report.summary())
    for failure in report.failures[:20]:
        logger.warning("Failed: %s", failure)
    create_table_artifact(key="generation-summary", table=_report_table(report),
                          description=f"Generation {run_id}: {report.calls} calls, "
                                      f"{report.tokens_in}+{report.tokens_out} tokens, budget left {report.budget_left}")
    return report.as_dict()


@flow(name="generate", log_prints=True)
def generate_flow(
    snapshot_date: date | None = None,
    run_id: str | None = None,
    force: bool = False,
    tasks: list[str] | None = None,
) -> dict:
    """Write gen.* for the snapshot (default: today in SHOPCOPY_TIMEZONE); unchanged inputs cost nothing.

    `run_id` lets the nightly flow stamp every row and call with its own run id.
    """
    day = snapshot_date or get_settings().today()
    return generate_task(day, run_id or run_id_for("generate"), force=force, tasks=tasks)
