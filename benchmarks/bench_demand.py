"""Benchmark: demand you can plan with (issue 16), two parts.

accuracy  On seeded sample shops with planted seasonality (±20 % a year, weekly cycle), for each
          seed x snapshot date: the 30-day expected-order total that the demand stage predicts
          (recipe chosen by backtest, then fitted as of the snapshot) against the orders that
          followed, with AUC and calibration error (ECE over deciles) next to the constant base
          rate; side by side with the model before issue 16 (recent windows, no calibration).
timing    The whole model stage for a 100k-user shop in a real warehouse: features, demand
          (recipe choice, fit, predict, CLV), recommendations, evaluation; wall and CPU time
          per step.

    python benchmarks/bench_demand.py accuracy [--users 3000] [--seeds 1,2,3,4] [--days 1000]
    python benchmarks/bench_demand.py timing [--users 100000] [--days 730]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from demand_shops import cutoffs, shop_frames  # noqa: E402

from shopcopy.model import backtest, demand, evaluate, training  # noqa: E402

END = date(2026, 6, 30)
MONTHS = [1, 3, 5, 7, 9, 11]


def score(lines: pl.DataFrame, model: demand.DemandModel, preds: pl.DataFrame, snapshot: date) -> dict:
    truth = training.outcomes(lines, snapshot)
    j = preds.join(truth, on="user_id", how="left").with_columns(pl.col("orders").fill_null(0))
    last = (training.outcomes(lines, snapshot - timedelta(days=30)).select("user_id", last="orders"))
    j = j.join(last, on="user_id", how="left").with_columns(pl.col("last").fill_null(0))
    y, p = (j["orders"] > 0).to_numpy(), j["p_purchase_30d"].to_numpy()
    pred, actual = float(j["expected_orders_30d"].sum()), int(j["orders"].sum())
    return {"predicted": round(pred, 1), "actual": actual, "error_pct": round(100 * (pred / actual - 1), 2),
            "auc": evaluate.auc(y, p), "ece": evaluate.calibration(y, p)[0],
            # Two constants: the training windows' buyer share (the evaluation's baseline), and
            # the share who bought in the 30 days before the snapshot (a stronger one).
            "ece_train_rate": abs(model.train_buyers / model.train_rows - float(y.mean())),
            "ece_last30_rate": abs(float((j["last"] > 0).mean()) - float(y.mean())),
            "ece_noise_floor": evaluate.ece_noise_floor(p)}


def accuracy(args) -> None:
    rows = []
    for seed in [int(s) for s in args.seeds.split(",")]:
        lines, customers = shop_frames(users=args.users, products=120, days=args.days, seed=seed,
                                       end_date=END)
        for snap in cutoffs(END, MONTHS):
            t0 = time.process_time()
            recipe, _ = backtest.choose_recipe(lines, customers, snap)
            model = demand.fit_demand(lines, customers, snap, recipe=recipe)
            new = score(lines, model, demand.predict_demand(model, lines, customers, snap), snap)
            cpu = time.process_time() - t0
            old_model = demand.fit_demand(lines, customers, snap, recipe=demand.RECENT)
            old = score(lines, old_model, demand.predict_demand(old_model, lines, customers, snap), snap)
            rows.append({"seed": seed, "snapshot": snap, "recipe": recipe.name,
                         "season_factor": round(model.calibration.season_factor, 3) if model.calibration else None,
                         **{f"new_{k}": v for k, v in new.items()},
                         **{f"old_{k}": v for k, v in old.items() if k != "actual"}, "cpu_s": round(cpu, 1)})
            print({k: (round(v, 4) if isinstance(v, float) else v) for k, v in rows[-1].items()}, flush=True)
    df = pl.DataFrame(rows)
    pl.Config.set_tbl_rows(100)
    pl.Config.set_tbl_cols(20)
    print(df.select("seed", "snapshot", "recipe", "new_actual", "new_predicted", "new_error_pct",
                    "old_error_pct", "new_auc", "old_auc", "new_ece", "old_ece", "new_ece_train_rate",
                    "new_ece_last30_rate"))
    summary = {}
    for side in ("new", "old"):
        e = df[f"{side}_error_pct"]
        summary[side] = {"mean signed error %": round(e.mean(), 2), "mean abs error %": round(e.abs().mean(), 2),
                         "sd %": round(e.std(), 2), "min %": e.min(), "max %": e.max(),
                         "within ±10 %": f"{int((e.abs() <= 10).sum())}/{len(e)}",
                         "within ±5 %": f"{int((e.abs() <= 5).sum())}/{len(e)}",
                         "AUC": round(df[f"{side}_auc"].mean(), 4), "ECE": round(df[f"{side}_ece"].mean(), 4),
                         "ECE train base rate": round(df[f"{side}_ece_train_rate"].mean(), 4),
                         "ECE last-30d base rate": round(df[f"{side}_ece_last30_rate"].mean(), 4),
                         "ECE noise floor": round(df[f"{side}_ece_noise_floor"].mean(), 4)}
    print(f"\n{len(df)} cases ({args.users} users, {args.days} days of history), 30-day horizon")
    print(f"{'':26}{'issue 16':>14}{'before':>14}")
    for k in summary["new"]:
        print(f"{k:26}{summary['new'][k]!s:>14}{summary['old'][k]!s:>14}")
    print("recipes chosen:", dict(df["recipe"].value_counts().iter_rows()))
    print("CPU per case (choice + fit + predict), s: mean", round(df["cpu_s"].mean(), 1))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def timing(args) -> None:
    from shopcopy import warehouse
    from shopcopy.ingest.load import ingest_inbox
    from shopcopy.model import run_demand, run_evaluation, run_features, run_recommendations
    from shopcopy.sample.data import generate
    from shopcopy.settings import get_settings

    snap = END + timedelta(days=1)
    cfg = get_settings(min_buyers=0, min_history_days=0)
    with tempfile.TemporaryDirectory() as tmp:
        t, c = time.perf_counter(), _cpu()
        s = generate(Path(tmp) / "inbox", users=args.users, products=300, days=args.days, seed=5,
                     end_date=END, order_files="monthly")
        with warehouse.connect(Path(tmp) / "wh.duckdb") as con:
            ingest_inbox(con, Path(tmp) / "inbox", "bench")
            print(f"shop: {s.users} users, {s.orders} orders, {s.order_lines} lines "
                  f"(generated and ingested in {time.perf_counter() - t:.0f} s)", flush=True)
            steps = [("features", lambda: run_features(con, snap)),
                     ("demand", lambda: run_demand(con, snap, "bench", cfg)),
                     ("recommendations", lambda: run_recommendations(con, snap, "bench", cfg)),
                     ("evaluation", lambda: run_evaluation(con, snap, "bench", cfg))]
            total_w = total_c = 0.0
            for name, step in steps:
                t, c = time.perf_counter(), _cpu()
                out = step()
                w, cpu = time.perf_counter() - t, _cpu() - c
                total_w, total_c = total_w + w, total_c + cpu
                extra = f" recipe {out.recipe}" if name == "demand" else ""
                print(f"{name:16} wall {w:7.1f} s   cpu {cpu:7.1f} s{extra}", flush=True)
            print(f"{'whole stage':16} wall {total_w:7.1f} s   cpu {total_c:7.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("part", choices=["accuracy", "timing"])
    ap.add_argument("--users", type=int)
    ap.add_argument("--seeds", default="1,2,3,4")
    ap.add_argument("--days", type=int)
    args = ap.parse_args()
    if args.part == "accuracy":
        args.users, args.days = args.users or 3000, args.days or 1000
        accuracy(args)
    else:
        args.users, args.days = args.users or 100_000, args.days or 730
        timing(args)
    np.seterr(all="ignore")


if __name__ == "__main__":
    main()
