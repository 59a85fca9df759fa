"""`shopcopy run nightly` when no Prefect server is up: the same stage functions, in the order
shopcopy.pipeline gives both this and flows/nightly.py, the same ledger and report — without Prefect, so no temporary server is
started (that cost 10-50 s a run and once timed out). What it cannot give is the UI."""

from __future__ import annotations

import urllib.request
from datetime import date
from pathlib import Path

from shopcopy.cli.app import console, new_run_id
from shopcopy.settings import Settings

HEALTH_TIMEOUT_S = 1.5


def server_answers(api_url: str) -> bool:
    """True when a Prefect API answers its health check at `api_url` (…/api)."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=HEALTH_TIMEOUT_S) as r:
            return r.status == 200
    except (OSError, ValueError):
        return False


def local_api_url(port: str | int) -> str:
    """The API of the server `make ui` starts on this machine."""
    return f"http://127.0.0.1:{port}/api"


def run_nightly_locally(settings: Settings, snapshot: date, force: bool, inbox: str | None,
                        flow: str = "nightly") -> dict:
    """One nightly run without Prefect; raises what the flow raises (GateFailed, RunLocked,
    InputFilesRejected) after the ledger recorded how the run ended."""
    from shopcopy import warehouse
    from shopcopy.campaigns import campaigns_due, run_campaign_results
    from shopcopy.generate.stage import run_generate
    from shopcopy.ingest import InputFilesRejected, rejected_message, run_ingest
    from shopcopy.model import run_demand_or_skip, run_evaluation, run_features, run_recommendations
    from shopcopy.pipeline import run_stages
    from shopcopy.report.charts import render_charts, write_charts
    from shopcopy.report.ledger import close_abandoned_runs, finish_run, record_run_start
    from shopcopy.report.nightly import build_report, chart_dir, render_markdown
    from shopcopy.validate import gate, run_validate
    from shopcopy.warehouse.runlock import run_lock

    run_id = new_run_id(flow)
    with run_lock(settings.warehouse, run_id, wait_s=settings.run_lock_wait_s), \
            warehouse.connect(settings.warehouse, wait_s=30) as con:
        record_run_start(con, run_id, flow, snapshot)
        close_abandoned_runs(con, run_id)
        try:
            step = lambda text: console.print(f"[dim]{run_id}[/] {text}")  # noqa: E731

            def ingest(_):
                step(f"ingest {inbox or settings.inbox}")
                return run_ingest(con, Path(inbox or settings.inbox), run_id)

            def validate(_):
                step(f"validate {snapshot}")
                validated = run_validate(con, run_id, snapshot, settings)
                gate(validated.report)
                return validated

            def model(_):  # the order of flows/features.py
                step("features, demand, recommendations, evaluation")
                run_features(con, snapshot)
                _, skipped = run_demand_or_skip(con, snapshot, run_id, settings)
                if skipped:
                    console.print(f"[yellow]no demand predictions:[/] {skipped}")
                run_recommendations(con, snapshot, run_id, settings)
                run_evaluation(con, snapshot, run_id, settings, prediction_skipped=skipped)

            def generate(_):
                step("generate")
                return run_generate(con, snapshot, run_id, settings, force=force)

            def campaigns(_):
                due = campaigns_due(con, snapshot)
                if due:
                    step(f"campaign results: {', '.join(due)}")
                return [run_campaign_results(con, c) for c in due]

            done = run_stages({"ingest": ingest, "validate": validate, "model": model,
                               "generate": generate, "campaigns": campaigns})
            ingested, validated = done["ingest"], done["validate"]
            numbers = build_report(con, run_id, snapshot, settings.report_history_runs)
            paths = write_charts(render_charts(numbers), chart_dir(settings.report_folder(), snapshot, run_id))
            if ingested.rejected:
                raise InputFilesRejected(rejected_message(ingested, all_stages_ran=True))
        except BaseException as exc:
            finish_run(con, run_id, "failed", f"{type(exc).__name__}: {exc}")
            raise
        finish_run(con, run_id, "completed")
    return {"run_id": run_id, "snapshot_date": snapshot.isoformat(),
            "markdown": render_markdown(numbers, str(validated.report.docs_path),
                                        {k: str(p) for k, p in paths.items()}),
            "charts": {k: str(p) for k, p in paths.items()}}
