"""Generation split into chunk tasks for a task runner that fans out (Dask, README "Past one machine").

The flow plans once (skip stored and parked items, as the thread path does), cuts the work list
into chunks of `gen_chunk_size` items and hands each to `generate_chunk`, which may run in
another process or on another machine: it asks the endpoint with the client's own thread pool
(`llm_concurrency`), judges every text with the same gate against the same catalog, and either
returns its rows and call records to the flow, which writes them (`gen_chunk_writes=flow`, any
backend), or writes them itself on a DuckLake (`worker`). Either way each batch is one
transaction with the same lineage as the thread path.

The run's LLM budget is divided between the chunks in proportion to their items before they
start (a worker cannot see another's spending), so a run never exceeds it; what a chunk leaves
unspent is not lent to another chunk.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

import duckdb

from shopcopy.generate import store
from shopcopy.generate.engine import GenerationReport, _Run
from shopcopy.generate.work import WorkItem, build_work
from shopcopy.guardrails import Catalog
from shopcopy.llm.budget import Budget
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import llm_endpoints
from shopcopy.settings import Settings


@dataclass
class ChunkSpec:
    index: int
    items: list[WorkItem]
    snapshot_date: date
    run_id: str
    settings: Settings
    tasks: list[str]
    catalog: Catalog
    force: bool
    max_calls: int | None
    max_tokens: int | None
    write_in_worker: bool = False


@dataclass
class ChunkResult:
    index: int
    report: GenerationReport
    batches: list[tuple[dict, list]] = field(default_factory=list)   # (rows by task, call rows)
    retries: dict = field(default_factory=dict)                      # write-conflict retries (worker writes)
    seconds: float = 0.0


def split(items: list[WorkItem], size: int) -> list[list[WorkItem]]:
    size = max(size, 1)
    return [items[i:i + size] for i in range(0, len(items), size)]


def share(total: int | None, sizes: list[int]) -> list[int | None]:
    """Split a budget over chunks in proportion to their sizes (largest remainders first)."""
    if total is None:
        return [None] * len(sizes)
    n = sum(sizes) or 1
    exact = [total * s / n for s in sizes]
    out = [math.floor(x) for x in exact]
    for i in sorted(range(len(sizes)), key=lambda i: exact[i] - out[i], reverse=True)[: total - sum(out)]:
        out[i] += 1
    return out


def _clients(settings: Settings, endpoints) -> dict[str, LLMClient]:
    by_url = {ep.base_url: LLMClient(ep, settings) for ep in endpoints.values()}
    clients = {loc: by_url[ep.base_url] for loc, ep in endpoints.items()}
    return clients if "*" in clients else {**clients, "*": next(iter(clients.values()))}


def generate_chunk(spec: ChunkSpec) -> ChunkResult:
    """Run one chunk: the worker side. No warehouse access unless it writes its own batches."""
    from shopcopy.warehouse.retry import conflict_retries, reset_retries

    started = time.perf_counter()
    result = ChunkResult(spec.index, GenerationReport(spec.run_id, spec.snapshot_date, ""))
    con = None
    if spec.write_in_worker:
        from shopcopy.warehouse.connect import connect_lake

        reset_retries()
        con = connect_lake(spec.settings, migrate_schema=False)

    def sink(rows: dict, calls: list) -> None:
        if con is not None:
            store.write_batch(con, rows, calls, replace=spec.force)
        else:
            result.batches.append((rows, calls))

    try:
        with llm_endpoints(spec.settings) as endpoints:
            run = _Run(None, spec.snapshot_date, spec.run_id, spec.settings, _clients(spec.settings, endpoints),
                       spec.force, None, spec.tasks, catalog=spec.catalog,
                       budget=Budget(spec.max_calls, spec.max_tokens), sink=sink)
            run.execute(spec.items)
        result.report = run.report
    finally:
        if con is not None:
            result.retries = conflict_retries()
            con.close()
    result.seconds = time.perf_counter() - started
    return result


def merge(into: GenerationReport, part: GenerationReport) -> None:
    """Add a chunk's figures to the run's report (planning figures stay the flow's)."""
    for task, counts in part.statuses.items():
        into.statuses.setdefault(task, Counter()).update(counts)
    into.failed.update(part.failed)
    into.left.update(part.left)
    into.outcomes.update(part.outcomes)
    into.calls += part.calls
    into.tokens_in += part.tokens_in
    into.tokens_out += part.tokens_out
    into.failures += part.failures
    into.budget_stopped = into.budget_stopped or part.budget_stopped


Submit = Callable[[ChunkSpec], object]  # returns a future with .result() (Prefect or concurrent)


def run_generation_chunked(
    con: duckdb.DuckDBPyConnection,
    snapshot_date: date,
    run_id: str,
    settings: Settings,
    *,
    submit: Submit,
    wait_all: Callable[[list], Iterable[ChunkResult]] | None = None,
    force: bool = False,
    tasks: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    write_in_worker: bool = False,
) -> tuple[GenerationReport, list[ChunkResult]]:
    """Plan on this connection, run the chunks through `submit`, write what they return.

    `wait_all(futures)` yields results as they finish (default: in order). With
    `write_in_worker` (a DuckLake only) the chunks write their own batches."""
    from shopcopy.tasks import TASKS
    from shopcopy.warehouse.catalog import load_catalog

    started = time.perf_counter()
    tasks = tasks or list(TASKS)
    with llm_endpoints(settings) as endpoints:
        run = _Run(con, snapshot_date, run_id, settings, _clients(settings, endpoints), force, None, tasks)
        work = build_work(con, snapshot_date, settings, versions=run.version, model=run.model, tasks=run.tasks)
        todo = run.plan(work)
    report = run.report
    chunks = split(todo, settings.gen_chunk_size)
    sizes = [len(c) for c in chunks]
    calls, tokens = share(settings.llm_max_calls, sizes), share(settings.llm_max_tokens, sizes)
    catalog = load_catalog(con)
    specs = [ChunkSpec(i, c, snapshot_date, run_id, settings, tasks, catalog, force, calls[i], tokens[i],
                       write_in_worker) for i, c in enumerate(chunks)]
    futures = [submit(s) for s in specs]
    results, done = [], 0
    if progress:
        progress(0, len(todo))
    for res in (wait_all or (lambda fs: (f.result() for f in fs)))(futures):
        for rows, call_rows in res.batches:
            store.write_batch(con, rows, call_rows, replace=force)
        res.batches = []  # written: keep the figures only
        merge(report, res.report)
        results.append(res)
        done += sizes[res.index]
        if progress:
            progress(done, len(todo))
    report.budget_left = {"calls": None if settings.llm_max_calls is None else max(settings.llm_max_calls - report.calls, 0),
                          "tokens": None if settings.llm_max_tokens is None else
                          max(settings.llm_max_tokens - report.tokens_in - report.tokens_out, 0)}
    report.elapsed_s = time.perf_counter() - started
    return report, results
