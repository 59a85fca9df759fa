"""`shopcopy validate`: run the expectation suites on the current warehouse and show the outcome."""

from __future__ import annotations

from datetime import date

import typer

from shopcopy import warehouse
from shopcopy.cli.app import app, console, fail, new_run_id, print_rows, settings, setup_logging


@app.command("validate")
def validate_cmd(
    snapshot_date: str = typer.Option(None, "--date", "--snapshot-date", help="Snapshot date YYYY-MM-DD (default: today in SHOPCOPY_TIMEZONE)"),
    engine: str = typer.Option("auto", help="auto | gx | duckdb: who computes the reported counts"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Validate raw.* with expectations/*.json; exits non-zero on a critical (blocking) failure."""
    from shopcopy.validate import latest_results, run_validate

    setup_logging(verbose)
    cfg = settings()
    snapshot = date.fromisoformat(snapshot_date) if snapshot_date else cfg.today()
    try:
        con = warehouse.connect(cfg.warehouse)
    except warehouse.WarehouseBusyError as exc:
        raise fail(str(exc)) from None
    with con:
        result = run_validate(con, new_run_id("validate"), snapshot, cfg, engine=engine)
        report, verdict = result.report, result.sufficiency
        print_rows(f"Validation {report.run_id} (snapshot {snapshot})",
                   ["suite", "expectation", "severity", "success", "blocking", "engine", "rows",
                    "unexpected", "unexpected %"], latest_results(con, report.run_id))
    for w in report.warnings:
        console.print(f"[yellow]warning:[/] {w}")
    console.print(f"Rows quarantined: {report.quarantined} · Data Docs: [bold]{report.docs_path}[/]")
    console.print(f"Data sufficiency: sufficient={verdict.sufficient} low_confidence="
                  f"{verdict.low_confidence} {'; '.join(verdict.reasons)}")
    if not report.passed:
        raise fail("validation blocked:\n  - " + "\n  - ".join(report.blocking)
                   + "\nFix the source files and rerun; see ops.quality_results and ops.quarantine")
