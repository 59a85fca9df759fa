"""Prefect wiring for the generation stage: start/stop the LLM endpoint, run generation, report."""

from __future__ import annotations

import time
from datetime import date
from typing import Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE

from flows.common import run_id_for, run_name, stage_connection
from flows.runners import fans_out, task_runner
from shopcopy.clock import utc_naive
from shopcopy.generate.chunks import ChunkResult, ChunkSpec, generate_chunk, run_generation_chunked
from shopcopy.generate.stage import run_generate
from shopcopy.generate.store import record_run
from shopcopy.report.nightly import held_back_lines, rows
from shopcopy.settings import get_settings
from shopcopy.tasks import TASKS
from shopcopy.warehouse.retry import add_retries

# The Custom run form offers the registry's task names as choices.
TaskName = Literal[tuple(TASKS)]  # type: ignore[valid-type]


class Progress:
    """A (done, total) callback that moves a Prefect progress artifact at most every few seconds,
    and logs a progress line now and then (the CLI run shows the logs, not the artifact)."""

    def __init__(self, min_interval_s: float = 2.0, log_interval_s: float = 20.0):
        self.artifact_id = create_progress_artifact(progress=0.0, key="generation-progress",
                                                    description="LLM items done in this run")
        self.logger = get_run_logger()
        self.min_interval_s, self.log_interval_s = min_interval_s, log_interval_s
        self.last = self.logged = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self.last >= self.min_interval_s:
            self.last = now
            update_progress_artifact(self.artifact_id, progress=100.0 * done / total if total else 100.0)
        if total and (done == total or now - self.logged >= self.log_interval_s):
            self.logged = now
            self.logger.info("generation: %d of %d items done", done, total)

    def finish(self, figures: list[dict]) -> None:
        """The run's work is done: 100%, and the description says what the budget left over."""
        asked = sum(g["asked"] for g in figures)
        left = sum(g["left_for_next_run"] for g in figures)
        parked = sum(g["parked"] for g in figures)
        note = f"{asked} item(s) asked this run" + (f"; {left} left for the next run (LLM budget)" if left else "")
        update_progress_artifact(self.artifact_id, progress=100.0,
                                 description=note + (f"; {parked} parked" if parked else ""))


# No Prefect retries: a rerun skips what is stored, so retrying here would only repeat failures
# the client already retried; failed items are picked up by the next run instead.
@task(name="generate-copy", tags=["warehouse-writer", "llm"])
def generate_task(snapshot_date: date, run_id: str, force: bool = False, tasks: list[str] | None = None) -> list[dict]:
    logger = get_run_logger()
    progress = Progress()
    # The embedded server (when no base URL is set) lives exactly as long as the stage call.
    with stage_connection() as con:
        report = run_generate(
            con, snapshot_date, run_id, get_settings(), force=force, tasks=tasks, progress=progress,
            on_start=lambda client, url: logger.info("Generating for %s with %s at %s",
                                                     snapshot_date, client.model, url))
        return _report_generation(con, logger, progress, snapshot_date, run_id, report)


def _report_generation(con, logger, progress, snapshot_date, run_id, report) -> list[dict]:
    """Logs, the progress artifact's end and the summary table, from the warehouse's figures."""
    figures = rows(con, "generation", {"run_id": run_id})
    usage = rows(con, "llm_usage", {"run_id": run_id})[0]
    lines = held_back_lines(con, run_id)
    progress.finish(figures)
    total = {k: sum(g[k] for g in figures) for k in ("items", "unchanged", "parked", "asked", "written",
                                                     "failed", "left_for_next_run")}
    logger.info("Generation for %s: %d items, %d unchanged, %d parked, %d asked -> %d written, %d "
                "without a usable reply, %d left for the next run; %d calls, %d+%d tokens",
                snapshot_date, total["items"], total["unchanged"], total["parked"], total["asked"],
                total["written"], total["failed"], total["left_for_next_run"], usage["calls"],
                usage["tokens_in"], usage["tokens_out"])
    for line in lines:
        logger.warning(line)
    for p in report.parked_items[:10]:
        logger.info("parked %s %s: failed %s on its last %d runs; not asked until its inputs or "
                    "prompt change", p["task"], p["item_key"], p["outcome"], p["failed_runs"])
    create_table_artifact(key="generation-summary", table=figures or [{"task": "(no work)"}],
                          description=f"Generation {run_id}: {usage['calls']} calls "
                                      f"({usage['failed_calls']} without a usable reply), "
                                      f"{usage['tokens_in']}+{usage['tokens_out']} tokens")
    return figures


@flow(name="generate", flow_run_name=run_name("generate"), log_prints=True)
def generate_flow(
    snapshot_date: date | None = None,
    force: bool = False,
    tasks: list[TaskName] | None = None,
) -> list[dict]:
    """Write gen.* for the snapshot; unchanged inputs cost nothing.

    Args:
        snapshot_date: The shop day to write copy for (YYYY-MM-DD). None means today in
            SHOPCOPY_TIMEZONE.
        force: Regenerate every text even when its inputs are unchanged (pays for every call again).
        tasks: Only these generation tasks; None means all of them.
    """
    settings = get_settings()
    day = snapshot_date or settings.today()
    run_id = run_id_for("generate")
    if fans_out(settings) and settings.llm_mode == "online":  # a batch API fans out on its own
        fanout = generate_chunks_flow.with_options(task_runner=task_runner(settings))
        return fanout(day, run_id, force=force, tasks=tasks)
    return generate_task(day, run_id, force=force, tasks=tasks)


# ---- fan-out (SHOPCOPY_TASK_RUNNER=dask...): the work list in chunk tasks --------------------

@task(name="generate-chunk", tags=["llm"], retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def generate_chunk_task(spec: ChunkSpec) -> ChunkResult:
    """One chunk on a worker; a chunk that raised (a worker lost) is run once more."""
    return generate_chunk(spec)


@flow(name="generate-chunks", flow_run_name=run_name("generate-chunks"), log_prints=True)
def generate_chunks_flow(snapshot_date: date, run_id: str, force: bool = False,
                         tasks: list[str] | None = None) -> list[dict]:
    """Plan here, run the chunks on the task runner's workers, write their rows here (or let
    them write on a DuckLake: SHOPCOPY_GEN_CHUNK_WRITES=worker), then record and report."""
    settings = get_settings()
    logger = get_run_logger()
    if settings.llm_base_url is None:
        raise ValueError("SHOPCOPY_TASK_RUNNER=" + settings.task_runner + " needs SHOPCOPY_LLM_BASE_URL "
                         "(an endpoint every worker reaches, e.g. a vLLM server): the embedded model "
                         "serves one machine (README, \"Past one machine\")")
    in_worker = settings.gen_chunk_writes == "worker"
    if in_worker and settings.warehouse_backend != "ducklake":
        raise ValueError("SHOPCOPY_GEN_CHUNK_WRITES=worker needs the ducklake backend: a DuckDB file "
                         "takes one writing process")
    progress = Progress()
    with stage_connection() as con:
        report, results = run_generation_chunked(
            con, snapshot_date, run_id, settings, submit=generate_chunk_task.submit,
            wait_all=_as_completed, force=force, tasks=tasks, progress=progress,
            write_in_worker=in_worker)
        add_retries({k: v for r in results for k, v in r.retries.items()})
        record_run(con, report, utc_naive())
        logger.info("Generation in %d chunk(s) on %s: %s", len(results), settings.task_runner,
                    ", ".join(f"{r.seconds:.1f}s" for r in sorted(results, key=lambda r: r.index)))
        return _report_generation(con, logger, progress, snapshot_date, run_id, report)


def _as_completed(futures):
    from prefect.futures import as_completed

    for fut in as_completed(futures):
        yield fut.result()
