"""Generation in chunk tasks: the same rows as the thread path, the budget held across chunks,
and the Prefect flow on a Dask local cluster and on an external `dask scheduler` with workers,
against the fake OpenAI-compatible endpoint (which fails some requests: the client retries)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from shopcopy import warehouse
from shopcopy.generate.chunks import run_generation_chunked, share, split
from shopcopy.generate.engine import run_generation
from shopcopy.llm.client import LLMClient
from shopcopy.llm.server import Endpoint
from shopcopy.settings import get_settings
from shopcopy.tasks import TASKS
from tests.fixtures.fake_llm import FakeLLM
from tests.fixtures.gen_data import SNAPSHOT, seed

ROOT = Path(__file__).resolve().parents[2]
VALID = {"headline": "A kettle", "description": "Boils water.", "subject": "For you", "body": "Hi {first_name}.",
         "summary": "Likely to buy soon.", "next_need": "kitchen", "suggested_send_date": "2026-07-10"}
SMALL = dict(llm_top_products=2, llm_messages_per_run=2, llm_max_retries=2, llm_timeout_s=5,
             llm_output_tokens=96, llm_candidates=1, llm_model="fake-model", llm_json_mode="json_object")


def _written(con) -> list[tuple]:
    return sorted(r for t in TASKS for r in con.execute(
        f"select '{t}', input_hash, status, model, prompt_version from gen.{t}").fetchall())


def test_split_and_budget_shares():
    assert [len(c) for c in split(list(range(7)), 3)] == [3, 3, 1]
    assert share(10, [3, 3, 1]) == [4, 4, 2] and share(None, [1, 2]) == [None, None]
    assert share(2, [3, 3, 1]) == [1, 1, 0]


@pytest.fixture
def seeded_pair(tmp_path):
    cons = []
    for name in ("thread", "chunks"):
        con = warehouse.connect(tmp_path / f"{name}.duckdb")
        seed(con)
        cons.append(con)
    yield cons
    for c in cons:
        c.close()


def test_chunks_write_the_same_rows_as_the_thread_path(seeded_pair):
    one, chunked = seeded_pair
    with FakeLLM(default=("json", VALID)) as fake:
        s = get_settings(llm_base_url=fake.base_url, gen_chunk_size=3, **SMALL)
        thread = run_generation(one, SNAPSHOT, "r1", s,
                                client=LLMClient(Endpoint(fake.base_url, "fake-model", embedded=False), s))
        with ThreadPoolExecutor(2) as pool:
            from shopcopy.generate.chunks import generate_chunk

            report, results = run_generation_chunked(chunked, SNAPSHOT, "r1", s,
                                                     submit=lambda spec: pool.submit(generate_chunk, spec))
    assert len(results) == 3 and report.written == thread.written == 8
    assert _written(chunked) == _written(one)
    assert chunked.execute("select count(*), count(distinct input_hash) from ops.llm_calls").fetchone() == (8, 8)


def test_the_budget_holds_across_chunks(seeded_pair):
    _, con = seeded_pair
    with FakeLLM(default=("json", VALID)) as fake:
        s = get_settings(llm_base_url=fake.base_url, gen_chunk_size=2, llm_max_calls=3, **SMALL)
        with ThreadPoolExecutor(4) as pool:
            from shopcopy.generate.chunks import generate_chunk

            report, _ = run_generation_chunked(con, SNAPSHOT, "r1", s,
                                               submit=lambda spec: pool.submit(generate_chunk, spec))
    assert report.calls == 3 and len(fake.requests) == 3
    assert sum(report.left.values()) == 5 and report.written == 3


# ---- the Prefect flow on Dask ----------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def flow_env(tmp_path, monkeypatch, prefect_harness):
    wh = tmp_path / "wh.duckdb"
    with warehouse.connect(wh) as con:
        seed(con)

    def use(fake: FakeLLM, runner: str):
        for key, value in {"SHOPCOPY_WAREHOUSE": wh, "SHOPCOPY_LLM_BASE_URL": fake.base_url,
                           "SHOPCOPY_LLM_MODEL": "fake-model", "SHOPCOPY_LLM_JSON_MODE": "json_object",
                           "SHOPCOPY_LLM_TOP_PRODUCTS": "2", "SHOPCOPY_LLM_MESSAGES_PER_RUN": "2",
                           "SHOPCOPY_LLM_CANDIDATES": "1", "SHOPCOPY_LLM_MAX_RETRIES": "3",
                           "SHOPCOPY_TASK_RUNNER": runner, "SHOPCOPY_DASK_WORKERS": "2",
                           "SHOPCOPY_GEN_CHUNK_SIZE": "3", "SHOPCOPY_REPORTS_DIR": tmp_path / "reports"}.items():
            monkeypatch.setenv(key, str(value))
        return wh
    return use


def _check_run(wh: Path, fake: FakeLLM, figures: list[dict]) -> None:
    with warehouse.connect(wh, read_only=True) as con:
        hashes = [r[1] for r in _written(con)]
        outcomes = con.execute("select outcome, count(*) from ops.llm_calls group by 1").fetchall()
        runs = con.execute("select sum(items), sum(written) from ops.generation_runs").fetchone()
    assert len(hashes) == len(set(hashes)) == 8            # every item once, none twice
    assert outcomes == [("ok", 8)]                        # the 500s were retried by the client
    assert len(fake.requests) == 8 + 3                    # ... three times in all
    assert runs == (8, 8) and sum(f["written"] for f in figures) == 8


@pytest.mark.slow
def test_the_generate_flow_runs_its_chunks_on_a_local_dask_cluster(flow_env):
    from flows.generate import generate_flow

    with FakeLLM(default=("json", VALID)) as fake:
        fake.script.extend([("status", 500)] * 3)
        wh = flow_env(fake, "dask")
        figures = generate_flow(snapshot_date=SNAPSHOT)
    _check_run(wh, fake, figures)


@pytest.mark.slow
def test_the_generate_flow_runs_on_an_external_dask_scheduler(flow_env, tmp_path):
    """`dask scheduler` and `dask worker` as their own processes, as on a cluster: the workers
    import the project from PYTHONPATH and reach the endpoint over loopback."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    bin_dir = Path(sys.executable).parent
    log = open(tmp_path / "dask.log", "w")  # noqa: SIM115  (closed below)
    procs = [subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], env=env, stdout=log, stderr=subprocess.STDOUT)]
    try:
        from distributed import Client

        deadline = time.monotonic() + 90
        while True:
            try:
                Client(address, timeout=5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
        procs.append(subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nworkers", "2",
                                       "--nthreads", "1", "--no-dashboard"], env=env, cwd=tmp_path,
                                      stdout=log, stderr=subprocess.STDOUT))
        from distributed import get_task_stream

        from flows.generate import generate_flow

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
            workers = set(client.scheduler_info()["workers"])
            with FakeLLM(default=("json", VALID)) as fake, get_task_stream(client) as stream:
                fake.script.extend([("status", 500)] * 3)
                wh = flow_env(fake, f"dask:{address}")
                figures = generate_flow(snapshot_date=SNAPSHOT)
        _check_run(wh, fake, figures)
        ran_on = [t["worker"] for t in stream.data if "generate-chunk" in str(t.get("key", ""))
                  or "generate_chunk" in str(t.get("key", ""))]
        assert len(ran_on) >= 3 and set(ran_on) <= workers, stream.data  # the 3 chunks, on the cluster
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()
