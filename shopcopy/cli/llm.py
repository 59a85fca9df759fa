"""`shopcopy llm serve`, `shopcopy llm check` and `shopcopy generate`."""

from __future__ import annotations

import time
from datetime import date

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from shopcopy import warehouse
from shopcopy.cli.app import app, console, fail, new_run_id, print_rows, settings, setup_logging

llm_app = typer.Typer(no_args_is_help=True, help="The LLM endpoint: run the embedded server, check an endpoint.")
app.add_typer(llm_app, name="llm")


@llm_app.command("serve")
def serve() -> None:
    """Run the embedded SmolLM2 server until Ctrl-C and print its base URL."""
    from shopcopy.llm.server import LLMServerError, embedded_server

    try:
        with embedded_server(settings()) as base_url:
            console.print(f"Embedded LLM server at [bold]{base_url}[/] — use it with "
                          f"SHOPCOPY_LLM_BASE_URL={base_url}  (Ctrl-C stops it)")
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        console.print("Stopped.")
    except LLMServerError as exc:
        raise fail(str(exc)) from None


@llm_app.command("selftest")
def selftest_cmd() -> None:
    """Decode a few tokens with the embedded model in-process (make setup runs this)."""
    from shopcopy.llm.selftest import selftest
    from shopcopy.llm.server import LLMServerError

    try:
        tokens = selftest()
    except LLMServerError as exc:
        raise fail(str(exc)) from None
    console.print(f"llama-cpp-python decodes with the embedded model ({tokens} tokens): OK")


@llm_app.command("check")
def check() -> None:
    """Send one request to the configured endpoint (or a fresh embedded one); print model, latency, tokens/s."""
    from shopcopy.llm.client import LLMClient
    from shopcopy.llm.schemas import ProductDescription
    from shopcopy.llm.server import LLMServerError, llm_endpoint

    cfg = settings()
    messages = [{"role": "system", "content": 'Reply with one JSON object {"headline": "...", "description": "..."}.'},
                {"role": "user", "content": "Describe a steel kettle in one sentence."}]
    try:
        with llm_endpoint(cfg) as endpoint:
            client = LLMClient(endpoint, cfg)
            result = client.complete(messages, ProductDescription, max_tokens=80, temperature=0)
    except LLMServerError as exc:
        raise fail(str(exc)) from None
    r = result.records[-1]
    tps = r.tokens_out / (r.latency_ms / 1000) if r.latency_ms else 0.0
    print_rows("LLM check", ["endpoint", "model", "json mode", "outcome", "latency ms", "tokens in/out", "tokens/s"],
               [(endpoint.base_url, client.model, client.json_mode, r.outcome, r.latency_ms,
                 f"{r.tokens_in}/{r.tokens_out}", f"{tps:.1f}")])
    if not result.ok:
        raise fail(f"The endpoint answered but the reply was not usable: {r.outcome} {r.error or ''}")


@app.command("generate")
def generate(
    snapshot: str = typer.Option(None, "--date", help="Snapshot date YYYY-MM-DD (default: today in SHOPCOPY_TIMEZONE)"),
    task: list[str] = typer.Option(None, "--task", "-t", help="Only these tasks (repeatable)"),
    force: bool = typer.Option(False, "--force", help="Regenerate even unchanged inputs"),
    limit: int = typer.Option(None, "--limit", help="At most N LLM calls this run (overrides SHOPCOPY_LLM_MAX_CALLS)"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Write product descriptions, recommendation messages and demand insights into gen.*."""
    from shopcopy.generate.stage import run_generate
    from shopcopy.llm.server import LLMServerError

    setup_logging(verbose)
    cfg = settings()
    if limit is not None:
        cfg = cfg.model_copy(update={"llm_max_calls": limit})
    try:
        con = warehouse.connect(cfg.warehouse)
    except warehouse.WarehouseBusyError as exc:
        raise fail(str(exc)) from None
    with con:
        day = date.fromisoformat(snapshot) if snapshot else cfg.today()
        if not con.execute("select count(*) from features.user_features where snapshot_date = ?",
                           [day]).fetchone()[0]:
            raise fail(f"No features for {day}; run `shopcopy features --date {day}` and "
                       f"`shopcopy predict --date {day}` (or the nightly) first, or pass --date.")
        try:
            with _progress() as tick:
                report = run_generate(con, day, new_run_id("generate"), cfg, force=force,
                                      tasks=task or None, progress=tick)
        except (LLMServerError, ValueError) as exc:
            raise fail(str(exc)) from None
    console.print(report.summary())
    if report.failed and not report.written:
        raise fail(f"All {sum(report.failed.values())} attempted item(s) failed; see ops.llm_calls. "
                   "They will be retried on the next run.")


class _progress:
    """A rich progress bar and the (done, total) callback that drives it."""

    def __enter__(self):
        self.bar = Progress(TextColumn("generating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=console, transient=False)
        self.bar.start()
        self.task_id = self.bar.add_task("generate", total=None)
        return self.tick

    def tick(self, done: int, total: int) -> None:
        self.bar.update(self.task_id, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        self.bar.stop()
