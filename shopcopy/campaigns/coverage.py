"""Checking the campaign statistics by simulation: planted effects, many seeds, how often the
intervals cover the truth and how often no effect is called significant.

Used by tests/campaigns/test_stats.py and `benchmarks/campaign_coverage.py` (the README figures).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from shopcopy.campaigns.stats import ArmData, compare_arms

ORDER_VALUE_MU, ORDER_VALUE_SIGMA, EXTRA_ORDERS = math.log(55), 0.8, 0.2
# Expected revenue of one converted member: E[lognormal order value] x E[orders | converted].
REVENUE_PER_CONVERSION = math.exp(ORDER_VALUE_MU + ORDER_VALUE_SIGMA**2 / 2) * (1 + EXTRA_ORDERS)


def simulate_arms(seed: int, members: int, holdout: float, effects: dict[str, float],
                  base_rate: float = 0.06) -> list[ArmData]:
    """One campaign's members: heterogeneous baseline conversion (Beta with mean `base_rate`),
    additive planted effects per variant, revenue = lognormal order values over
    1 + Poisson(0.2) orders for converters. Arms drawn with the holdout share, variants even."""
    rng = np.random.default_rng(seed)
    names = ["control", *effects]
    k = len(effects)
    arm = rng.choice(k + 1, members, p=[holdout] + [(1 - holdout) / k] * k)
    p0 = rng.beta(base_rate * 20, (1 - base_rate) * 20, members)
    converted = rng.random(members) < p0 + np.array([0.0, *effects.values()])[arm]
    orders = np.where(converted, 1 + rng.poisson(EXTRA_ORDERS, members), 0)
    values = rng.lognormal(ORDER_VALUE_MU, ORDER_VALUE_SIGMA, (members, 8))
    revenue = np.where(np.arange(8)[None, :] < np.minimum(orders, 8)[:, None], values, 0).sum(1)
    return [ArmData(names[j], converted[arm == j], revenue[arm == j]) for j in range(k + 1)]


@dataclass(frozen=True)
class CoverageResult:
    members: int
    holdout: float
    planted: dict[str, float]
    seeds: int
    mean_estimate: dict[str, float]
    conversion_coverage: dict[str, float]
    revenue_coverage: dict[str, float]
    significant: dict[str, float]        # share of seeds with Holm-adjusted p < alpha
    any_false_positive: float            # share of seeds where some zero-effect arm was significant


def check_coverage(members: int, holdout: float, planted: dict[str, float], seeds: int = 200,
                   first_seed: int = 0, alpha: float = 0.05) -> CoverageResult:
    est = {a: [] for a in planted}
    conv = dict.fromkeys(planted, 0)
    rev = dict.fromkeys(planted, 0)
    sig = dict.fromkeys(planted, 0)
    false = 0
    for s in range(first_seed, first_seed + seeds):
        rows = compare_arms(simulate_arms(s, members, holdout, planted), alpha=alpha)
        flagged = False
        for r in rows:
            if r["compared_to"] != "control":
                continue
            a, truth = r["arm"], planted[r["arm"]]
            if r["metric"] == "conversion":
                est[a].append(r["estimate"])
                conv[a] += r["ci_low"] <= truth <= r["ci_high"]
                sig[a] += r["significant"]
                flagged |= truth == 0 and r["significant"]
            else:
                rev[a] += r["ci_low"] <= truth * REVENUE_PER_CONVERSION <= r["ci_high"]
        false += flagged
    return CoverageResult(
        members, holdout, planted, seeds,
        {a: float(np.mean(v)) for a, v in est.items()},
        {a: v / seeds for a, v in conv.items()}, {a: v / seeds for a, v in rev.items()},
        {a: v / seeds for a, v in sig.items()}, false / seeds)
