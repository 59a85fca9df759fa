"""`shopcopy run nightly|backfill`: the Prefect flows from the command line (used by `make demo`)."""

from __future__ import annotations

from datetime import date

import typer
from rich.markdown import Markdown

from shopcopy.cli.app import app, console, fail

run_app = typer.Typer(help="Run the Prefect flows locally (no server needed).", no_args_is_help=True)
app.add_typer(run_app, name="run")


def _run(snapshot: date | None, force: bool, inbox: str | None) -> None:
    from flows.nightly import InputFilesRejected, nightly
    from shopcopy.quality import GateFailed
    from shopcopy.runlock import RunLocked
    from shopcopy.warehouse import WarehouseBusyError

    try:
        result = nightly(snapshot_date=snapshot, force=force, inbox=inbox)
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
    _run(date.fromisoformat(date_) if date_ else None, force, inbox)


@run_app.command("backfill")
def run_backfill(
    date_: str = typer.Option(..., "--date", help="Past snapshot date YYYY-MM-DD"),
    force: bool = typer.Option(False, "--force"),
) -> None:
    """Rerun the nightly stages for a past date; each stage replaces that date's rows."""
    _run(date.fromisoformat(date_), force, None)
