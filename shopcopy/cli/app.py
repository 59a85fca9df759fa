"""The `shopcopy` Typer app and the helpers its command modules share."""

from __future__ import annotations

import logging
import uuid

import typer
from rich.console import Console
from rich.table import Table

from shopcopy.settings import Settings, get_settings

app = typer.Typer(
    no_args_is_help=True, add_completion=False,
    help="shopcopy: nightly, guardrailed LLM marketing copy on a DuckDB warehouse.",
)
console = Console()
err_console = Console(stderr=True)


def settings() -> Settings:
    return get_settings()


def new_run_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(message)s")


def print_rows(title: str, columns: list[str], rows: list[tuple]) -> None:
    table = Table(title=title)
    # The first column is the key a person copies into the next command (an output_id, a file):
    # never shorten it, however narrow the terminal.
    key_width = max((len(str(r[0])) for r in rows if r and r[0] is not None), default=0)
    for i, c in enumerate(columns):
        table.add_column(c, min_width=min(key_width, 40) if i == 0 else None, overflow="fold")
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    console.print(table)


def fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)
