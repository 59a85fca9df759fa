"""`shopcopy query` (named or ad-hoc SQL, read-only) and `shopcopy export campaign`."""

from __future__ import annotations

from pathlib import Path

import typer

from shopcopy import warehouse
from shopcopy.cli.app import app, console, fail, print_rows, settings
from shopcopy.report.queries import QueryError, list_queries, load_query, run_query, write_table


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise QueryError(f"--param expects NAME=VALUE, got '{pair}'")
        key, value = pair.split("=", 1)
        out[key.strip()] = value
    return out


def _open_read_only():
    try:
        return warehouse.connect(settings().warehouse, read_only=True)
    except (FileNotFoundError, warehouse.WarehouseBusyError) as exc:
        raise fail(str(exc)) from None
    except Exception as exc:  # DuckDB refuses a read-only open while a run writes the file
        if "lock" in str(exc).lower():
            raise fail("the warehouse is being written by a running shopcopy stage; query it when "
                       "the run has finished") from None
        raise


def _emit(table, fmt: str, out: Path | None, title: str) -> None:
    if fmt == "table" and out is None:
        print_rows(title, table.column_names, [tuple(r.values()) for r in table.to_pylist()])
        console.print(f"{table.num_rows} row(s)")
        return
    text = write_table(table, "csv" if fmt == "table" else fmt, out)
    if text is not None:
        typer.echo(text, nl=False)
    else:
        console.print(f"Wrote {table.num_rows} row(s) to {out}")


@app.command()
def query(
    name: str = typer.Argument(None, help="Named query from sql/queries/ (omit with --sql or --list)"),
    sql: str = typer.Option(None, "--sql", help="Ad-hoc SQL: a single SELECT statement"),
    param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE, bound to $NAME"),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | json | parquet"),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout"),
    list_: bool = typer.Option(False, "--list", help="List the named queries"),
) -> None:
    """Query the warehouse read-only: a named query or one SELECT; writes are refused."""
    try:
        if list_ or (name is None and sql is None):
            print_rows("Named queries (shopcopy query NAME)", ["name", "description", "params"],
                       [(q.name, q.description, ", ".join(f"{k}: {v}" for k, v in q.params.items()))
                        for q in list_queries()])
            return
        text, title = (sql, "query") if sql else (load_query(name).sql, name)
        with _open_read_only() as con:
            table = run_query(con, text, _params(param))
        _emit(table, fmt, out, title)
    except QueryError as exc:
        raise fail(str(exc)) from None


export_app = typer.Typer(help="Export outputs for other systems (e.g. a CRM).", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("campaign")
def export_campaign(
    name: str = typer.Argument(None, help="Campaign name: export its send list (treated members only)"),
    date: str = typer.Option(None, "--date", help="Without a campaign: every ready message of this "
                                                  "snapshot, YYYY-MM-DD (no holdout, nothing measurable)"),
    out: Path = typer.Option(..., "--out", help="Output file: .csv, .json or .parquet"),
) -> None:
    """Export a campaign's send list for the CRM (never a control member; recorded in
    ops.campaign_exports), or with --date all ready messages of a snapshot."""
    if name:
        from shopcopy.campaigns import CampaignError
        from shopcopy.campaigns import export_campaign as export

        try:
            with warehouse.connect(settings().warehouse, wait_s=5) as con:
                report = export(con, name, out)
        except (CampaignError, warehouse.WarehouseBusyError, QueryError) as exc:
            raise fail(str(exc)) from None
        console.print(report.summary(), soft_wrap=True)
        return
    if not date:
        raise fail("name a campaign (shopcopy export campaign NAME --out F) or give --date")
    fmt = out.suffix.lstrip(".").lower()
    try:
        with _open_read_only() as con:
            table = run_query(con, load_query("campaign_export").sql, {"date": date})
        write_table(table, fmt, out)
    except QueryError as exc:
        raise fail(str(exc)) from None
    console.print(f"Exported {table.num_rows} campaign message(s) for {date} to {out} (no holdout: "
                  "create a campaign with `shopcopy campaign create` to measure the uplift)")
