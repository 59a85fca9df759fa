"""Model stage: point-in-time features (Polars), demand prediction, recommendations and their
offline evaluation. The flow and the CLI call the same `run_*` functions, in this order:
run_features -> run_demand -> run_recommendations -> run_evaluation."""

from shopcopy.model.demand import DemandResult, InsufficientDataError, run_demand
from shopcopy.model.evaluate import Evaluation, run_evaluation
from shopcopy.model.features import run_features
from shopcopy.model.recommend import run_recommendations
from shopcopy.model.stage import run_demand_or_skip

__all__ = [
    "DemandResult", "Evaluation", "InsufficientDataError", "run_demand", "run_evaluation",
    "run_demand_or_skip", "run_features", "run_recommendations",
]
