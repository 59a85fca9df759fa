"""Benchmark: the old single-shot chat prompt (v1, one candidate) vs prompt set v2 (the model
writes the whole text) vs prompt set v3 (composed text, the model writes one sentence), both in
the model's form with best-of-n, per locale and per embedded model, side by side.

Each configuration runs `shopcopy eval copy`'s seeded sample through the real stage and gate
(results also land in ops.copy_evals of --results). Small by default: a 2-core laptop needs
about 1-3 s per call when idle.

    .venv/bin/python benchmarks/bench_copy.py [--products 1] [--users 3] [--models smollm2-135m,gemma3-270m]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shopcopy import warehouse  # noqa: E402
from shopcopy.generate.copy_eval import EvalPlan, run_copy_eval  # noqa: E402
from shopcopy.llm.client import LLMClient  # noqa: E402
from shopcopy.llm.models import MODELS  # noqa: E402
from shopcopy.llm.server import _embedded_endpoint, embedded_server  # noqa: E402
from shopcopy.settings import get_settings  # noqa: E402

CONFIGS = {"old: v1 chat, 1 candidate": dict(llm_prompt_set="v1", llm_candidates=1),
           "v2: whole text, best-of-n": dict(llm_prompt_set="v2"),
           "v3: slots, best-of-n": dict(llm_prompt_set="v3")}


def _f(v, pct=False) -> str:
    if v is None:
        return "-"
    return f"{100 * v:.0f}%" if pct else f"{v:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=1)
    ap.add_argument("--users", type=int, default=3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--results", type=Path, default=None, help="warehouse for ops.copy_evals (default: a temp file)")
    ap.add_argument("--cache-dir", type=Path, default=Path("data/eval"))
    args = ap.parse_args()
    plan = EvalPlan(products=args.products, users_per_locale=args.users, seed=args.seed)
    results_path = args.results or Path(tempfile.mkdtemp(prefix="bench-copy-")) / "results.duckdb"
    table = []
    with warehouse.connect(results_path) as con:
        for key in args.models.split(","):
            base = get_settings(llm_base_url=None)
            with embedded_server(base, model_key=key) as url:
                for label, overrides in CONFIGS.items():
                    s = get_settings(llm_base_url=None, **overrides)
                    client = LLMClient(_embedded_endpoint(url, key, s), s)
                    _, rows = run_copy_eval(con, s, plan, clients={"*": client}, cache_dir=args.cache_dir)
                    table += [(key, label, r) for r in rows]
    print(f"{'model':14} {'strategy':26} {'task':24} {'locale':6} {'pub':>5} {'in lang':>7} "
          f"{'calls/pub':>9} {'distinct':>8} {'facts':>5} {'pub/min':>7}")
    for key, label, r in sorted(table, key=lambda x: (x[2]["locale"], x[2]["task"], x[0], x[1])):
        distinct = r["distinct_segments"] if r["task"] == "product_descriptions" else r["distinct_users"]
        print(f"{key:14} {label:26} {r['task']:24} {r['locale']:6} {_f(r['published_share'], True):>5} "
              f"{_f(r['in_language_share'], True):>7} {_f(r['calls_per_published']):>9} {_f(distinct):>8} "
              f"{_f(r['fact_coverage']):>5} {_f(r['published_per_minute']):>7}")
    print(f"results: {results_path} (ops.copy_evals)")


if __name__ == "__main__":
    main()
