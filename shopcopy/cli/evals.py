"""`shopcopy eval copy`: measure copy quality on a fixed, seeded sample (see
shopcopy.generate.copy_eval); results print as a table and land in ops.copy_evals."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from shopcopy import warehouse
from shopcopy.cli.app import console, fail, print_rows, settings
from shopcopy.cli.guard import eval_app  # one `shopcopy eval` group: guardrails and copy


def _pct(v) -> str:
    return "-" if v is None else f"{100 * v:.0f}%"


def _num(v, digits: int = 2) -> str:
    return "-" if v is None else f"{v:.{digits}f}"


def _progress(done: int, total: int) -> None:
    if done == total or done % 5 == 0:
        console.print(f"  {done}/{total} items")


@eval_app.command("copy")
def copy(
    products: int = typer.Option(2, help="Top products; each is described for every segment x locale."),
    users: int = typer.Option(6, help="Users per locale (stratified by segment) for messages and insights."),
    seed: int = typer.Option(13, help="Seed of the evaluation shop and of the user sample."),
    task: list[str] = typer.Option(None, "--task", help="Only these tasks (repeatable)."),
    locale: list[str] = typer.Option(None, "--locale", help="Only these locales (repeatable), e.g. en-US."),
    cache_dir: Path = typer.Option(Path("data/eval"), help="Where the evaluation shop is built once."),
    keep: Path = typer.Option(None, help="Save the run's warehouse (every text and call) to this file."),
) -> None:
    """Run a fixed sample through the real generation stage and gate; print per task x locale:
    published / needs_review / rejected, calls and tokens per published text, latency, fact
    coverage, distinctness, repetition and the top failing checks."""
    from shopcopy.generate.copy_eval import EvalPlan, run_copy_eval
    from shopcopy.llm.client import LLMClient
    from shopcopy.llm.server import LLMServerError, llm_endpoints
    from shopcopy.tasks import TASKS

    cfg = settings()
    tasks = tuple(task or TASKS)
    if unknown := set(tasks) - set(TASKS):
        raise fail(f"Unknown task(s) {sorted(unknown)}; choose from {sorted(TASKS)}")
    plan = EvalPlan(products=products, users_per_locale=users, seed=seed, tasks=tasks, locales=tuple(locale or ()))
    try:
        with llm_endpoints(cfg) as endpoints, warehouse.connect(cfg.warehouse) as con:
            by_url = {ep.base_url: LLMClient(ep, cfg) for ep in endpoints.values()}
            clients = {loc: by_url[ep.base_url] for loc, ep in endpoints.items()}
            console.print("Evaluating with " + ", ".join(f"{loc}: {c.model}" for loc, c in clients.items()))
            eval_id, results = run_copy_eval(con, cfg, plan, clients=clients, cache_dir=cache_dir,
                                             progress=_progress, keep=keep)
    except LLMServerError as exc:
        raise fail(str(exc)) from None
    # Metrics down, task x locale across: fits a terminal (18 metrics across did not).
    short = {"product_descriptions": "descr", "recommendation_messages": "message", "demand_insights": "insight"}
    cols = ["metric"] + [f"{short.get(r['task'], r['task'])} {r['locale']}" for r in results]
    metrics = [
        ("model", lambda r: r["model"]), ("prompt", lambda r: r["prompt_name"].split("/")[-1]),
        ("prompt version", lambda r: r["prompt_version"]), ("items", lambda r: str(r["items"])),
        ("published", lambda r: _pct(r["published_share"])), ("needs review", lambda r: _pct(r["needs_review_share"])),
        ("rejected", lambda r: _pct(r["rejected_share"])), ("failed (no text)", lambda r: _pct(r["failed_share"])),
        ("published in locale language", lambda r: _pct(r["in_language_share"])),
        ("published without the model's sentence", lambda r: _pct(r.get("facts_only_share"))),
        ("calls / published", lambda r: _num(r["calls_per_published"])),
        ("tokens / published", lambda r: _num(r["tokens_per_published"], 0)),
        ("ms / call", lambda r: _num(r["latency_ms_per_call"], 0)),
        ("published per minute", lambda r: _num(r["published_per_minute"])),
        ("fact coverage", lambda r: _num(r["fact_coverage"])),
        ("distinct across segments", lambda r: _num(r["distinct_segments"])),
        ("distinct across users", lambda r: _num(r["distinct_users"])),
        ("repetition", lambda r: _num(r["repetition"], 3)),
    ]
    rows = [(name, *(get(r) for r in results)) for name, get in metrics]
    for k in range(3):
        rows.append((f"top check {k + 1}", *(
            (lambda top: f"{top[k]['check']} {top[k]['count']}" if len(top) > k else "-")(json.loads(r["top_checks"]))
            for r in results)))
    print_rows(f"Copy evaluation {eval_id} (stored in ops.copy_evals)", cols, rows)
