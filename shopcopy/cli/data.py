"""`shopcopy sample-data` and `shopcopy ingest`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from shopcopy import warehouse
from shopcopy.cli.app import (
    app,
    console,
    err_console,
    fail,
    new_run_id,
    print_rows,
    settings,
    setup_logging,
)


@app.command("sample-data")
def sample_data(
    out: Path = typer.Option(None, help="Inbox folder to write into (default: SHOPCOPY_INBOX)"),
    users: int = typer.Option(2000, help="Number of customers"),
    products: int = typer.Option(300, help="Number of products"),
    days: int = typer.Option(365, help="Days of order history"),
    seed: int = typer.Option(42, help="Random seed (same seed, same files)"),
    end_date: str = typer.Option(None, help="Last day with orders, YYYY-MM-DD (default: yesterday)"),
) -> None:
    """Write deterministic, realistic sample shop data (orders CSV, products Parquet, customers JSONL)."""
    from shopcopy.sample.data import generate

    target = out or settings().inbox
    summary = generate(target, users=users, products=products, days=days, seed=seed,
                       end_date=date.fromisoformat(end_date) if end_date else None)
    console.print(f"Sample data written to [bold]{target}[/]: {summary}")


@app.command()
def ingest(
    inbox: Path = typer.Argument(None, help="Inbox folder with orders/, products/, customers/"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Load new inbox files into raw.*; exits non-zero when any file was rejected."""
    from shopcopy.ingest import run_ingest

    setup_logging(verbose)
    cfg = settings()
    try:
        con = warehouse.connect(cfg.warehouse)
    except warehouse.WarehouseBusyError as exc:
        raise fail(str(exc)) from None
    from shopcopy.ingest.sources import SourcesFileError

    with con:
        try:
            report = run_ingest(con, inbox or cfg.inbox, new_run_id("ingest"), cfg)
        except SourcesFileError as exc:  # a typo in sources.toml: say where, no traceback
            raise fail(str(exc)) from None
        show_ingest_report(report)
        print_rows("Warehouse row counts", ["table", "rows"],
                   warehouse.table_counts(con, ("raw", "ops")))
    if report.rejected:
        for f in report.rejected:
            err_console.print(f"[red]rejected[/] {f.path}: {f.error}", soft_wrap=True)
        raise fail(f"{len(report.rejected)} file(s) rejected (listed above; also in ops.ingest_files)")


def show_ingest_report(report) -> None:
    rows = [(f.path, f.status, f.rows_loaded, f.rows_quarantined, f.error or "; ".join(f.warnings))
            for f in report.files if f.status != "skipped"]
    skipped = sum(f.status == "skipped" for f in report.files)
    print_rows(f"Ingest {report.run_id} ({skipped} file(s) already loaded, skipped)",
               ["file", "status", "loaded", "quarantined", "notes"], rows)
