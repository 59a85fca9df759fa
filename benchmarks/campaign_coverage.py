"""Campaign statistics by simulation: planted vs estimated uplift, interval coverage, false
positives, over many seeds (pure statistics, no warehouse). The README's figures come from here.

    .venv/bin/python benchmarks/campaign_coverage.py [--seeds 200]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from shopcopy.campaigns.coverage import check_coverage  # noqa: E402

SCENARIOS = [  # members, holdout, planted effect per variant
    (4000, 0.2, {"A": 0.03, "B": 0.01}),
    (4000, 0.2, {"A": 0.0, "B": 0.0}),
    (1000, 0.1, {"A": 0.03, "B": 0.01}),
    (600, 0.1, {"A": 0.05}),
    (20000, 0.1, {"A": 0.01}),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=200)
    args = ap.parse_args()
    gc.collect = lambda *a: 0  # statsmodels' Holm collects garbage on every call; not needed here
    print(f"{'members':>7} {'holdout':>7} {'arm':>3} {'planted':>8} {'mean est.':>9} "
          f"{'conv cover':>10} {'rev cover':>9} {'signif.':>7} {'FWER':>5}")
    for n, h, planted in SCENARIOS:
        t = time.perf_counter()
        r = check_coverage(n, h, planted, seeds=args.seeds)
        for arm, eff in planted.items():
            print(f"{n:>7} {h:>7.0%} {arm:>3} {100 * eff:>+7.2f}pp {100 * r.mean_estimate[arm]:>+8.2f}pp "
                  f"{r.conversion_coverage[arm]:>10.3f} {r.revenue_coverage[arm]:>9.3f} "
                  f"{r.significant[arm]:>7.3f} {r.any_false_positive:>5.3f}")
        print(f"        ({args.seeds} seeds, {time.perf_counter() - t:.1f}s)")


if __name__ == "__main__":
    main()
