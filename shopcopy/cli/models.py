"""`shopcopy features`, `shopcopy predict` (demand + recommendations) and `shopcopy evaluate`."""

from __future__ import annotations

from datetime import date

import typer

from shopcopy import warehouse
from shopcopy.cli.app import app, console, fail, new_run_id, print_rows, settings


def _snapshot(value: str | None) -> date:
    try:
        return date.fromisoformat(value) if value else settings().today()
    except ValueError:
        raise fail(f"--date must be YYYY-MM-DD, got {value!r}") from None


def _connect():
    try:
        return warehouse.connect(settings().warehouse)
    except warehouse.WarehouseBusyError as exc:
        raise fail(str(exc)) from None


DATE_HELP = "Snapshot date YYYY-MM-DD: only orders before it are used (default: today)"


@app.command()
def features(date_: str = typer.Option(None, "--date", help=DATE_HELP)) -> None:
    """Compute per-user features into features.user_features (replaces that date's rows)."""
    from shopcopy.model import run_features

    snapshot = _snapshot(date_)
    with _connect() as con:
        rows = run_features(con, snapshot)
        segments = con.execute("select segment_label, count(*) from features.user_features "
                               "where snapshot_date = ? group by 1 order by 2 desc",
                               [snapshot]).fetchall()
    console.print(f"features.user_features: {rows} users for {snapshot}")
    print_rows("Segments", ["segment", "users"], segments)


@app.command()
def predict(date_: str = typer.Option(None, "--date", help=DATE_HELP)) -> None:
    """Predict 30-day demand and pick recommendations for the snapshot."""
    from shopcopy.model import InsufficientDataError, run_demand, run_recommendations

    snapshot, cfg, run_id = _snapshot(date_), settings(), new_run_id("predict")
    with _connect() as con:
        try:
            result = run_demand(con, snapshot, run_id, cfg)
        except InsufficientDataError as exc:
            raise fail(str(exc)) from None
        recs = run_recommendations(con, snapshot, run_id, cfg)
    console.print(f"predictions.user_demand: {result.rows} users, model {result.model_version} "
                  f"(trained on {result.train_snapshot}, {result.train_buyers} buyers)")
    if result.low_confidence:
        console.print(f"[yellow]low confidence:[/] {'; '.join(result.reasons)}")
    console.print(f"recs.user_recommendations: {recs} rows")


@app.command()
def evaluate(date_: str = typer.Option(None, "--date", help=DATE_HELP)) -> None:
    """Backtest the models on the 30 days before the snapshot, against baselines."""
    from shopcopy.model import InsufficientDataError, run_evaluation

    snapshot = _snapshot(date_)
    with _connect() as con:
        try:
            evals = run_evaluation(con, snapshot, new_run_id("evaluate"), settings())
        except InsufficientDataError as exc:
            raise fail(str(exc)) from None
    fmt = lambda v: "n/a" if v is None else f"{v:.4f}"  # noqa: E731
    print_rows(f"Model evaluation (backtest before {snapshot})",
               ["what", "metric", "model", "baseline", "baseline value", "model - baseline"],
               [(e.what, e.metric, fmt(e.value), e.baseline, fmt(e.baseline_value), fmt(e.lift))
                for e in evals])
    for e in evals:
        if e.metric == "skipped":
            console.print(f"[yellow]{e.what} not evaluated:[/] {e.details['reason']}")
