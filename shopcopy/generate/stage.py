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
from shopcopy.llm.server import llm_endpoint
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
    with llm_endpoint(settings) as endpoint:
        client = LLMClient(endpoint, settings)
        if on_start:
            on_start(client, endpoint.base_url)
        report = run_generation(con, snapshot_date, run_id, settings, client=client,
                                force=force, tasks=tasks, progress=progress)
    # The run's tallies go to the warehouse, so every figure of it is read back with SQL.
    store.record_run(con, report, utc_naive())
    return report
