"""The nightly deployment against a real `prefect server` on a free loopback port: deploy it from
prefect.yaml, run it through a process worker, read its final state and artifacts back with the
Prefect client. This is the path `make ui` takes; the test harness in test_nightly.py is not."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.fake_llm import FakeLLM

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PREFECT = str(Path(sys.executable).with_name("prefect"))
END = date(2026, 3, 31)
SNAPSHOT = date(2026, 4, 1)
# Not UTC, so the test proves the schedule's timezone comes from SHOPCOPY_TIMEZONE.
TIMEZONE = "Europe/Berlin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (from /proc): a flow run may sit in its own session."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group and every descendant, then SIGKILL whatever is left."""
    pids = _descendants(proc.pid)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if proc.poll() is not None and not any(Path(f"/proc/{p}").exists() for p in pids):
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)


def _prefect(args: list[str], env: dict, log: Path, timeout: float) -> None:
    """Run a prefect CLI command to the end in its own process group; stop it all on timeout."""
    with log.open("ab") as out:
        proc = subprocess.Popen([PREFECT, *args], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            rc = f"nothing (still running after {timeout}s)"
        finally:
            _stop(proc)
    assert rc == 0, f"prefect {' '.join(args)} exited {rc}:\n{log.read_text()[-3000:]}"


def _call(api_url: str, method: str, *args, **kwargs):
    """One Prefect client call against our server (never whatever PREFECT_API_URL says)."""
    from prefect.client.orchestration import PrefectClient

    async def go():
        async with PrefectClient(api=api_url) as client:
            return await getattr(client, method)(*args, **kwargs)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real Prefect server (own PREFECT_HOME and SQLite db) on 127.0.0.1; stopped at the end,
    also when a test fails. Yields the environment every prefect command must run with."""
    root = tmp_path_factory.mktemp("prefect_server")
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SHOPCOPY_"))}
    env.update(PREFECT_HOME=str(root / "home"), PREFECT_API_URL=api_url, DO_NOT_TRACK="1",
               PREFECT_SERVER_ANALYTICS_ENABLED="false",
               # The UI bundle copy costs startup time; the API is what this test drives.
               PREFECT_UI_ENABLED="false")
    log = root / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        _wait_healthy(api_url, proc, log)
        yield {"root": root, "env": env, "api_url": api_url}
    finally:
        _stop(proc)


def _wait_healthy(api_url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"prefect server exited {proc.returncode}:\n{log.read_text()[-3000:]}"
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"prefect server not healthy after {timeout}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def deployment(server):
    """The pool and the `nightly` deployment, created the way scripts/ui.sh creates them."""
    env = {**server["env"], "SHOPCOPY_HOME": str(ROOT), "SHOPCOPY_TIMEZONE": TIMEZONE}
    log = server["root"] / "deploy.log"
    _prefect(["work-pool", "create", "shopcopy-pool", "--type", "process"], env, log, timeout=60)
    _prefect(["--no-prompt", "deploy", "--name", "nightly"], env, log, timeout=120)
    return _call(server["api_url"], "read_deployment_by_name", "nightly/nightly")


@pytest.fixture(scope="module")
def finished_run(server, deployment):
    """One nightly run of the deployment on tiny sample data, executed by a process worker.

    The LLM is the fake OpenAI-compatible server: this test is about orchestration, and the real
    model's output is covered by test_nightly.py."""
    from shopcopy.sample.data import generate

    data = server["root"] / "data"
    generate(data / "inbox", users=150, products=40, days=200, seed=11, end_date=END)
    with FakeLLM(default=("json", {})) as llm:
        env = {**server["env"], "SHOPCOPY_WAREHOUSE": str(data / "wh.duckdb"),
               "SHOPCOPY_INBOX": str(data / "inbox"), "SHOPCOPY_DOCS_DIR": str(data / "docs"),
               "SHOPCOPY_LLM_BASE_URL": llm.base_url, "SHOPCOPY_LLM_MODEL": "fake-model",
               "SHOPCOPY_LLM_JSON_MODE": "json_object", "SHOPCOPY_LLM_MAX_CALLS": "4",
               "SHOPCOPY_LLM_TOP_PRODUCTS": "2", "SHOPCOPY_LLM_MESSAGES_PER_RUN": "2",
               "SHOPCOPY_MIN_BUYERS": "50"}
        run = _call(server["api_url"], "create_flow_run_from_deployment", deployment.id,
                    parameters={"snapshot_date": SNAPSHOT.isoformat()})
        # --run-once: poll the pool once, run what is due (our run), wait for it, exit.
        _prefect(["worker", "start", "--pool", "shopcopy-pool", "--run-once"], env,
                 server["root"] / "worker.log", timeout=240)
    final = _wait_final(server["api_url"], run.id)
    return {"run": final, "warehouse": data / "wh.duckdb", "log": server["root"] / "worker.log"}


def _wait_final(api_url: str, run_id, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while True:
        run = _call(api_url, "read_flow_run", run_id)
        if run.state and run.state.is_final() or time.monotonic() > deadline:
            return run
        time.sleep(1)


def _artifacts(api_url: str, **filters):
    from prefect.client.schemas.filters import ArtifactFilter

    return _call(api_url, "read_artifacts", artifact_filter=ArtifactFilter(**filters))


def test_the_nightly_deployment_is_scheduled_at_two_in_the_configured_timezone(deployment):
    (schedule,) = deployment.schedules
    assert schedule.active
    assert schedule.schedule.cron == "0 2 * * *"
    assert schedule.schedule.timezone == TIMEZONE
    assert f"02:00 {TIMEZONE}" in deployment.description  # the schedule card does not show the zone
    assert deployment.work_pool_name == "shopcopy-pool"
    assert deployment.global_concurrency_limit.limit == 1
    # The pull step must land the worker's flow run in this checkout, wherever the worker runs.
    assert deployment.pull_steps == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}]


def test_a_worker_runs_the_deployment_to_completed(finished_run):
    run = finished_run["run"]
    assert run.state.is_completed(), (
        f"{run.state.type}: {run.state.message}\n{finished_run['log'].read_text()[-4000:]}")
    assert run.parameters == {"snapshot_date": SNAPSHOT.isoformat()}
    assert run.name == f"nightly-{SNAPSHOT.isoformat()}" and f"snapshot:{SNAPSHOT.isoformat()}" in run.tags


def test_the_run_report_artifact_names_the_run_and_matches_the_warehouse(server, finished_run):
    import json

    from prefect.client.schemas.filters import (
        ArtifactFilterFlowRunId,
        ArtifactFilterKey,
        FlowRunFilter,
        FlowRunFilterParentFlowRunId,
    )

    from shopcopy import warehouse

    run_id = finished_run["run"].id
    subflows = _call(server["api_url"], "read_flow_runs", flow_run_filter=FlowRunFilter(
        parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[run_id])))
    own = _artifacts(server["api_url"], flow_run_id=ArtifactFilterFlowRunId(
        any_=[run_id, *(r.id for r in subflows)]))
    by_key = {a.key: a for a in own}
    assert {"nightly-report", "model-evaluations", "generation-summary", "ingest-summary"} <= set(by_key)
    assert [a.key for a in own].count("model-evaluations") == 1
    report = by_key["nightly-report"]
    assert report.type == "markdown"
    assert str(run_id) in report.data and SNAPSHOT.isoformat() in report.data
    assert by_key["model-evaluations"].type == "table"
    # The warehouse records the run under the Prefect flow run id, so UI and SQL line up.
    with warehouse.connect(finished_run["warehouse"], read_only=True) as con:
        status, summary = con.execute("select status, summary from ops.runs where run_id = ?",
                                      [str(run_id)]).fetchall()[0]
    assert status == "completed"
    assert f"LLM calls: **{json.loads(summary)['llm']['calls']}**" in report.data
    # Generation (a subflow) reported its progress while it ran.
    progress = _artifacts(server["api_url"], key=ArtifactFilterKey(any_=["generation-progress"]))
    assert [a.type for a in progress] == ["progress"]
