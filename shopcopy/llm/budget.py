"""A per-run LLM budget (calls and tokens) shared by every task and worker thread."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass
class Budget:
    """Counts calls when they start and tokens when they end.

    Tokens are known only after a reply, so with N requests in flight a run can overshoot
    `max_tokens` by at most N replies (each capped by max_tokens per reply).
    """

    max_calls: int | None = None
    max_tokens: int | None = None
    calls: int = 0
    tokens: int = 0
    denied: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def acquire(self) -> bool:
        """Reserve one call; False (and remembered) once calls or tokens are used up."""
        with self._lock:
            if self._exhausted():
                self.denied += 1
                return False
            self.calls += 1
            return True

    def spend(self, tokens: int) -> None:
        with self._lock:
            self.tokens += tokens

    def _exhausted(self) -> bool:
        return (self.max_calls is not None and self.calls >= self.max_calls) or (
            self.max_tokens is not None and self.tokens >= self.max_tokens
        )

    @property
    def exhausted(self) -> bool:
        with self._lock:
            return self._exhausted()

    def left(self) -> dict:
        with self._lock:
            return {
                "calls": None if self.max_calls is None else max(self.max_calls - self.calls, 0),
                "tokens": None if self.max_tokens is None else max(self.max_tokens - self.tokens, 0),
            }
