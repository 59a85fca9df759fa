"""Generation through a provider's batch API (SHOPCOPY_LLM_MODE=batch): the same work list, the
same skip-what-is-stored plan, the same budget, gate and lineage as the online path; only the
transport differs (shopcopy.llm.batch: JSONL files, a batch per 50,000 requests, polled).

A batch is one round: one candidate per item and no re-ask (a reply that does not parse is
recorded as invalid_json/schema_error and asked again by the next run, like an online failure).
The budget's call limit caps the requests submitted (the rest are left for the next run);
tokens are known only from the replies, so the token limit is checked before submitting only.
Every batch submitted is recorded at once in ops.llm_batches (`WarehouseLedger`): a run killed
while it waits leaves the batch there, and the next run, planning the same requests, polls that
batch instead of paying for it again; a batch is marked collected once its replies are written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.generate.engine import BATCH_SIZE, _Job, _Run
from shopcopy.generate.tally import GenerationReport
from shopcopy.generate.work import build_work
from shopcopy.llm.batch import request_body, run_batches
from shopcopy.llm.client import Completion, ReplyError, parse_reply
from shopcopy.settings import Settings
from shopcopy.tasks import TASKS
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_transaction


class WarehouseLedger:
    """ops.llm_batches for one endpoint and run (shopcopy.llm.batch.BatchLedger)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, endpoint: str, run_id: str, snapshot_date: date):
        self.con, self.endpoint, self.run_id, self.snapshot_date = con, endpoint, run_id, snapshot_date
        self.ended_ids: list[str] = []

    def find(self, requests_sha256: str) -> str | None:
        rows = run_sql(self.con, "generate/find_llm_batch",
                       {"requests_sha256": requests_sha256, "endpoint": self.endpoint}).fetchall()
        return rows[0][0] if rows else None

    def submitted(self, requests_sha256: str, batch_id: str, input_file_id: str, requests: int) -> None:
        params = {"batch_id": batch_id, "endpoint": self.endpoint, "requests_sha256": requests_sha256,
                  "requests": requests, "input_file_id": input_file_id, "run_id": self.run_id,
                  "snapshot_date": self.snapshot_date, "submitted_at": utc_naive()}
        write_transaction(self.con, lambda c: run_sql(c, "generate/insert_llm_batch", params), what="generation_batch")

    def ended(self, batch_id: str) -> None:
        self.ended_ids.append(batch_id)

    def collect(self) -> None:
        """Mark the ended batches collected: call after their replies are written."""
        def body(c) -> None:
            for batch_id in self.ended_ids:
                run_sql(c, "generate/collect_llm_batch",
                        {"batch_id": batch_id, "run_id": self.run_id, "collected_at": utc_naive()})

        if self.ended_ids:
            write_transaction(self.con, body, what="generation_batch")
        self.ended_ids = []


def run_generation_batch(
    con: duckdb.DuckDBPyConnection,
    snapshot_date: date,
    run_id: str,
    settings: Settings,
    *,
    clients: dict,
    force: bool = False,
    tasks: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> GenerationReport:
    import time

    started = time.perf_counter()
    one = settings.model_copy(update={"llm_candidates": 1})
    clients = clients if "*" in clients else {**clients, "*": next(iter(clients.values()))}
    embedded = [c for c in clients.values() if c.endpoint.embedded]
    if embedded:
        raise ValueError("SHOPCOPY_LLM_MODE=batch needs SHOPCOPY_LLM_BASE_URL of an endpoint with a batch "
                         "API (files + batches); the embedded llama.cpp server has none")
    run = _Run(con, snapshot_date, run_id, one, clients, force, progress, tasks or list(TASKS))
    work = build_work(con, snapshot_date, one, versions=run.version, model=run.model, tasks=run.tasks)
    todo = run.plan(work)
    # One batch per client (endpoint); requests in work order, as many as the budget allows.
    by_client: dict[int, tuple[object, list]] = {}
    left = []
    for n, item in enumerate(todo):
        client, prompt = run.route(item)
        if prompt.form != "chat":
            raise ValueError("SHOPCOPY_LLM_MODE=batch sends chat requests: set SHOPCOPY_LLM_PROMPT_FORM=chat "
                             f"(the {item.task} prompt for {client.model} is a {prompt.form} prompt)")
        if not run.budget.acquire():
            left.append(item)
            continue
        body = request_body(client, prompt.chat(item.inputs, strict=False), TASKS[item.task].output_model,
                            max_tokens=min(prompt.max_tokens(item.inputs) or one.llm_output_tokens,
                                           one.llm_output_tokens),
                            temperature=one.llm_temperature)
        by_client.setdefault(id(client), (client, []))[1].append((f"{n}", body, _Job(item)))
    done, total = 0, len(todo)
    if progress:
        progress(0, total)
    for client, entries in by_client.values():
        ledger = WarehouseLedger(con, client.endpoint.base_url, run_id, snapshot_date)
        replies = run_batches(client, [(cid, body) for cid, body, _ in entries], window=one.llm_batch_window,
                              poll_s=one.llm_batch_poll_s, timeout_s=one.llm_batch_timeout_s,
                              metadata={"run_id": run_id, "snapshot_date": snapshot_date.isoformat()},
                              ledger=ledger, **({"sleep": sleep} if sleep else {}))
        for cid, _body, job in entries:
            reply = replies[cid]
            output = None
            if reply.record.outcome == "ok":
                try:
                    output = parse_reply(reply.content, TASKS[job.item.task].output_model)
                except ReplyError as exc:
                    reply.record.outcome, reply.record.error = exc.outcome, str(exc)[:500]
            run.budget.spend(reply.record.tokens_in + reply.record.tokens_out)
            again = run.handle(job, Completion(output, [reply.record]))
            if again is not None:  # one candidate per item: never asked twice in a batch
                run.finish(again)
            done += 1
            if progress:
                progress(done, total)
            if run.batch_items >= BATCH_SIZE:
                run.flush()
        run.flush()
        ledger.collect()
    for item in left:
        run.report.left[item.task] += 1
    run.report.budget_stopped = bool(left)
    run.report.budget_left = run.budget.left()
    run.report.elapsed_s = time.perf_counter() - started
    return run.report
