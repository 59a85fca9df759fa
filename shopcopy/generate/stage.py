"""The generation stage as one call: open the LLM endpoint (the embedded server lives exactly as
long as the stage), run generation, close it, record the run's tallies in the warehouse.
The flow and `shopcopy generate` both call this."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.generate import store
from shopcopy.generate.engine import GenerationReport, run_generation
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import llm_endpoints
from shopcopy.settings import Settings


def run_generate(
    con: duckdb.DuckDBPyConnection,
    snapshot_date: date,
    run_id: str,
    settings: Settings,
    *,
    force: bool = False,
    tasks: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_start: Callable[[LLMClient, str], None] | None = None,
) -> GenerationReport:
    # One endpoint per locale when the embedded models differ by locale (see README, "Copy quality").
    with llm_endpoints(settings) as endpoints:
        by_url = {ep.base_url: LLMClient(ep, settings) for ep in endpoints.values()}
        clients = {loc: by_url[ep.base_url] for loc, ep in endpoints.items()}
        if on_start:
            for client in by_url.values():
                on_start(client, client.endpoint.base_url)
        if settings.llm_mode == "batch":  # a provider's batch API (README, "Past one machine")
            from shopcopy.generate.batch import run_generation_batch

            report = run_generation_batch(con, snapshot_date, run_id, settings, clients=clients,
                                          force=force, tasks=tasks, progress=progress)
        else:
            report = run_generation(con, snapshot_date, run_id, settings, clients=clients,
                                    force=force, tasks=tasks, progress=progress)
    # The run's tallies go to the warehouse, so every figure of it is read back with SQL.
    store.record_run(con, report, utc_naive())
    return report
