"""`shopcopy run nightly` without a Prefect server says so and runs the same stages without
Prefect (no temporary server); a PREFECT_API_URL that does not answer is a clear error."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from shopcopy import warehouse
from tests.fixtures.fake_llm import FakeLLM

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
VALID = {"headline": "A kettle", "description": "Boils water.", "subject": "For you", "body": "Hi there.",
         "summary": "Likely to buy soon.", "next_need": "kitchen", "suggested_send_date": "2026-07-10"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shopcopy", *args], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=300)


@pytest.fixture
def env(tmp_path):
    from shopcopy.sample.data import generate

    generate(tmp_path / "inbox", users=50, products=30, days=30, seed=3, end_date=date(2026, 6, 30),
             order_files="monthly")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SHOPCOPY_"))}
    return base | {"PREFECT_HOME": str(tmp_path / "prefect"), "SHOPCOPY_UI_PORT": str(_free_port()),
                   "SHOPCOPY_WAREHOUSE": str(tmp_path / "wh.duckdb"), "SHOPCOPY_INBOX": str(tmp_path / "inbox"),
                   "SHOPCOPY_DOCS_DIR": str(tmp_path / "docs"), "SHOPCOPY_REPORTS_DIR": str(tmp_path / "reports"),
                   "SHOPCOPY_LLM_MODEL": "fake-model", "SHOPCOPY_LLM_JSON_MODE": "json_object",
                   "SHOPCOPY_LLM_MAX_CALLS": "3", "SHOPCOPY_LLM_TOP_PRODUCTS": "2",
                   "SHOPCOPY_LLM_MESSAGES_PER_RUN": "2", "PYTHONPATH": str(ROOT)}


def test_without_a_server_the_nightly_runs_without_the_ui_and_says_so(env, tmp_path):
    with FakeLLM(default=("json", VALID)) as llm:
        done = _cli(env | {"SHOPCOPY_LLM_BASE_URL": llm.base_url}, "run", "nightly", "--date", "2026-07-01")
    out = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0, out[-3000:]
    assert "No Prefect server is running (`make ui` starts one): running without the UI" in out
    assert "temporary server" not in out.lower()  # Prefect's ephemeral server was not started
    assert "shopcopy nightly — 2026-07-01" in out
    with warehouse.connect(tmp_path / "wh.duckdb", read_only=True) as con:
        status, flow = con.execute("select status, flow from ops.runs").fetchone()
        reasons = con.execute("select count(*) from ops.model_evaluations where metric = 'skipped'").fetchone()[0]
    assert (status, flow) == ("completed", "nightly") and reasons >= 1
    charts = list((tmp_path / "reports" / "2026-07-01").glob("*/*.png"))
    assert {p.stem for p in charts} == {"demand_by_category", "generation_history", "llm_history"}
    assert all(p.stat().st_size > 5000 for p in charts)


def test_a_prefect_api_url_that_does_not_answer_is_a_clear_error(env):
    dead = f"http://127.0.0.1:{_free_port()}/api"
    done = _cli(env | {"PREFECT_API_URL": dead}, "run", "nightly")
    out = " ".join(done.stderr.split())
    assert done.returncode == 1
    assert f"PREFECT_API_URL={dead} does not answer" in out and "unset PREFECT_API_URL" in out
