"""`shopcopy run nightly|backfill`: the deployments' own flows from the command line (make demo).

With a Prefect server up (PREFECT_API_URL, or the one `make ui` runs) the flow is loaded from its
entrypoint in prefect.yaml — exactly what a deployment runs — so the run shows in the UI and the
library never imports the Prefect wiring in flows/. Without one, the same stage functions run
without Prefect (shopcopy.cli.local) instead of Prefect starting a temporary server.
"""

from __future__ import annotations

import os
from datetime import date
from functools import cache
from pathlib import Path

import typer
import yaml
from rich.markdown import Markdown

from shopcopy.cli.app import app, console, fail

run_app = typer.Typer(help="Run the nightly: on the Prefect server when one is up, else without the UI.",
                      no_args_is_help=True)
app.add_typer(run_app, name="run")

PREFECT_YAML = Path(__file__).resolve().parents[2] / "prefect.yaml"


@cache
def deployment_flow(name: str):
    """The flow object of deployment `name` in prefect.yaml, loaded from its entrypoint."""
    from prefect.flows import load_flow_from_entrypoint

    spec = yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))
    entrypoint = next(d["entrypoint"] for d in spec["deployments"] if d["name"] == name)
    return load_flow_from_entrypoint(str(PREFECT_YAML.parent / entrypoint))


def _prefect_api() -> str | None:
    """The Prefect API to run on: PREFECT_API_URL when set (it must answer), else the local server
    `make ui` starts, when it is up; None when there is none (then the run goes without the UI)."""
    from shopcopy.cli.local import local_api_url, server_answers

    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        if not server_answers(configured):
            raise fail(f"PREFECT_API_URL={configured} does not answer. Start that server (`make ui` "
                       "starts one), or unset PREFECT_API_URL to run without the Prefect UI.")
        return configured
    local = local_api_url(os.environ.get("SHOPCOPY_UI_PORT", "4200"))
    return local if server_answers(local) else None


def _run(deployment: str, snapshot_date: date | None, force: bool, inbox: str | None = None) -> None:
    from shopcopy.ingest import InputFilesRejected
    from shopcopy.validate import GateFailed
    from shopcopy.warehouse import WarehouseBusyError
    from shopcopy.warehouse.runlock import RunLocked

    params = {"snapshot_date": snapshot_date, "force": force} | ({"inbox": inbox} if inbox else {})
    api = _prefect_api()
    try:
        if api:
            os.environ["PREFECT_API_URL"] = api
            console.print(f"Running on the Prefect server at {api.removesuffix('/api')} (watch it there).")
            result = deployment_flow(deployment)(**params)
        else:
            from shopcopy.cli.app import settings
            from shopcopy.cli.local import run_nightly_locally

            console.print("[yellow]No Prefect server is running[/] (`make ui` starts one): running without "
                          "the UI. The run is recorded in ops.runs and its report is printed below.")
            cfg = settings()
            result = run_nightly_locally(cfg, snapshot_date or cfg.today(), force, inbox, flow=deployment)
    except (GateFailed, RunLocked, WarehouseBusyError, InputFilesRejected) as exc:
        raise fail(str(exc)) from None
    console.print(Markdown(result["markdown"]))


@run_app.command("nightly")
def run_nightly(
    date_: str = typer.Option(None, "--date", help="Snapshot date YYYY-MM-DD (default: today in SHOPCOPY_TIMEZONE)"),
    force: bool = typer.Option(False, "--force", help="Regenerate texts even when their inputs are unchanged"),
    inbox: str = typer.Option(None, "--inbox", help="Inbox folder (default: SHOPCOPY_INBOX)"),
) -> None:
    """Ingest, validate, features, predictions, recommendations, generation, report."""
    _run("nightly", date.fromisoformat(date_) if date_ else None, force, inbox)


@run_app.command("backfill")
def run_backfill(
    date_: str = typer.Option(..., "--date", help="Past snapshot date YYYY-MM-DD"),
    force: bool = typer.Option(False, "--force"),
) -> None:
    """Rerun the nightly stages for a past date; each stage replaces that date's rows."""
    _run("backfill", date.fromisoformat(date_), force)
