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
from pydantic import ValidationError

from shopcopy.clock import utc_naive
from shopcopy.generate import store
from shopcopy.generate.select import Candidate, best, good_enough, judged, selection
from shopcopy.generate.tally import GenerationReport
from shopcopy.generate.work import WorkItem, build_work, interleave
from shopcopy.guardrails import Catalog, check, gate_version
from shopcopy.llm.budget import Budget
from shopcopy.llm.client import CallRecord, Completion, LLMClient
from shopcopy.llm.prompt_sets import END
from shopcopy.llm.prompts import Prompt, prompt_for
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
class _Job:
    item: WorkItem
    candidates: list[Candidate] = field(default_factory=list)  # judged so far, in order drawn
    records: list[CallRecord] = field(default_factory=list)     # every call of this item
    last: Completion | None = None
    replies: list[str] = field(default_factory=list)            # text replies as written

    @property
    def strict(self) -> bool:
        """After a rejected candidate, chat prompts switch on their stricter wording."""
        return bool(self.candidates) and self.candidates[-1].status == "rejected"


# Faults the openai client already retried: another candidate would only repeat them.
_TRANSPORT = {"http_error", "timeout", "rate_limited", "budget"}


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


def _same_failures(candidates: list[Candidate]) -> bool:
    """Two candidates in a row failed with the very same findings. For a composed v3 text that
    means what fails is in the facts it quotes (a bad catalog title), not in the model's
    sentence, so another draw would only pay for the same verdict."""
    if len(candidates) < 2 or candidates[-1].output is None or candidates[-2].output is None:
        return False
    a, b = ([(f.get("check"), f.get("detail")) for f in c.failures] for c in candidates[-2:])
    return bool(a) and a == b


def _validated(task: str, output: dict | None) -> dict | None:
    if output is None:
        return None
    try:
        return TASKS[task].output_model.model_validate(output).model_dump(mode="json")
    except ValidationError:
        return None


class _Run:
    """State of one generation run; everything here runs on the caller's thread."""

    def __init__(self, con, snapshot_date, run_id, settings, clients, force, progress, tasks,
                 prompts: dict[str, Prompt] | None = None, *, catalog: Catalog | None = None,
                 budget: Budget | None = None, sink: Callable[[dict, list], None] | None = None):
        self.con, self.snapshot_date, self.run_id = con, snapshot_date, run_id
        self.settings, self.clients, self.force = settings, clients, force
        self.progress = progress
        # One prompt per task and client (the form follows the endpoint: chat or completion),
        # unless the caller fixes a task's prompt (a campaign variant).
        self.prompts = {(t, loc): (prompts or {}).get(t) or prompt_for(t, settings, c.endpoint)
                        for t in tasks for loc, c in clients.items()}
        self.tasks = list(tasks)
        self.budget = budget or Budget(settings.llm_max_calls, settings.llm_max_tokens)
        self.sink = sink  # a generation chunk (shopcopy.generate.chunks) hands its batches back
        self.report = GenerationReport(run_id, snapshot_date, ", ".join(sorted({c.model for c in clients.values()})))
        self.rows: dict[str, list[dict]] = {t: [] for t in tasks}
        self.calls: list[dict] = []
        self.batch_items = 0
        # The dictionary of known brands and titles the grounding checks search: read once per run.
        self.catalog = catalog if catalog is not None else load_catalog(con)

    def _locale_key(self, locale: str, task: str | None = None) -> str:
        """The client of a task in a locale: "en-US/product_descriptions" when one is set for
        that pair (SHOPCOPY_LLM_EMBEDDED_MODELS), else the locale's, else "*"."""
        if task and f"{locale}/{task}" in self.clients:
            return f"{locale}/{task}"
        return locale if locale in self.clients else "*"

    def route(self, item: WorkItem):
        loc = self._locale_key(item.inputs.get("locale") or "", item.task)
        return self.clients[loc], self.prompts[(item.task, loc)]

    def version(self, task: str, locale: str) -> str:
        return self.prompts[(task, self._locale_key(locale, task))].version

    def model(self, locale: str, task: str | None = None) -> str:
        return self.clients[self._locale_key(locale, task)].model

    # ---- planning -----------------------------------------------------------------------
    def plan(self, work: dict[str, list[WorkItem]]) -> list[WorkItem]:
        """Drop items whose output exists (unless forced), touching them as current, and items
        parked for failing the same way on their last runs (see store.repeated_failures)."""
        stored = set() if self.force else store.stored_hashes(
            self.con, [i.input_hash for items in work.values() for i in items])
        parked = {} if self.force else store.repeated_failures(
            self.con, [i.input_hash for items in work.values() for i in items
                       if (i.task, i.input_hash) not in stored], self.settings.llm_park_after_failures)
        todo, skip = {}, stored | set(parked)
        for task, items in work.items():
            self.report.items[task] = len(items)
            done = [i.input_hash for i in items if (task, i.input_hash) in stored]
            self.report.skipped[task] = len(done)
            store.touch(self.con, task, done, self.snapshot_date)
            self.report.parked_items += [parked[task, i.input_hash] for i in items if (task, i.input_hash) in parked]
            self.report.parked[task] = sum((task, i.input_hash) in parked for i in items)
            todo[task] = [i for i in items if (task, i.input_hash) not in skip]
        return interleave(todo)

    # ---- one candidate (worker thread: no warehouse access) -------------------------------
    def ask(self, job: _Job) -> Completion:
        item, s = job.item, self.settings
        client, prompt = self.route(item)
        temperature = s.llm_temperature if not job.candidates else s.llm_candidate_temperature
        max_tokens = min(prompt.max_tokens(item.inputs) or s.llm_output_tokens, s.llm_output_tokens)
        first_attempt = len(job.records) + 1
        if getattr(prompt, "slots", False):  # v3: one plain sentence, composed into the text by parse
            def parse(text: str) -> dict | str:  # the refusal's reason goes to ops.llm_calls.error
                return _validated(item.task, prompt.parse(text, item.inputs)) or prompt.refusal(text, item.inputs)
            ask = dict(max_tokens=max_tokens, temperature=temperature, stop=[END, "\n"],
                       grammar=prompt.grammar(item.inputs), budget=self.budget, first_attempt=first_attempt)
            avoid = tuple(job.replies)  # an exemplar an earlier candidate copied is left out
            if prompt.form == "completion":
                return client.complete_text(prompt.completion(item.inputs, avoid), parse, **ask)
            return client.chat_text(prompt.chat(item.inputs, strict=job.strict, avoid=avoid), parse, **ask)
        if prompt.form == "completion":
            return client.complete_text(
                prompt.completion(item.inputs),
                lambda text: _validated(item.task, prompt.parse(text, item.inputs)),
                max_tokens=max_tokens, temperature=temperature, stop=[END, "\n\n"],
                budget=self.budget, first_attempt=first_attempt)
        return client.complete(
            prompt.chat(item.inputs, strict=job.strict), TASKS[item.task].output_model,
            max_tokens=max_tokens, temperature=temperature, budget=self.budget, first_attempt=first_attempt)

    # ---- results ----------------------------------------------------------------------------
    def handle(self, job: _Job, result: Completion) -> _Job | None:
        """Judge a finished candidate; return the job again when another candidate is due."""
        item, index = job.item, len(job.candidates) + 1
        self._record_calls(item, result, index)
        job.records += result.records
        job.last = result
        if result.text:
            job.replies.append(result.text)
        if result.ok:
            result.output = self.route(item)[1].finalize(result.output, item.inputs)
            status, failures = decide(item.task, result.output, item.inputs, self.catalog)
            job.candidates.append(judged(index, item.task, result.output, item.inputs, status,
                                         _tag_failures(failures, result.records[-1].attempt)))
        else:
            job.candidates.append(Candidate(index, None))
        last_outcome = result.records[-1].outcome if result.records else "budget"
        if (not good_enough(job.candidates[-1]) and index < max(self.settings.llm_candidates, 1)
                and last_outcome not in _TRANSPORT
                and not (getattr(self.route(item)[1], "slots", False) and _same_failures(job.candidates))):
            return job
        self.finish(job)
        return None

    def finish(self, job: _Job) -> None:
        """Store the best candidate (or count the item failed when none gave usable text)."""
        winner = best(job.candidates)
        fallback = self._facts_only(job, winner)
        if fallback is not None:
            job.candidates.append(fallback)
            winner = fallback
        if winner is None:
            self._fail(job.item, job.last or Completion(None))
            return
        why = selection(job.candidates, winner, max(self.settings.llm_candidates, 1))
        if winner is fallback:
            why["why"] = (f"no candidate of {len(job.candidates) - 1} passed every check; the text "
                          "without the model's sentence (the facts the templates quote) did")
            why["facts_only"] = True
        self._add_row(job, winner, why)

    def _facts_only(self, job: _Job, winner: Candidate | None) -> Candidate | None:
        """v3 (settings.llm_facts_only): the model answered every call, no candidate passed the
        gate, and the text without its sentence passes: that text, judged like a candidate (no
        call). Never after a transport fault or the budget: an outage must not look like copy."""
        item, prompt = job.item, self.route(job.item)[1]
        if (not self.settings.llm_facts_only or not getattr(prompt, "slots", False)
                or (winner is not None and winner.status == "published") or not job.records
                or any(r.outcome in _TRANSPORT for r in job.records)):
            return None
        output = _validated(item.task, prompt.facts_only(item.inputs))
        if output is None:
            return None
        status, failures = decide(item.task, output, item.inputs, self.catalog)
        if status != "published":
            return None
        return judged(len(job.candidates) + 1, item.task, output, item.inputs, status, failures)

    def _record_calls(self, item: WorkItem, result: Completion, candidate: int) -> None:
        client, prompt = self.route(item)
        for r in result.records:
            real_call = r.outcome != "budget"
            self.report.calls += real_call
            self.report.tokens_in += r.tokens_in
            self.report.tokens_out += r.tokens_out
            self.report.outcomes[r.outcome] += 1
            self.calls.append({
                "call_id": uuid.uuid4().hex, "run_id": self.run_id, "task": item.task,
                "item_key": item.item_key, "prompt_name": prompt.name, "prompt_version": prompt.version,
                "model": client.model, "input_hash": item.input_hash, "tokens_in": r.tokens_in,
                "tokens_out": r.tokens_out, "latency_ms": r.latency_ms, "attempt": r.attempt,
                "candidate": candidate, "outcome": r.outcome, "error": r.error, "created_at": utc_naive(),
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

    def _add_row(self, job: _Job, winner: Candidate, why: dict) -> None:
        item, records = job.item, job.records
        client, prompt = self.route(item)
        row = {
            "output_id": f"{TASKS[item.task].id_prefix}-{uuid.uuid4().hex[:16]}",
            "snapshot_date": self.snapshot_date, "last_seen_date": self.snapshot_date,
            **item.key, "segment": item.inputs["segment"], "locale": item.inputs["locale"], **winner.output,
            "run_id": self.run_id, "input_hash": item.input_hash, "prompt_name": prompt.name,
            "prompt_version": prompt.version, "model": client.model, "status": winner.status,
            "gate_version": gate_version(),
            "guardrail_failures": json.dumps(winner.failures, default=str),
            "attempts": sum(r.outcome != "budget" for r in records),
            "tokens_in": sum(r.tokens_in for r in records), "tokens_out": sum(r.tokens_out for r in records),
            "inputs": canonical_json(item.inputs), "created_at": utc_naive(),
            "candidate": winner.index, "selection": json.dumps(why, ensure_ascii=False),
        }
        if item.task == "recommendation_messages":
            row["product_ids"] = [p["product_id"] for p in item.inputs["products"]]
        self.rows[item.task].append(row)
        self.report.statuses.setdefault(item.task, Counter())[winner.status] += 1
        self.batch_items += 1

    def flush(self) -> None:
        if (self.batch_items or self.calls) and self.sink is not None:
            self.sink(self.rows, self.calls)
        elif self.batch_items or self.calls:
            store.write_batch(self.con, self.rows, self.calls, replace=self.force)
        self.rows = {t: [] for t in self.tasks}
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
                    again = self.handle(pending.pop(fut), fut.result())
                    if again is not None:
                        queue.appendleft(again)  # finish this item before starting new ones
                    else:
                        done += 1
                        if self.progress:
                            self.progress(done, total)
                if self.batch_items >= BATCH_SIZE:
                    self.flush()
        finally:
            # Finished results are whole; keep them even when we stop on an error or Ctrl-C.
            pool.shutdown(wait=False, cancel_futures=True)
            # Candidates the budget (or a stop) cut short were paid for: keep the best one drawn.
            for job in (j for j in queue if j.candidates):
                self.finish(job)
            self.flush()
        for job in queue:
            if not job.candidates:
                self.report.left[job.item.task] += 1
        self.report.budget_stopped = self.budget.exhausted and bool(queue or self.report.left)
        self.report.budget_left = self.budget.left()


def run_generation(
    con: duckdb.DuckDBPyConnection,
    snapshot_date: date,
    run_id: str,
    settings: Settings,
    *,
    client: LLMClient | None = None,
    clients: dict[str, LLMClient] | None = None,
    force: bool = False,
    tasks: list[str] | None = None,
    progress: Progress | None = None,
    select: Callable[[dict[str, list[WorkItem]]], dict[str, list[WorkItem]]] | None = None,
) -> GenerationReport:
    """Generate what is missing for the snapshot; see the module docstring. Never raises for
    model or endpoint faults: those become failed items (retried next run) in the report.

    `clients` maps a locale to its client ("*" for the rest), e.g. one embedded model per
    locale; `client` is the same for every locale. `select` narrows the work list (the copy
    evaluation runs a fixed sample of items through here)."""
    started = time.perf_counter()
    unknown = set(tasks or []) - set(TASKS)
    if unknown:
        raise ValueError(f"Unknown generation task(s) {sorted(unknown)}; choose from {list(TASKS)}")
    if clients is None:
        if client is None:
            raise ValueError("run_generation needs a client or clients")
        clients = {"*": client}
    elif "*" not in clients:
        clients = {**clients, "*": next(iter(clients.values()))}
    run = _Run(con, snapshot_date, run_id, settings, clients, force, progress, tasks or list(TASKS))
    work = build_work(con, snapshot_date, settings, versions=run.version, model=run.model, tasks=run.tasks)
    if select is not None:
        work = select(work)
    run.execute(run.plan(work))
    run.report.elapsed_s = time.perf_counter() - started
    return run.report


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
    run = _Run(con, snapshot_date, run_id, settings, {"*": client}, force, progress, list(prompts),
               prompts=prompts)
    run.execute(run.plan(work))
    run.report.elapsed_s = time.perf_counter() - started
    return run.report
