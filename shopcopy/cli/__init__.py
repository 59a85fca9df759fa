"""Command-line interface: `shopcopy --help`. Each module registers its commands on `app`."""

from shopcopy.cli import (  # noqa: F401  (registers commands)
    campaign,
    data,
    evals,  # noqa: F401  (shopcopy eval copy, on guard's `eval` group)
    guard,
    llm,
    models,
    query,
    review,
    run,
    scale,  # noqa: F401  (shopcopy migrate)
    validate,
)
from shopcopy.cli.app import app


def main() -> None:
    app()
