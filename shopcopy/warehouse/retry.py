"""Write transactions that retry on a transaction conflict, with bounded, jittered backoff.

A DuckLake takes many writers; two transactions that change the same table (delete, update,
MERGE, or the same DDL) conflict at commit, and the loser must run its whole transaction again.
`write_transaction` does that with tenacity and counts every retry per kind of write, so the
run report can say how often writers collided (`conflict_retries()`). A DuckDB file has one
writer, so there it never retries, and the same code runs on both backends.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from typing import TypeVar

import duckdb
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from shopcopy.warehouse.sql import transaction

T = TypeVar("T")

# Process-wide tally: kind of write -> retries (a Dask worker returns its own with its chunk).
_RETRIES: Counter = Counter()

_CONFLICT_WORDS = ("conflict", "could not serialize", "concurrent", "duplicate key value")


def is_conflict(exc: BaseException) -> bool:
    """A transaction conflict (another writer committed first), as DuckDB or DuckLake report it."""
    if not isinstance(exc, duckdb.Error):
        return False
    text = str(exc).lower()
    return isinstance(exc, duckdb.TransactionException) or any(w in text for w in _CONFLICT_WORDS)


def _limits() -> tuple[int, float]:
    """SHOPCOPY_WRITE_RETRIES and SHOPCOPY_WRITE_RETRY_MAX_WAIT_S as the settings read them.

    Every write asks, and building the settings costs ~20 ms (pydantic reads every field from the
    environment), which was most of a 50-line file's load; so they are read again only when
    what they come from changes: a SHOPCOPY_ variable, the working folder or its .env file."""
    env = tuple(sorted((k.upper(), v) for k, v in os.environ.items() if k.upper().startswith("SHOPCOPY_")))
    try:
        dotenv = os.stat(".env").st_mtime_ns
    except OSError:
        dotenv = None
    return _limits_for(env, os.getcwd(), dotenv)


@lru_cache(maxsize=8)
def _limits_for(env: tuple, cwd: str, dotenv: int | None) -> tuple[int, float]:
    from shopcopy.settings import get_settings

    s = get_settings()
    return max(s.write_retries, 1), s.write_retry_max_wait_s


def retrying(what: str, attempts: int | None = None, max_wait_s: float | None = None) -> Retrying:
    """A tenacity loop for one kind of write: `for attempt in retrying("x"): with attempt: ...`."""
    if attempts is None or max_wait_s is None:
        default_attempts, default_wait = _limits()
        attempts = attempts or default_attempts
        max_wait_s = default_wait if max_wait_s is None else max_wait_s

    def count(state) -> None:
        _RETRIES[what] += 1

    return Retrying(retry=retry_if_exception(is_conflict), stop=stop_after_attempt(attempts),
                    wait=wait_random_exponential(multiplier=0.05, max=max_wait_s),
                    before_sleep=count, reraise=True)


def write_transaction(con: duckdb.DuckDBPyConnection, body: Callable[[duckdb.DuckDBPyConnection], T],
                      *, what: str) -> T:
    """Run `body(con)` in one transaction; on a conflict roll back and run it again (bounded).

    `body` must be safe to repeat: it is run from the start each time, inside a fresh transaction.
    """
    for attempt in retrying(what):
        with attempt, transaction(con):
            return body(con)
    raise AssertionError("unreachable: tenacity reraises the last error")  # pragma: no cover


def write_attempts(con: duckdb.DuckDBPyConnection, what: str) -> Iterator[AbstractContextManager]:
    """The same retries for a block of statements, each attempt one transaction:

        for tx in write_attempts(con, "review"):
            with tx:
                ...  # run again from the start after a conflict: keep it safe to repeat

    The loop ends after the first attempt that commits; the last conflict is raised when the
    attempts run out. What the block changes outside the warehouse must be reset at its start.
    """
    for attempt in retrying(what):
        yield _attempt_transaction(attempt, con)


@contextmanager
def _attempt_transaction(attempt, con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    with attempt, transaction(con):  # tenacity's attempt records the error; the loop decides
        yield con


def autocommit(con: duckdb.DuckDBPyConnection, sql: str, params=None, *, what: str):
    """One statement on its own (its own implicit transaction), retried on a conflict."""
    for attempt in retrying(what):
        with attempt:
            return con.execute(sql, params) if params is not None else con.execute(sql)
    raise AssertionError("unreachable")  # pragma: no cover


def conflict_retries() -> dict[str, int]:
    """Retries so far in this process, per kind of write."""
    return dict(_RETRIES)


def add_retries(counts: dict[str, int]) -> None:
    """Fold in a worker's tally (returned with its chunk)."""
    _RETRIES.update(counts)


def reset_retries() -> None:
    _RETRIES.clear()
