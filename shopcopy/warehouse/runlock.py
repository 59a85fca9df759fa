"""One writer at a time: a whole nightly run holds an OS file lock next to the warehouse.

DuckDB's own lock lasts only while a connection is open, and stages open and close theirs, so
two runs could interleave stage by stage (and the second would meet DuckDB's lock mid-stage as
a storage error). The run lock spans the whole run; a second run waits up to `wait_s` and then
stops, before touching anything, with a message naming the run that holds the warehouse.

The lock is the `filelock` library's (an OS lock: fcntl on Unix, msvcrt on Windows, released
by the OS when the holder dies, so a killed run never leaves a stale lock). Who holds it goes
in a file beside it, written once the lock is held (a waiter opening the lock file must not
overwrite it) and removed when the run ends (a killed run's stays, naming nobody who holds the lock).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from shopcopy.clock import now_utc


class RunLocked(RuntimeError):
    """Another shopcopy run is writing the warehouse."""


def lock_path(warehouse: Path) -> Path:
    return Path(f"{warehouse}.run.lock")


def holder_path(warehouse: Path) -> Path:
    return Path(f"{warehouse}.run.lock.holder")


@contextmanager
def run_lock(warehouse: Path, run_id: str, wait_s: float = 0.0) -> Iterator[None]:
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path)
    try:
        lock.acquire(timeout=max(wait_s, 0.0), poll_interval=1.0 if wait_s >= 1 else 0.05)
    except Timeout:
        raise RunLocked(_busy_message(holder_path(warehouse), warehouse)) from None
    try:
        holder_path(warehouse).write_text(json.dumps({
            "run_id": run_id, "pid": os.getpid(), "started_at": now_utc().isoformat(timespec="seconds")}))
        yield
    finally:
        holder_path(warehouse).unlink(missing_ok=True)  # a finished run holds nothing
        lock.release()


def _busy_message(path: Path, warehouse: Path) -> str:
    try:
        holder = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        holder = {}
    who = (f"run {holder.get('run_id')} (pid {holder.get('pid')}, started {holder.get('started_at')})"
           if holder else "another shopcopy run")
    return (f"The warehouse {warehouse} is being written by {who}. Only one run may write at a "
            "time: this run stops without touching it. Wait for that run to finish, then rerun.")
