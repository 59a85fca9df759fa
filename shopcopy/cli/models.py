"""`shopcopy features`, `shopcopy predict` (demand + recommendations, or one with --only) and
`shopcopy evaluate`."""

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
    from shopcopy.model.features import set_aside_note

    snapshot = _snapshot(date_)
    with _connect() as con:
        rows = run_features(con, snapshot)
        segments = con.execute("select segment_label, count(*) from features.user_features "
                               "where snapshot_date = ? group by 1 order by 2 desc",
                               [snapshot]).fetchall()
        note = set_aside_note(con) if not rows else None
    console.print(f"features.user_features: {rows} users for {snapshot}")
    if note:
        console.print(f"[yellow]No users:[/] {note}")
    print_rows("Segments", ["segment", "users"], segments)


ONLY_HELP = "Run one part: 'demand' (predictions.user_demand) or 'recs' (recs.user_recommendations)"


@app.command()
def predict(date_: str = typer.Option(None, "--date", help=DATE_HELP),
            only: str = typer.Option(None, "--only", help=ONLY_HELP)) -> None:
    """Predict 30-day demand and pick recommendations for the snapshot (or one, with --only)."""
    from shopcopy.model import InsufficientDataError, run_demand, run_recommendations

    if only not in (None, "demand", "recs"):
        raise fail(f"--only must be 'demand' or 'recs', got {only!r}")
    snapshot, cfg, run_id = _snapshot(date_), settings(), new_run_id("predict")
    with _connect() as con:
        if only != "recs":
            try:
                result = run_demand(con, snapshot, run_id, cfg)
            except InsufficientDataError as exc:
                raise fail(str(exc)) from None
            console.print(f"predictions.user_demand: {result.rows} users, model {result.model_version} "
                          f"({result.recipe}, trained on {result.train_snapshot}, "
                          f"{result.train_buyers} buyers)")
            if result.low_confidence:
                console.print(f"[yellow]low confidence:[/] {'; '.join(result.reasons + result.warnings)}")
        if only != "demand":
            recs = run_recommendations(con, snapshot, run_id, cfg)
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
    beats = {True: "yes", False: "NO", None: ""}
    print_rows(f"Model evaluation (backtest before {snapshot})",
               ["what", "metric", "model", "baseline", "baseline value", "model - baseline",
                "beats baseline"],
               [(e.what, e.metric, fmt(e.value), e.baseline, fmt(e.baseline_value), fmt(e.lift),
                 beats[e.beats_baseline]) for e in evals])
    for e in evals:
        if e.metric == "skipped":
            console.print(f"[yellow]{e.what} not evaluated:[/] {e.details['reason']}")
        elif e.metric == "total_orders_error" and e.baseline == "orders_last_30d":
            d = e.details
            console.print(f"30-day total ({d['recipe']}): predicted {d['predicted_total']:.0f} orders, "
                          f"actual {d['actual_total']} ({e.value:+.1%}); last 30 days' count "
                          f"{d['baseline_total']} ({e.baseline_value:+.1%})")
    for e in evals:
        if e.warning:
            console.print(f"[yellow]{e.what} {e.metric.replace('_', ' ')}:[/] {e.warning}")
    if any(e.warning for e in evals if e.what == "demand"):
        console.print("[yellow]The snapshot's demand predictions are marked low_confidence "
                      "(see predictions.user_demand.low_confidence_reason).[/]")
