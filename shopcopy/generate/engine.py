"""The generation stage: build each item's facts, skip what is already paid for, ask the LLM,
check the text, and write gen.* rows with lineage plus one ops.llm_calls row per call.

LLM calls run in worker threads (settings.llm_concurrency); checks and warehouse writes stay on
the calling thread. Work is taken in order of value, round-robin across tasks, under one budget.
"""

from __future__ import annotations

import dataclasses
import json
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.generate import store
from shopcopy.generate.work import WorkItem, build_work, interleave
from shopcopy.guardrails import Catalog, check
from shopcopy.llm.budget import Budget
from shopcopy.llm.client import Completion, LLMClient
from shopcopy.llm.prompts import Prompt, load_prompt
from shopcopy.llm.schemas import canonical_json
from shopcopy.settings import Settings
from shopcopy.tasks import TASKS
from shopcopy.warehouse.catalog import load_catalog

BATCH_SIZE = 10  # items per write transaction: a crash loses at most this many results
Progress = Callable[[int, int], None]


def decide(task: str, output: dict, inputs: dict, catalog: Catalog) -> tuple[str, list]:
    """Status and guardrail failures for one generated text: published only when every check
    passes, needs_review on soft failures, rejected on hard ones (see shopcopy.guardrails)."""
    verdict = check(task, output, inputs, catalog)
    return verdict.status, [f.as_dict() for f in verdict.failures]


@dataclass
class GenerationReport:
    run_id: str
    snapshot_date: date
    model: str
    items: Counter = field(default_factory=Counter)       # work items per task
    skipped: Counter = field(default_factory=Counter)     # already generated, no call
    statuses: dict[str, Counter] = field(default_factory=dict)  # task -> status -> rows written
    failed: Counter = field(default_factory=Counter)      # no usable text; retried next run
    left: Counter = field(default_factory=Counter)        # not attempted: budget used up
    outcomes: Counter = field(default_factory=Counter)    # ops.llm_calls outcomes
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    budget_stopped: bool = False
    budget_left: dict = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def written(self) -> int:
        return sum(sum(c.values()) for c in self.statuses.values())

    def as_dict(self) -> dict:
        """Plain JSON-able dict (dataclasses.asdict would rebuild Counters from pairs and mangle them)."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["statuses"] = {t: dict(c) for t, c in self.statuses.items()}
        return json.loads(json.dumps(data, default=str))

    def summary(self) -> str:
        lines = [f"Generation {self.run_id} for {self.snapshot_date} with {self.model}: "
                 f"{self.written} written, {sum(self.skipped.values())} unchanged (skipped), "
                 f"{sum(self.failed.values())} failed, {sum(self.left.values())} left by the budget; "
                 f"{self.calls} calls, {self.tokens_in}+{self.tokens_out} tokens in {self.elapsed_s:.1f}s"]
        for task in self.items:
            st = ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.get(task, {}).items())) or "none written"
            lines.append(f"  {task}: {self.items[task]} items, {self.skipped[task]} skipped, {st}, "
                         f"{self.failed[task]} failed, {self.left[task]} left")
        if self.budget_stopped:
            lines.append(f"  budget reached (SHOPCOPY_LLM_MAX_CALLS / _MAX_TOKENS); left: {self.budget_left}")
        return "\n".join(lines + [f"  failed: {f}" for f in self.failures[:10]])


@dataclass
class _Job:
    item: WorkItem
    strict: bool = False
    first: Completion | None = None        # the rejected first attempt a strict retry follows
    first_output: dict | None = None
    first_failures: list = field(default_factory=list)


def _tag_failures(failures: list, attempt: int) -> list[dict]:
    """Failures as JSON objects, each marked with the attempt whose text failed."""
    out = []
    for f in failures:
        if dataclasses.is_dataclass(f):
            f = dataclasses.asdict(f)
        elif hasattr(f, "model_dump"):
            f = f.model_dump(mode="json")
        out.append({"attempt": attempt, **(f if isinstance(f, dict) else {"message": str(f)})})
    return out


class _Run:
    """State of one generation run; everything here runs on the caller's thread."""

    def __init__(self, con, snapshot_date, run_id, settings, client, prompts, force, progress):
        self.con, self.snapshot_date, self.run_id = con, snapshot_date, run_id
        self.settings, self.client, self.prompts, self.force = settings, client, prompts, force
        self.progress = progress
        self.budget = Budget(settings.llm_max_calls, settings.llm_max_tokens)
        self.report = GenerationReport(run_id, snapshot_date, client.model)
        self.rows: dict[str, list[dict]] = {t: [] for t in prompts}
        self.calls: list[dict] = []
        self.batch_items = 0
        # The dictionary of known brands and titles the grounding checks search: read once per run.
        self.catalog = load_catalog(con)

    # ---- planning -----------------------------------------------------------------------
    def plan(self, work: dict[str, list[WorkItem]]) -> list[WorkItem]:
        """Drop items whose output exists (unless forced), touching them as current."""
        stored = set() if self.force else store.stored_hashes(
            self.con, [i.input_hash for items in work.values() for i in items])
        todo = {}
        for task, items in work.items():
            self.report.items[task] = len(items)
            done = [i.input_hash for i in items if (task, i.input_hash) in stored]
            self.report.skipped[task] = len(done)
            store.touch(self.con, task, done, self.snapshot_date)
            todo[task] = [i for i in items if (task, i.input_hash) not in stored]
        return interleave(todo)

    # ---- one LLM exchange (worker thread: no warehouse access) ----------------------------
    def ask(self, job: _Job) -> Completion:
        prompt: Prompt = self.prompts[job.item.task]
        first_attempt = len(job.first.records) + 1 if job.first else 1
        return self.client.complete(
            prompt.render(job.item.inputs, strict=job.strict),
            TASKS[job.item.task].output_model,
            max_tokens=self.settings.llm_output_tokens,
            temperature=0.0 if job.strict else self.settings.llm_temperature,
            budget=self.budget, first_attempt=first_attempt,
        )

    # ---- results ----------------------------------------------------------------------------
    def handle(self, job: _Job, result: Completion) -> _Job | None:
        """Record a finished exchange; return a strict retry job when the text was rejected."""
        item = job.item
        self._record_calls(item, result)
        records = (job.first.records if job.first else []) + result.records
        if not result.ok:
            if job.strict:  # the retry produced nothing: keep the first text, never published
                self._add_row(job, job.first_output, "rejected", job.first_failures, records)
            else:
                self._fail(item, result)
            return None
        status, failures = decide(item.task, result.output, item.inputs, self.catalog)
        tagged = _tag_failures(failures, result.records[-1].attempt)
        if status == "rejected" and not job.strict:
            return _Job(item, strict=True, first=result, first_output=result.output, first_failures=tagged)
        self._add_row(job, result.output, status, job.first_failures + tagged, records)
        return None

    def _record_calls(self, item: WorkItem, result: Completion) -> None:
        prompt = self.prompts[item.task]
        for r in result.records:
            real_call = r.outcome != "budget"
            self.report.calls += real_call
            self.report.tokens_in += r.tokens_in
            self.report.tokens_out += r.tokens_out
            self.report.outcomes[r.outcome] += 1
            self.calls.append({
                "call_id": uuid.uuid4().hex, "run_id": self.run_id, "task": item.task,
                "item_key": item.item_key, "prompt_name": prompt.name, "prompt_version": prompt.version,
                "model": self.client.model, "input_hash": item.input_hash, "tokens_in": r.tokens_in,
                "tokens_out": r.tokens_out, "latency_ms": r.latency_ms, "attempt": r.attempt,
                "outcome": r.outcome, "error": r.error, "created_at": utc_naive(),
            })

    def _fail(self, item: WorkItem, result: Completion) -> None:
        last = result.records[-1] if result.records else None
        if last is not None and last.outcome == "budget":
            self.report.left[item.task] += 1
        else:
            self.report.failed[item.task] += 1
            self.report.failures.append(f"{item.task} {item.item_key}: {last.outcome if last else '?'} "
                                        f"{(last.error or '') if last else ''}"[:300])
        self.batch_items += 1

    def _add_row(self, job: _Job, output: dict, status: str, failures: list, records: list) -> None:
        item, prompt = job.item, self.prompts[job.item.task]
        row = {
            "output_id": f"{TASKS[item.task].id_prefix}-{uuid.uuid4().hex[:16]}",
            "snapshot_date": self.snapshot_date, "last_seen_date": self.snapshot_date,
            **item.key, "segment": item.inputs["segment"], "locale": item.inputs["locale"], **output,
            "run_id": self.run_id, "input_hash": item.input_hash, "prompt_name": prompt.name,
            "prompt_version": prompt.version, "model": self.client.model, "status": status,
            "guardrail_failures": json.dumps(failures, default=str),
            "attempts": sum(r.outcome != "budget" for r in records),
            "tokens_in": sum(r.tokens_in for r in records), "tokens_out": sum(r.tokens_out for r in records),
            "inputs": canonical_json(item.inputs), "created_at": utc_naive(),
        }
        if item.task == "recommendation_messages":
            row["product_ids"] = [p["product_id"] for p in item.inputs["products"]]
        self.rows[item.task].append(row)
        self.report.statuses.setdefault(item.task, Counter())[status] += 1
        self.batch_items += 1

    def flush(self) -> None:
        if self.batch_items or self.calls:
            store.write_batch(self.con, self.rows, self.calls, replace=self.force)
        self.rows = {t: [] for t in self.prompts}
        self.calls, self.batch_items = [], 0

    # ---- the loop ---------------------------------------------------------------------------
    def execute(self, todo: list[WorkItem]) -> None:
        queue, total, done = deque(_Job(i) for i in todo), len(todo), 0
        pending: dict[Future, _Job] = {}
        workers = max(self.settings.llm_concurrency, 1)
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="llm")
        try:
            if self.progress:
                self.progress(0, total)
            while queue or pending:
                while queue and len(pending) < workers and not self.budget.exhausted:
                    job = queue.popleft()
                    pending[pool.submit(self.ask, job)] = job
                if not pending:
                    break  # budget used up: what is left in the queue stays for the next run
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    retry = self.handle(pending.pop(fut), fut.result())
                    if retry is not None:
                        queue.appendleft(retry)  # finish this item before starting new ones
                    else:
                        done += 1
                        if self.progress:
                            self.progress(done, total)
                if self.batch_items >= BATCH_SIZE:
                    self.flush()
        finally:
            # Finished results are whole; keep them even when we stop on an error or Ctrl-C.
            pool.shutdown(wait=False, cancel_futures=True)
            # A rejected text whose strict retry the budget cut off was paid for: keep it, rejected.
            for job in (j for j in queue if j.first is not None):
                self._add_row(job, job.first_output, "rejected", job.first_failures, job.first.records)
            self.flush()
        for job in queue:
            if job.first is None:
                self.report.left[job.item.task] += 1
        self.report.budget_stopped = self.budget.exhausted and bool(queue or self.report.left)
        self.report.budget_left = self.budget.left()




def run_generation(
    con: duckdb.DuckDBPyConnection,
    snapshot_date: date,
    run_id: str,
    settings: Settings,
    *,
    client: LLMClient,
    force: bool = False,
    tasks: list[str] | None = None,
    progress: Progress | None = None,
) -> GenerationReport:
    """Generate what is missing for the snapshot; see the module docstring. Never raises for
    model or endpoint faults: those become failed items (retried next run) in the report."""
    started = time.perf_counter()
    unknown = set(tasks or []) - set(TASKS)
    if unknown:
        raise ValueError(f"Unknown generation task(s) {sorted(unknown)}; choose from {list(TASKS)}")
    prompts = {t: load_prompt(t) for t in (tasks or list(TASKS))}
    work = build_work(con, snapshot_date, settings, versions={t: p.version for t, p in prompts.items()},
                      model=client.model, tasks=list(prompts))
    report = generate_items(con, snapshot_date, run_id, settings, client=client, prompts=prompts,
                            work=work, force=force, progress=progress)
    report.elapsed_s = time.perf_counter() - started
    return report


def generate_items(
    con: duckdb.DuckDBPyConnection,
    snapshot_date: date,
    run_id: str,
    settings: Settings,
    *,
    client: LLMClient,
    prompts: dict[str, Prompt],
    work: dict[str, list[WorkItem]],
    force: bool = False,
    progress: Progress | None = None,
) -> GenerationReport:
    """The stage's loop over a given work list and prompts (skip stored, ask, judge, write).

    run_generation builds the nightly work list; campaign variants (shopcopy.campaigns) pass the
    members' own inputs with a variant prompt, so their texts get the same gate and lineage.
    """
    started = time.perf_counter()
    run = _Run(con, snapshot_date, run_id, settings, client, prompts, force, progress)
    run.execute(run.plan(work))
    run.report.elapsed_s = time.perf_counter() - started
    return run.report
