"""Prefect wiring for the modelling stages: features, demand prediction, recommendations and
their offline evaluation. Logic lives in shopcopy.model."""

from __future__ import annotations

from datetime import date

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from flows.common import run_id_for, run_name, stage_connection
from shopcopy.model import (
    DemandResult,
    run_demand_or_skip,
    run_evaluation,
    run_features,
    run_recommendations,
)
from shopcopy.model.features import set_aside_note
from shopcopy.report.nightly import rows
from shopcopy.settings import get_settings


@task(name="build-features", tags=["warehouse-writer"], retries=1, retry_delay_seconds=10)
def features_task(snapshot_date: date) -> int:
    """Rerun-safe: replaces the snapshot's rows in one transaction."""
    with stage_connection() as con:
        rows_ = run_features(con, snapshot_date)
        note = set_aside_note(con) if not rows_ else None
    get_run_logger().info("features.user_features: %d users for %s", rows_, snapshot_date)
    if note:
        get_run_logger().warning("No users with features: %s", note)
    return rows_


@task(name="predict-demand", tags=["warehouse-writer"])
def demand_task(snapshot_date: date, run_id: str) -> tuple[DemandResult | None, str | None]:
    """No retries: too little history will not fix itself on a second try. Too little history is
    a normal night for a young shop: no predictions, the reason in the report, the run goes on."""
    with stage_connection() as con:
        result, skipped = run_demand_or_skip(con, snapshot_date, run_id, get_settings())
    logger = get_run_logger()
    if skipped:
        logger.warning("No demand predictions for %s: %s", snapshot_date, skipped)
        return None, skipped
    logger.info("predictions.user_demand: %d rows, model %s (%s) trained on %s",
                result.rows, result.model_version, result.recipe, result.train_snapshot)
    if result.low_confidence:
        logger.warning("Demand flagged low confidence: %s", "; ".join(result.reasons + result.warnings))
    return result, None


@task(name="recommend", tags=["warehouse-writer"], retries=1, retry_delay_seconds=10)
def recommend_task(snapshot_date: date, run_id: str) -> int:
    with stage_connection() as con:
        rows_ = run_recommendations(con, snapshot_date, run_id, get_settings())
    get_run_logger().info("recs.user_recommendations: %d rows for %s", rows_, snapshot_date)
    return rows_


@task(name="evaluate-models", tags=["warehouse-writer"])
def evaluate_task(snapshot_date: date, run_id: str, prediction_skipped: str | None) -> list[dict]:
    """Backtests, stored in ops.model_evaluations; the artifact reads them back with the report's
    own query (rounded, one shape), and is written here only."""
    with stage_connection() as con:
        run_evaluation(con, snapshot_date, run_id, get_settings(), prediction_skipped=prediction_skipped)
        evals = rows(con, "evaluations", {"snapshot_date": snapshot_date})
    for e in evals:
        if e["note"] or e["warning"]:
            get_run_logger().warning("%s %s: %s", e["what"], e["metric"].replace("_", " "),
                                     e["note"] or f"vs {e['baseline']}: {e['warning']}")
    create_table_artifact(
        key="model-evaluations", table=evals,
        description=f"Backtest on the 30 days before {snapshot_date}: model vs baseline "
                    "(metric 'skipped': too little history, reason in note; warning: the model "
                    "does not beat that baseline, its predictions are marked low-confidence)")
    return evals


@flow(name="features", flow_run_name=run_name("features"), log_prints=True)
def features_flow(snapshot_date: date | None = None) -> dict:
    """Features, then demand and recommendations (both read only staging.*), then evaluation.

    Args:
        snapshot_date: The shop day to model (YYYY-MM-DD): only orders before it are used.
            None means today in SHOPCOPY_TIMEZONE.
    """
    snapshot = snapshot_date or get_settings().today()
    run_id = run_id_for("features")
    users = features_task(snapshot)
    result, skipped = demand_task(snapshot, run_id)
    recs = recommend_task(snapshot, run_id)
    evals = evaluate_task(snapshot, run_id, skipped)
    return {"users": users, "demand_rows": result.rows if result else 0,
            "model_version": result.model_version if result else None,
            "low_confidence": bool(result and result.low_confidence), "prediction_skipped": skipped,
            "recommendations": recs, "evaluations": {f"{e['what']}.{e['metric']}": e["value"] for e in evals}}
