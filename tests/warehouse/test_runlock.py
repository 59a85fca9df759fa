"""The run lock beside a DuckDB warehouse file, between two real processes: the second run stops
at once with a message naming the run that holds it (never DuckDB's storage error mid-stage),
and a holder that is killed leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shopcopy.warehouse.runlock import RunLocked, run_lock

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent('''
    import sys
    from pathlib import Path
    from shopcopy.warehouse.runlock import run_lock
    with run_lock(Path(sys.argv[1]), "nightly-first"):
        print("held", flush=True)
        sys.stdin.readline()
''')


def _holder(wh: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(wh)], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "held", proc.stdout.read()
    return proc


def test_a_second_process_stops_at_once_naming_the_run_that_holds_the_warehouse(tmp_path):
    wh = tmp_path / "warehouse.duckdb"
    first = _holder(wh)
    try:
        with pytest.raises(RunLocked) as err, run_lock(wh, "nightly-second"):
            pytest.fail("the second run got the lock while the first held it")
        message = str(err.value)
        assert f"being written by run nightly-first (pid {first.pid}" in message
        assert "this run stops without touching it" in message and str(wh) in message
    finally:
        first.stdin.write("\n")
        first.stdin.flush()
        assert first.wait(30) == 0
    with run_lock(wh, "nightly-third"):  # released by the first run's end
        pass


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    wh = tmp_path / "warehouse.duckdb"
    first = _holder(wh)
    first.send_signal(signal.SIGKILL)
    first.wait(30)
    with run_lock(wh, "after-the-crash"):
        assert '"after-the-crash"' in Path(f"{wh}.run.lock.holder").read_text()
