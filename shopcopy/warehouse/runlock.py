"""One writer at a time: a whole nightly run holds an OS file lock next to the warehouse.

DuckDB's own lock lasts only while a connection is open, and stages open and close theirs, so
two runs could interleave stage by stage. The run lock spans the whole run; a second run waits
up to `wait_s` and then stops with a message naming the run that holds the warehouse.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from shopcopy.clock import now_utc


class RunLocked(RuntimeError):
    """Another shopcopy run is writing the warehouse."""


def lock_path(warehouse: Path) -> Path:
    return Path(f"{warehouse}.run.lock")


@contextmanager
def run_lock(warehouse: Path, run_id: str, wait_s: float = 0.0) -> Iterator[None]:
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise RunLocked(_busy_message(path, warehouse)) from None
                time.sleep(1.0)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"run_id": run_id, "pid": os.getpid(),
                                 "started_at": now_utc().isoformat(timespec="seconds")}).encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock, also when the process dies


def _busy_message(path: Path, warehouse: Path) -> str:
    try:
        holder = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        holder = {}
    who = (f"run {holder.get('run_id')} (pid {holder.get('pid')}, started {holder.get('started_at')})"
           if holder else "another shopcopy run")
    return (f"The warehouse {warehouse} is being written by {who}. Only one run may write at a "
            "time: this run stops without touching it. Wait for that run to finish, then rerun.")
