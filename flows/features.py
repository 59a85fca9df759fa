"""Prefect wiring for the modelling stages: features, demand prediction, recommendations and
their offline evaluation. Logic lives in shopcopy.model."""

from __future__ import annotations

from datetime import date

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows.common import run_id_for, stage_connection
from shopcopy.model import (
    DemandResult,
    Evaluation,
    run_demand,
    run_evaluation,
    run_features,
    run_recommendations,
)
from shopcopy.settings import get_settings


@task(name="build-features", tags=["warehouse-writer"], retries=1, retry_delay_seconds=10)
def features_task(snapshot_date: date) -> int:
    """Rerun-safe: replaces the snapshot's rows in one transaction."""
    with stage_connection() as con:
        rows = run_features(con, snapshot_date)
    get_run_logger().info("features.user_features: %d users for %s", rows, snapshot_date)
    return rows


@task(name="predict-demand", tags=["warehouse-writer"])
def demand_task(snapshot_date: date, run_id: str) -> DemandResult:
    """No retries: an InsufficientDataError will not fix itself on a second try."""
    with stage_connection() as con:
        result = run_demand(con, snapshot_date, run_id, get_settings())
    logger = get_run_logger()
    logger.info("predictions.user_demand: %d rows, model %s trained on %s",
                result.rows, result.model_version, result.train_snapshot)
    if result.low_confidence:
        logger.warning("Demand flagged low confidence: %s", "; ".join(result.reasons))
    return result


@task(name="recommend", tags=["warehouse-writer"], retries=1, retry_delay_seconds=10)
def recommend_task(snapshot_date: date, run_id: str) -> int:
    with stage_connection() as con:
        rows = run_recommendations(con, snapshot_date, run_id, get_settings())
    get_run_logger().info("recs.user_recommendations: %d rows for %s", rows, snapshot_date)
    return rows


@task(name="evaluate-models", tags=["warehouse-writer"])
def evaluate_task(snapshot_date: date, run_id: str) -> list[Evaluation]:
    with stage_connection() as con:
        evals = run_evaluation(con, snapshot_date, run_id, get_settings())
    create_table_artifact(
        key="model-evaluations",
        table=[{"what": e.what, "metric": e.metric, "model": _fmt(e.value),
                "baseline": e.baseline, "baseline_value": _fmt(e.baseline_value)} for e in evals],
        description=f"Backtest on the 30 days before {snapshot_date}: model vs baseline",
    )
    return evals


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.4f}"


@flow(name="features", log_prints=True)
def features_flow(snapshot_date: date | None = None, run_id: str | None = None) -> dict:
    """Features, then demand and recommendations (both read only staging.*), then evaluation."""
    snapshot = snapshot_date or get_settings().today()
    run_id = run_id or run_id_for("features")
    users = features_task(snapshot)
    result = demand_task(snapshot, run_id)
    recs = recommend_task(snapshot, run_id)
    evals = evaluate_task(snapshot, run_id)
    create_markdown_artifact(
        key="features-summary",
        markdown=(f"**Snapshot {snapshot}**: {users} users featured, {result.rows} demand "
                  f"predictions (model `{result.model_version}`"
                  f"{', low confidence' if result.low_confidence else ''}), {recs} recommendations."),
    )
    return {"users": users, "demand_rows": result.rows, "model_version": result.model_version,
            "low_confidence": result.low_confidence, "recommendations": recs,
            "evaluations": {f"{e.what}.{e.metric}": e.value for e in evals}}
