"""`shopcopy review list|show|approve|reject`: the human side of the guardrails."""

from __future__ import annotations

import typer

from shopcopy import warehouse
from shopcopy.cli.app import app, console, fail, print_rows, settings
from shopcopy.review import queue as review

review_app = typer.Typer(no_args_is_help=True, help="Review generated texts: list, show, approve, reject.")
app.add_typer(review_app, name="review")


def _connect():
    try:
        return warehouse.connect(settings().warehouse, wait_s=5)
    except warehouse.WarehouseBusyError as exc:
        raise fail(str(exc)) from None


@review_app.command("list")
def list_cmd(
    task: str = typer.Option(None, "--task", "-t", help=f"One of: {', '.join(review.TASKS)}"),
    status: str = typer.Option("needs_review", "--status", "-s",
                               help=f"One of: {', '.join(review.STATUSES)}, or 'all'"),
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many rows, newest first"),
) -> None:
    """List generated texts waiting for review (or any status) with the checks they failed."""
    with _connect() as con:
        try:
            rows = review.list_texts(con, task, None if status == "all" else status, limit)
        except ValueError as exc:
            raise fail(str(exc)) from None
    print_rows(f"Generated texts ({status})", ["id", "task", "item", "status", "failed checks", "text"],
               [(r["output_id"], r["task"], r["item"], r["status"], ", ".join(r["checks"]),
                 _preview(r["output"])) for r in rows])


@review_app.command("show")
def show_cmd(output_id: str = typer.Argument(..., help="output_id from `review list`")) -> None:
    """Show one text: its fields, the inputs it was written from, failures, lineage and history."""
    with _connect() as con:
        row = review.get_text(con, output_id)
    if row is None:
        raise fail(f"No generated text with id {output_id}; see `shopcopy review list --status all`.")
    console.print(f"[bold]{row['task']}[/] {row['output_id']}  status: [bold]{row['status']}[/]")
    for name, value in row["output"].items():
        console.print(f"[bold]{name}:[/] {value}", markup=True, highlight=False)
    print_rows("Guardrail failures", ["check", "severity", "detail"],
               [(f.get("check"), f.get("severity"), f.get("detail")) for f in row["failures"]])
    console.print("[bold]inputs:[/]")
    console.print(review.format_json(row["inputs"]), markup=False, highlight=False)
    lineage = ["snapshot_date", "last_seen_date", "run_id", "input_hash", "prompt_name",
               "prompt_version", "model", "attempts", "tokens_in", "tokens_out", "created_at"]
    print_rows("Lineage", ["field", "value"], [(k, row.get(k)) for k in lineage])
    print_rows("Review history", ["when", "who", "action", "from", "to", "reason"],
               [(h["reviewed_at"], h["reviewer"], h["action"], h["from_status"], h["to_status"],
                 h["reason"]) for h in row["history"]])


@review_app.command("approve")
def approve_cmd(
    output_ids: list[str] = typer.Argument(..., help="One or more output ids"),
    by: str = typer.Option(None, "--by", help="Reviewer name (default: $USER)"),
    learn: bool = typer.Option(False, "--learn", help="Add the words the gate did not know in "
                               "these texts to its learned vocabulary (ops.guardrail_vocabulary)"),
) -> None:
    """Approve texts so they reach the marts; texts that failed a hard check are refused."""
    with _connect() as con:
        results = review.approve(con, output_ids, reviewer=by, learn=learn)
    _report(results)


@review_app.command("reject")
def reject_cmd(
    output_ids: list[str] = typer.Argument(..., help="One or more output ids"),
    reason: str = typer.Option(..., "--reason", "-r", help="Why (kept in ops.review_log)"),
    by: str = typer.Option(None, "--by", help="Reviewer name (default: $USER)"),
) -> None:
    """Reject texts (a published text leaves the marts at once), recording the reason."""
    with _connect() as con:
        try:
            results = review.reject(con, output_ids, reason, reviewer=by)
        except ValueError as exc:
            raise fail(str(exc)) from None
    _report(results)


def _report(results: list[review.ReviewResult]) -> None:
    for r in results:
        colour = "green" if r.ok else "red"
        console.print(f"[{colour}]{r.output_id}[/]: {r.message}", highlight=False)
    refused = [r for r in results if not r.ok]
    if refused:
        raise fail(f"{len(refused)} of {len(results)} text(s) not changed; see the reasons above.")


def _preview(output: dict, width: int = 70) -> str:
    text = " | ".join(str(v) for v in output.values() if v)
    return text if len(text) <= width else text[: width - 1] + "…"
