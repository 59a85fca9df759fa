"""Command-line interface: `shopcopy --help`. Each module registers its commands on `app`."""

from shopcopy.cli import campaign, data, llm, models, query, review, run, validate  # noqa: F401  (registers commands)
from shopcopy.cli.app import app


def main() -> None:
    app()
