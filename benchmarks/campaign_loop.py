"""The whole campaign loop on a sample shop, repeated over seeds of the simulated response:
sample data -> ingest -> features/demand/recs -> published messages (written directly; the LLM is
not measured here) -> campaign create -> export -> simulate responses -> ingest -> results.

Prints, per variant, the planted effect per assigned member, the mean estimate and how often the
95% interval covered the planted effect across seeds (each seed: a fresh copy of the exported
warehouse, its own simulated order files, the normal ingest, the normal attribution).

    .venv/bin/python benchmarks/campaign_loop.py [--users 3000] [--seeds 20] [--effect A=+3pp,B=+1pp]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from shopcopy import warehouse  # noqa: E402
from shopcopy.campaigns import (  # noqa: E402
    VariantSpec,
    create_campaign,
    export_campaign,
    parse_effects,
    run_campaign_results,
    simulate_responses,
)
from shopcopy.ingest.load import ingest_inbox  # noqa: E402
from shopcopy.sample.data import generate  # noqa: E402
from tests.campaigns.helpers import SEND_AT, SNAPSHOT, prepare_shop, publish_messages  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=3000)
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--holdout", type=float, default=0.2)
    ap.add_argument("--effect", default="A=+3pp,B=+1pp")
    args = ap.parse_args()
    effects = parse_effects(args.effect)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root / "inbox", users=args.users, products=200, days=365, seed=11,
                 end_date=date(2026, 6, 30), order_files="monthly")
        base = root / "exported.duckdb"
        with warehouse.connect(base) as con:
            ingest_inbox(con, root / "inbox", "bench-ingest")
            cfg = prepare_shop(con)
            published = publish_messages(con, cfg)
            plan = create_campaign(con, cfg, name="bench", snapshot_date=SNAPSHOT, send_at=SEND_AT,
                                   holdout=args.holdout, variants=[VariantSpec(a) for a in effects],
                                   run_id="campaign-bench")
            export_campaign(con, "bench", root / "send.csv")
        print(plan.summary())
        print(f"({published} published messages, set-up {time.perf_counter() - started:.0f}s)")
        est = {a: [] for a in effects}
        covered = dict.fromkeys(effects, 0)
        truth = {}
        for seed in range(args.seeds):
            path = root / f"seed{seed}.duckdb"
            shutil.copy(base, path)
            with warehouse.connect(path) as con:
                sim = simulate_responses(con, "bench", effects, root / f"inbox{seed}", seed=seed)
                ingest_inbox(con, root / f"inbox{seed}", f"bench-{seed}")
                r = run_campaign_results(con, "bench")
            truth = sim.planted_itt
            if seed == 0:
                for c in r.comparisons:
                    if c["metric"] == "conversion":
                        print(f"seed 0: {c['arm']} vs {c['compared_to']}: {100 * c['estimate']:+.2f}pp "
                              f"[{100 * c['ci_low']:+.2f}, {100 * c['ci_high']:+.2f}] p(Holm) {c['p_adjusted']:.4f}")
            for c in r.comparisons:
                if c["metric"] == "conversion" and c["compared_to"] == "control":
                    est[c["arm"]].append(c["estimate"])
                    covered[c["arm"]] += c["ci_low"] <= truth[c["arm"]] <= c["ci_high"]
            path.unlink()
        print(f"{'arm':>3} {'planted/assigned':>16} {'mean estimate':>13} {'covered':>9}")
        for a in effects:
            print(f"{a:>3} {100 * truth[a]:>+14.2f}pp {100 * sum(est[a]) / len(est[a]):>+11.2f}pp "
                  f"{covered[a]:>4}/{args.seeds}")
        print(f"({args.seeds} seeds in {time.perf_counter() - started:.0f}s)")


if __name__ == "__main__":
    main()
