"""`shopcopy run nightly|backfill`: the deployments' own flows from the command line (make demo).

The flow is loaded from its entrypoint in prefect.yaml — exactly what a deployment runs — so the
library never imports the Prefect wiring in flows/.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import typer
import yaml
from rich.markdown import Markdown

from shopcopy.cli.app import app, console, fail

run_app = typer.Typer(help="Run the Prefect flows locally (no server needed).", no_args_is_help=True)
app.add_typer(run_app, name="run")

PREFECT_YAML = Path(__file__).resolve().parents[2] / "prefect.yaml"


@cache
def deployment_flow(name: str):
    """The flow object of deployment `name` in prefect.yaml, loaded from its entrypoint."""
    from prefect.flows import load_flow_from_entrypoint

    spec = yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))
    entrypoint = next(d["entrypoint"] for d in spec["deployments"] if d["name"] == name)
    return load_flow_from_entrypoint(str(PREFECT_YAML.parent / entrypoint))


def _run(deployment: str, **params) -> None:
    from shopcopy.ingest import InputFilesRejected
    from shopcopy.validate import GateFailed
    from shopcopy.warehouse import WarehouseBusyError
    from shopcopy.warehouse.runlock import RunLocked

    try:
        result = deployment_flow(deployment)(**params)
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
    _run("nightly", snapshot_date=date.fromisoformat(date_) if date_ else None, force=force, inbox=inbox)


@run_app.command("backfill")
def run_backfill(
    date_: str = typer.Option(..., "--date", help="Past snapshot date YYYY-MM-DD"),
    force: bool = typer.Option(False, "--force"),
) -> None:
    """Rerun the nightly stages for a past date; each stage replaces that date's rows."""
    _run("backfill", snapshot_date=date.fromisoformat(date_), force=force)
