"""`shopcopy eval copy`: copy quality measured the same way every time.

A fixed, seeded sample shop (built once, cached as a DuckDB file) gives the items: the top
products x every audience segment x locale, and users stratified by segment and locale (the same
users get a message and an insight). They go through the real generation stage and gate with the
given endpoint(s), model(s) and prompt set, on a private copy of the shop, and the results are
summarised per task x locale into ops.copy_evals of the warehouse you point it at.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from shopcopy import warehouse
from shopcopy.clock import utc_naive
from shopcopy.generate import quality
from shopcopy.generate.engine import run_generation
from shopcopy.generate.work import WorkItem
from shopcopy.guardrails import gate_version
from shopcopy.settings import Settings
from shopcopy.tasks import TASKS

SHOP_END = date(2026, 6, 30)
SNAPSHOT = date(2026, 7, 1)
SHOP = dict(users=1200, products=60, days=365, end_date=SHOP_END, order_files="monthly")


@dataclass(frozen=True)
class EvalPlan:
    products: int = 2            # top products; each is described for every segment x locale
    users_per_locale: int = 6    # users (stratified by segment) per locale for messages and insights
    seed: int = 13
    tasks: tuple[str, ...] = tuple(TASKS)
    locales: tuple[str, ...] = ()  # only these locales (empty: all), e.g. to compare models on one


def sample_shop(cache_dir: Path, seed: int, settings: Settings) -> Path:
    """The evaluation shop for `seed`: built once (sample data -> ingest -> features -> demand
    -> recommendations) and reused; delete the file to rebuild it."""
    path = cache_dir / f"eval-shop-seed{seed}.duckdb"
    if path.is_file():
        return path
    from shopcopy.ingest.load import ingest_inbox
    from shopcopy.model import run_demand, run_features, run_recommendations
    from shopcopy.sample.data import generate

    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="shopcopy-eval-"))
    try:
        generate(tmp / "inbox", seed=seed, **SHOP)
        building = tmp / "shop.duckdb"
        with warehouse.connect(building) as con:
            report = ingest_inbox(con, tmp / "inbox", "eval-ingest")
            if report.rejected:
                raise RuntimeError(f"The evaluation shop did not load: {report.rejected}")
            run_features(con, SNAPSHOT)
            model_settings = settings.model_copy(update={"min_buyers": 100, "min_history_days": 180})
            run_demand(con, SNAPSHOT, "eval-demand", model_settings)
            run_recommendations(con, SNAPSHOT, "eval-recs", model_settings)
        shutil.move(building, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return path


def choose(work: dict[str, list[WorkItem]], plan: EvalPlan) -> dict[str, list[WorkItem]]:
    """Every description item of the top products; users stratified by segment and locale."""
    if plan.locales:
        work = {t: [i for i in items if i.inputs["locale"] in plan.locales] for t, items in work.items()}
    out = {t: items for t, items in work.items() if t == "product_descriptions"}
    user_tasks = [work[t] for t in ("recommendation_messages", "demand_insights") if t in work]
    eligible = set.intersection(*({i.key["user_id"] for i in items} for items in user_tasks)) if user_tasks else set()
    groups: dict[tuple, list[str]] = defaultdict(list)
    for i in (user_tasks[0] if user_tasks else []):
        if i.key["user_id"] in eligible:  # users with every user task evaluated
            groups[(i.inputs["locale"], i.inputs["segment"])].append(i.key["user_id"])
    rng = random.Random(plan.seed)
    chosen: list[str] = []
    for locale in sorted({loc for loc, _ in groups}):
        pools = [sorted(groups[k]) for k in sorted(groups) if k[0] == locale]
        for pool in pools:
            rng.shuffle(pool)
        picked = []
        while len(picked) < plan.users_per_locale and any(pools):
            for pool in pools:  # round-robin over segments
                if pool and len(picked) < plan.users_per_locale:
                    picked.append(pool.pop())
        chosen += picked
    keep = set(chosen)
    for task in ("recommendation_messages", "demand_insights"):
        if task in work:
            out[task] = [i for i in work[task] if i.key["user_id"] in keep]
    return out


def _rows(con: duckdb.DuckDBPyConnection, task: str, run_id: str) -> list[dict]:
    cur = con.execute(f"select * from {TASKS[task].table} where run_id = ?", [run_id])  # noqa: S608
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _calls(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, dict]:
    """Calls, tokens and latency per input hash."""
    cur = con.execute("select input_hash, count(*) filter (where outcome <> 'budget'), "
                      "sum(tokens_in + tokens_out), sum(latency_ms) from ops.llm_calls "
                      "where run_id = ? group by 1", [run_id])
    return {h: {"calls": c, "tokens": t or 0, "ms": ms or 0} for h, c, t, ms in cur.fetchall()}


def summarise(con, run_id: str, items: dict[tuple, int], candidates: int) -> list[dict]:
    """One result row per task x locale from the stored texts and calls of an evaluation run."""
    calls, out = _calls(con, run_id), []
    for task in TASKS:
        rows = _rows(con, task, run_id)
        for locale in sorted({loc for t, loc in items if t == task}):
            mine = [r for r in rows if r["locale"] == locale]
            n = items[(task, locale)]
            texts = [(r, json.loads(r["inputs"]), {f: r[f] for f in TASKS[task].fields}) for r in mine]
            status = Counter(r["status"] for r in mine)
            pub = [(r, i, o) for r, i, o in texts if r["status"] == "published"]
            right = [x for x in pub if quality.in_language(locale, quality.text_of(task, x[2]), x[1])]
            spent = [calls.get(r["input_hash"], {"calls": 0, "tokens": 0, "ms": 0}) for r in mine]
            n_calls, tokens, ms = (sum(c[k] for c in spent) for k in ("calls", "tokens", "ms"))
            checks = Counter(f.get("check") for r in mine for f in json.loads(r["guardrail_failures"] or "[]"))
            models = sorted({r["model"] for r in mine}) or ["-"]
            prompts = sorted({(r["prompt_name"], r["prompt_version"]) for r in mine}) or [("-", "-")]
            out.append({
                "task": task, "locale": locale, "model": ", ".join(models),
                "prompt_name": ", ".join(p for p, _ in prompts), "prompt_version": ", ".join(v for _, v in prompts),
                "candidates": candidates, "gate": gate_version(), "items": n,
                "published_share": len(pub) / n if n else 0.0,
                "needs_review_share": status["needs_review"] / n if n else 0.0,
                "rejected_share": status["rejected"] / n if n else 0.0,
                "failed_share": (n - len(mine)) / n if n else 0.0,
                "in_language_share": len(right) / len(pub) if pub else None,
                "facts_only_share": (sum(bool(json.loads(r["selection"] or "{}").get("facts_only")) for r, _, _ in pub)
                                     / len(pub) if pub else None),
                "calls": n_calls, "tokens": tokens,
                "calls_per_published": n_calls / len(pub) if pub else None,
                "tokens_per_published": tokens / len(pub) if pub else None,
                "latency_ms_per_call": ms / n_calls if n_calls else None,
                "seconds": ms / 1000, "published_per_minute": len(right) / (ms / 60000) if ms else None,
                "fact_coverage": _mean(quality.fact_coverage(task, o, i) for _, i, o in texts),
                "distinct_segments": _distinct_segments(task, texts),
                "distinct_users": _distinct_users(task, texts),
                "repetition": _mean(quality.repetition(quality.text_of(task, o)) for _, _, o in texts),
                "top_checks": json.dumps([{"check": c, "count": k} for c, k in checks.most_common(5)]),
            })
    return out


def _mean(values) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def _distinct_segments(task: str, texts: list) -> float | None:
    """Descriptions: mean over products of the distinctness of that product's texts across segments."""
    if task != "product_descriptions":
        return None
    by_product = defaultdict(list)
    for r, i, o in texts:
        by_product[r["product_id"]].append(quality.masked(quality.text_of(task, o), i))
    return _mean(d for d in (quality.distinctness(v) for v in by_product.values()) if d is not None)


def _distinct_users(task: str, texts: list) -> float | None:
    if task == "product_descriptions":
        return None
    return quality.distinctness([quality.masked(quality.text_of(task, o), i) for _, i, o in texts])


def store_results(con, eval_id: str, results: list[dict]) -> None:
    rows = [{"eval_id": eval_id, "created_at": utc_naive(), **r} for r in results]
    con.register("copy_eval_batch", pa.Table.from_pylist(rows))
    try:
        warehouse.run_sql(con, "generate/insert_copy_evals")
    finally:
        con.unregister("copy_eval_batch")


def run_copy_eval(results_con, settings: Settings, plan: EvalPlan, *, clients: dict,
                  cache_dir: Path, progress=None, keep: Path | None = None) -> tuple[str, list[dict]]:
    """Generate the plan's items on a private copy of the evaluation shop and store the summary
    in `results_con` (ops.copy_evals). Returns the eval id and the rows. `keep` saves that copy
    (every text, its selection and its calls) for reading."""
    shop = sample_shop(cache_dir, plan.seed, settings)
    eval_id = f"copy-eval-{uuid.uuid4().hex[:10]}"
    run_settings = settings.model_copy(update={
        "llm_top_products": plan.products, "llm_messages_per_run": 100_000,
        "llm_max_calls": settings.llm_max_calls, "llm_max_tokens": settings.llm_max_tokens})
    counted: dict[tuple, int] = {}

    def select(work):
        chosen = choose(work, plan)
        for task, items in chosen.items():
            for i in items:
                counted[(task, i.inputs["locale"])] = counted.get((task, i.inputs["locale"]), 0) + 1
        return chosen

    with tempfile.TemporaryDirectory(prefix="shopcopy-eval-run-") as tmp:
        path = Path(tmp) / "run.duckdb"
        shutil.copy(shop, path)
        with warehouse.connect(path) as con:
            run_generation(con, SNAPSHOT, eval_id, run_settings, clients=clients, force=True,
                           tasks=list(plan.tasks), progress=progress, select=select)
            results = summarise(con, eval_id, counted, max(settings.llm_candidates, 1))
        if keep is not None:
            shutil.copy(path, keep)
    store_results(results_con, eval_id, results)
    return eval_id, results
