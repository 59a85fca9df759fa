"""What one generation run did, per task: items, skipped, parked, written by status, failed, left
by the budget, calls and tokens. Stored in the run summary and printed at the end of the stage."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date


@dataclass
class GenerationReport:
    run_id: str
    snapshot_date: date
    model: str
    items: Counter = field(default_factory=Counter)       # work items per task
    skipped: Counter = field(default_factory=Counter)     # already generated, no call
    parked: Counter = field(default_factory=Counter)      # failed alike on its last runs, no call
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
    parked_items: list[dict] = field(default_factory=list)  # one row per parked item (ops.parked_items)
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
