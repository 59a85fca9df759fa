"""`shopcopy guard check|rejudge|vocabulary` and `shopcopy eval guardrails`: the gate from the
command line - judge any copy, re-judge stored text, see what reviewers taught it, measure it."""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

import typer

from shopcopy import warehouse
from shopcopy.cli.app import app, console, fail, print_rows, settings

guard_app = typer.Typer(no_args_is_help=True, help="The publishing gate: judge copy, re-judge stored text.")
eval_app = typer.Typer(no_args_is_help=True, help="Evaluations you can rerun.")
app.add_typer(guard_app, name="guard")
app.add_typer(eval_app, name="eval")


def _json_arg(value: str, what: str) -> dict:
    """A JSON object given inline, as @file, or as - (stdin)."""
    try:
        if value == "-":
            text = sys.stdin.read()
        elif value.startswith("@"):
            text = Path(value[1:]).read_text(encoding="utf-8")
        else:
            text = value
        data = json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise fail(f"{what}: not a JSON object ({exc}). Pass JSON inline, @file.json or - for stdin.") from None
    if not isinstance(data, dict):
        raise fail(f"{what}: expected a JSON object, got {type(data).__name__}")
    return data


@guard_app.command("check")
def check_cmd(
    task: str = typer.Option(..., "--task", help="product_descriptions | recommendation_messages | demand_insights"),
    output: str = typer.Option(..., "--output", help="The text as JSON ({'headline': ..., 'description': ...}), @file or -"),
    inputs: str = typer.Option(None, "--inputs", help="The item's inputs as JSON (as the prompt got them), @file or -"),
    item: str = typer.Option(None, "--item", help="Or an item key in the warehouse: P00124|lapsed|en-US, or a user id"),
    catalog_from_warehouse: bool = typer.Option(True, "--warehouse-catalog/--no-warehouse-catalog",
                                                help="Judge names, prices and stock against the warehouse catalog"),
) -> None:
    """Judge one text (written by anyone) with the gate; prints the verdict as JSON."""
    from shopcopy.guardrails import TASK_FIELDS, guard_check, parse_json

    if task not in TASK_FIELDS:
        raise fail(f"unknown task '{task}'; expected one of {', '.join(TASK_FIELDS)}")
    if (inputs is None) == (item is None):
        raise fail("give exactly one of --inputs (JSON) or --item (a key in the warehouse)")
    out = _json_arg(output, "--output")
    catalog, facts = None, _json_arg(inputs, "--inputs") if inputs else None
    path = Path(settings().warehouse)
    if item is not None or (catalog_from_warehouse and path.exists()):
        from shopcopy.warehouse.catalog import load_catalog
        from shopcopy.warehouse.sql import run_sql

        with warehouse.connect(path, read_only=True) as con:
            if item is not None:
                row = run_sql(con, "guardrails/current_item_inputs", {"task": task, "item_key": item}).fetchone()
                if row is None:
                    raise fail(f"no {task} item '{item}' in {path}; see `shopcopy review list --status all`")
                facts = parse_json(row[0])
            catalog = load_catalog(con) if catalog_from_warehouse else None
    verdict = guard_check(task, out, facts, catalog)
    console.print_json(json.dumps(verdict, ensure_ascii=False))


@guard_app.command("rejudge")
def rejudge_cmd() -> None:
    """Judge again the published/approved texts the gate in force has not judged (connect does this too)."""
    from shopcopy.review.rejudge import rejudge

    with warehouse.connect(settings().warehouse, migrate_schema=False) as con:
        warehouse.migrate(con)
        warehouse.refresh_views(con, rejudge_texts=False)
        report = rejudge(con)
    console.print(report.summary())


@guard_app.command("vocabulary")
def vocabulary_cmd() -> None:
    """The words reviewers taught the gate (`review approve --learn`), beside the packaged ones."""
    from shopcopy.warehouse.sql import run_sql

    with warehouse.connect(settings().warehouse, read_only=True) as con:
        rows = run_sql(con, "guardrails/learned_vocabulary").fetchall()
    print_rows("Learned vocabulary (ops.guardrail_vocabulary)",
               ["locale", "word", "added by", "from text", "added at"], rows)


@eval_app.command("guardrails")
def eval_guardrails_cmd(
    split: str = typer.Option("all", "--split", help="dev | holdout | all"),
    store: bool = typer.Option(True, "--store/--no-store", help="Keep the figures in ops.guardrail_evals"),
) -> None:
    """Run the labelled corpus through the gate: recall on bad texts, false holds on good ones."""
    from shopcopy.guardrails.evaluate import evaluate, figure_table, load_cases

    if split not in ("dev", "holdout", "all"):
        raise fail("--split must be dev, holdout or all")
    cases = [c for c in load_cases() if split == "all" or c.split == split]
    results = evaluate(cases)
    rows = figure_table(results, eval_id=f"geval-{uuid.uuid4().hex[:12]}")
    show = [r for r in rows if r["family"] == "(all)"] + [
        r for r in rows if r["family"] != "(all)" and r["split"] == "(all)"]
    print_rows("Guardrail evaluation (recall = bad kept out, false_hold = good kept out)",
               ["split", "locale", "family", "label", "cases", "published", "review", "rejected",
                "recall", "false_hold"],
               [(r["split"], r["locale"], r["family"], r["label"], r["cases"], r["published"],
                 r["needs_review"], r["rejected"], r["recall"], r["false_hold"]) for r in show])
    console.print(f"gate {rows[0]['gate_version']}, corpus {rows[0]['corpus_version']}, "
                  f"{len(results)} cases, {rows[0]['mean_ms']:.2f} ms per text")
    if store:
        from shopcopy.warehouse.gate import store_eval

        with warehouse.connect(settings().warehouse) as con:
            store_eval(con, rows)
        console.print(f"stored as {rows[0]['eval_id']} in ops.guardrail_evals")
