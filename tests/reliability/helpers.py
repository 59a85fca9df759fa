"""Shared parts of the crash, flaky-endpoint, concurrency and secrets tests (issue #8).

Nightly runs under test run as real child processes (`python -c`, the way cron or a Prefect worker
starts them) against one Prefect test server, one inbox and a fake OpenAI-compatible endpoint, so
a test can SIGKILL them, race them and read everything they printed. The only code that runs
inside a child besides shopcopy is `child_main` below: it can pause the run right before a named
SQL file executes, writing a marker file first, so the parent kills it at an exact point.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb

from tests.fixtures.fake_llm import FakeLLM, chat_reply

REPO = Path(__file__).resolve().parents[2]
END = date(2026, 3, 31)
SNAPSHOT = date(2026, 4, 1)
SAMPLE = dict(users=150, products=40, days=200, seed=11, end_date=END)
API_KEY = "sk-reliability-7f3c9e1b5d2a-SECRET"   # recognisable: any occurrence is a leak
GEN_TASKS = ("product_descriptions", "recommendation_messages", "demand_insights")
# Small, fast generation: 2 products x every (segment, locale) plus 10 messages and insights.
# The fake endpoint answers from the facts it finds in v1's quoted <data> JSON, and the fault
# schedule counts one request per item: so these runs use prompt set v1 and one candidate.
LLM_ENV = {"SHOPCOPY_LLM_TOP_PRODUCTS": "2", "SHOPCOPY_LLM_MESSAGES_PER_RUN": "10",
           "SHOPCOPY_LLM_MAX_CALLS": "400", "SHOPCOPY_LLM_TIMEOUT_S": "5", "SHOPCOPY_MIN_BUYERS": "50",
           "SHOPCOPY_LLM_PROMPT_SET": "v1", "SHOPCOPY_LLM_CANDIDATES": "1"}

# Columns that differ between two correct runs: ids, clocks, run ids, latencies, free-text
# messages carrying run ids. Everything else must match a clean run exactly.
VOLATILE = {"run_id", "output_id", "call_id", "quarantine_id", "review_id", "created_at", "loaded_at",
            "_loaded_at", "started_at", "finished_at", "applied_at", "latency_ms", "summary", "message",
            "details"}
# Tables holding per-run history: a killed run may leave its own rows there (that is its record),
# so only the rows of the run being compared are compared.
PER_RUN = {"ops.runs", "ops.quality_results", "ops.data_sufficiency"}
# A run's generation tallies say what *that* run found: a rerun after a kill finds the killed
# run's committed texts unchanged, so its unchanged/asked split differs from a clean run's by
# design. Only the columns that must still match are compared.
RUN_TALLY_COLUMNS = {"ops.generation_runs": ("snapshot_date", "task", "items", "parked")}
# Counts that say how much was there to check, where a rerun after a kill rightly finds more: the
# validate stage's key check counts each gen table's rows, and a killed generation leaves its
# committed texts behind for the rerun's validation (a clean run validates before any text).
# The check's outcome (success, duplicates found) must still match.
STATE_COUNTS = {"ops.quality_results": {
    "element_count": "suite = 'warehouse_keys' and table_name like 'gen.%'"}}
# The business key of every table that must never hold a key twice.
KEYS = {
    "raw.orders": "order_id, line_no", "raw.products": "product_id", "raw.customers": "user_id",
    "raw.product_history": "product_id, updated_at", "ops.ingest_files": "sha256, status",
    "features.user_features": "snapshot_date, user_id", "predictions.user_demand": "snapshot_date, user_id",
    "recs.user_recommendations": "snapshot_date, user_id, rank",
    "ops.model_evaluations": "snapshot_date, what, metric, baseline",  # one row per baseline
    "gen.product_descriptions": "input_hash", "gen.recommendation_messages": "input_hash",
    "gen.demand_insights": "input_hash", "ops.llm_calls": "input_hash, run_id, attempt",
}


# ---- the fake endpoint ------------------------------------------------------------------------
def data_of(body: dict) -> dict:
    """The facts quoted between <data> and </data> in a chat request (JSON; \\u003c escapes parse)."""
    text = next(m["content"] for m in body["messages"] if m["role"] == "user" and "<data>" in m["content"])
    return json.loads(text.split("<data>", 1)[1].split("</data>", 1)[0])


def item_key(inputs: dict) -> str:
    """One item's identity as seen from outside: its facts. The prompt quotes them with every
    string made inert; the sample data has nothing to neutralise, so the two forms agree."""
    return json.dumps(inputs, sort_keys=True, ensure_ascii=False)


def grounded_reply(facts: dict) -> dict:
    """Copy built only from the quoted facts, long enough for the length checks."""
    if "product" in facts:
        p = facts["product"]
        return {"headline": p["title"],
                "description": f"{p['title']} from {p['brand']} is a {p['category']} favourite. "
                               "It is made for everyday use and simple to enjoy."}
    if "products" in facts:
        names = " and ".join(p["title"] for p in facts["products"][:2])
        return {"subject": "Picked for you", "body": f"We think you will like {names}. Take a look today."}
    pred = facts["prediction"]
    return {"summary": f"Likely to order again soon, most likely in {pred['next_category'] or 'any category'}.",
            "next_need": pred["next_category"] or "everyday items",
            "suggested_send_date": pred["next_order_date"] or "2026-04-02"}


def invented_reply(facts: dict) -> dict:
    """A reply that states false facts (another product, a made-up price): a hard failure."""
    out = grounded_reply(facts)
    first = next(iter(out))
    out[first] = f"{out[first]} Now with a free iPhone 15 Pro Max, only $1.00!"
    return out


class ShopLLM(FakeLLM):
    """FakeLLM that can also answer from the request's own facts ("grounded") or with invented
    facts ("invented"), and keeps the Authorization header of every request."""

    def __init__(self, default=("grounded",)):
        super().__init__(default=default)
        self.auth_headers: list[str | None] = []

    def _respond(self, handler, behaviour: tuple, body: dict) -> None:
        self.auth_headers.append(handler.headers.get("Authorization"))
        if behaviour[0] in ("grounded", "invented"):
            make = grounded_reply if behaviour[0] == "grounded" else invented_reply
            return self._send(handler, 200, chat_reply(json.dumps(make(data_of(body)))))
        return super()._respond(handler, behaviour, body)

    def keys(self, start: int = 0) -> list[str]:
        """Item key of every request from number `start` on (strict retries repeat their item)."""
        return [item_key(data_of(b)) for b in self.requests[start:]]


FAULTS = [("status", 500), ("status", 429), ("hang", 1.5), ("garbage",),
          ("json", {"headline": 42}), ("text", "Sure! Here is your copy: great product, buy now")]


def flaky_script(n: int, fault_rate: float, seed: int, invented_rate: float = 0.15) -> list[tuple]:
    """`n` seeded behaviours: in every block of 10 requests exactly `fault_rate` x 10 are faults
    (taking FAULTS in turn, so every kind shows up), at seeded positions; the rest are answers,
    some of which invent facts (so the guardrails have something to reject)."""
    rng, script, faults = random.Random(seed), [], 0
    for _ in range(0, n, 10):
        failing = set(rng.sample(range(10), round(10 * fault_rate)))
        for i in range(10):
            if i in failing:
                script.append(FAULTS[faults % len(FAULTS)])
                faults += 1
            else:
                script.append(("invented",) if rng.random() < invented_rate else ("grounded",))
    return script[:n]


# ---- child processes ----------------------------------------------------------------------------
def api_url() -> str:
    """The API of the session's Prefect test server (inside the prefect_harness fixture)."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value()


def child_env(warehouse: Path, inbox: Path, llm: FakeLLM, api_url: str, **extra: str) -> dict:
    """Environment of a nightly child: its own warehouse, the shared inbox and Prefect server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SHOPCOPY_", "PREFECT_"))}
    env.update({
        "PREFECT_API_URL": api_url, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
        "SHOPCOPY_WAREHOUSE": str(warehouse), "SHOPCOPY_INBOX": str(inbox),
        "SHOPCOPY_DOCS_DIR": str(warehouse.parent / "docs"), "SHOPCOPY_LLM_BASE_URL": llm.base_url,
        "SHOPCOPY_LLM_MODEL": "fake-model", "SHOPCOPY_LLM_JSON_MODE": "json_object",
        "SHOPCOPY_LLM_API_KEY": API_KEY, **LLM_ENV, **extra,
    })
    return env


CLI = "from shopcopy.cli import main; main()"
FLOW = "from tests.reliability.helpers import child_main; child_main()"


def start(env: dict, log: Path, code: str = FLOW, args: tuple[str, ...] = ()) -> subprocess.Popen:
    """Start a child in its own process group, stdout+stderr into `log`."""
    out = log.open("w")
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, env=env, stdout=out,
                            stderr=subprocess.STDOUT, start_new_session=True)


def pause_args(sql_name: str, nth: int, marker: Path) -> tuple[str, ...]:
    return (sql_name, str(nth), str(marker))


def child_main() -> None:
    """Entry point of a nightly child: optionally pause before the nth execution of a SQL file."""
    if len(sys.argv) == 4:
        _pause_before(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
    from flows.nightly import nightly

    nightly(snapshot_date=SNAPSHOT)


def _pause_before(sql_name: str, nth: int, marker: Path) -> None:
    """Wrap shopcopy.warehouse.sql.sql_text (run_sql looks it up at call time) to stop at the nth use of
    `sql_name`; the parent sees the marker and kills the process while it sleeps here."""
    from shopcopy.warehouse import sql as warehouse_sql

    original, seen = warehouse_sql.sql_text, [0]

    def hooked(name: str) -> str:
        if name == sql_name:
            seen[0] += 1
            if seen[0] == nth:
                marker.write_text(name)
                time.sleep(600)
        return original(name)

    warehouse_sql.sql_text = hooked


def wait_until(check: Callable[[], bool], timeout_s: float, what: str, proc: subprocess.Popen | None = None,
               log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"child ended (rc {proc.returncode}) before {what}:\n{_tail(log)}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s}s waiting for {what}:\n{_tail(log)}")
        time.sleep(0.05)


def kill(proc: subprocess.Popen) -> int:
    """SIGKILL the child: no finally blocks, no atexit, no flush; exactly a power cut for the run."""
    os.killpg(proc.pid, signal.SIGKILL)
    return proc.wait(timeout=30)


def finish(proc: subprocess.Popen, log: Path, timeout_s: float = 240) -> str:
    """Wait for a child and return its output."""
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        kill(proc)
        raise AssertionError(f"child did not finish within {timeout_s}s:\n{_tail(log)}") from None
    return log.read_text(errors="replace")


def _tail(log: Path | None) -> str:
    return log.read_text(errors="replace")[-4000:] if log and log.exists() else ""


# ---- reading a warehouse back -----------------------------------------------------------------
def tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [t for (t,) in con.execute(
        "select schema_name || '.' || table_name from duckdb_tables() "
        "where not temporary and database_name = current_database() order by 1").fetchall()]


def final_run(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("select run_id from ops.runs where status = 'completed' "
                       "order by started_at desc limit 1").fetchone()[0]


def fingerprint(path: Path) -> dict[str, list[str]]:
    """Every table's rows without VOLATILE columns, sorted; PER_RUN tables only for the last
    completed run. Two correct runs of the same inputs have equal fingerprints."""
    with duckdb.connect(str(path), read_only=True) as con:
        run_id = final_run(con)
        out = {}
        for table in tables(con):
            cols = [c for (c,) in con.execute(
                "select column_name from duckdb_columns() where schema_name || '.' || table_name = ? "
                "and database_name = current_database() order by column_index", [table]).fetchall()]
            cols = [c for c in cols if c in RUN_TALLY_COLUMNS.get(table, cols)]
            counts = STATE_COUNTS.get(table, {})
            keep = ", ".join(f'case when {counts[c]} then null else "{c}" end' if c in counts else f'"{c}"'
                             for c in cols if c not in VOLATILE)
            where = "where run_id = ?" if table in PER_RUN else ""
            rows = con.execute(f"select {keep} from {table} {where}", [run_id] if where else None).fetchall()
            out[table] = sorted(map(repr, rows))
    return out


def duplicate_keys(path: Path) -> dict[str, int]:
    """Rows beyond the first per business key, per table (all zero in a healthy warehouse)."""
    with duckdb.connect(str(path), read_only=True) as con:
        return {t: con.execute(f"select count(*) - count(distinct ({k})) from {t}").fetchone()[0]
                for t, k in KEYS.items()}


def stored_item_key_counts(path: Path) -> Counter:
    """How many stored gen.* texts have each item key: more than one when two shoppers' facts are
    identical (the prompt carries no user id, so the endpoint cannot tell them apart)."""
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute(" union all ".join(f"select inputs from gen.{t}" for t in GEN_TASKS)).fetchall()
    return Counter(item_key(json.loads(r[0])) for r in rows)


def rows(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params).fetchall()


def scalar(path: Path, sql: str, params: list | None = None):
    return rows(path, sql, params)[0][0]


# ---- one clean run, shared by the crash and concurrency tests -----------------------------------
def clean_baseline(tmp_path_factory) -> dict:
    """The sample inbox and one uninterrupted nightly of it (call inside prefect_harness).

    Made once per session: the result lives in the session's temp folder, so each test module
    that needs it pays only the first time.
    """
    import shutil

    from shopcopy.sample.data import generate

    root = tmp_path_factory.getbasetemp() / "reliability-clean"
    done = root / "baseline.json"
    if not done.exists():
        shutil.rmtree(root, ignore_errors=True)
        generate(root / "inbox", **SAMPLE)
        with ShopLLM() as llm:
            started = time.perf_counter()
            log = root / "clean.log"
            # Everything the run writes (warehouse, lock file, Data Docs) lands in run/.
            proc = start(child_env(root / "run" / "wh.duckdb", root / "inbox", llm, api_url()), log)
            output = finish(proc, log)
            assert proc.returncode == 0 and "Traceback" not in output, output[-4000:]
            done.write_text(json.dumps({"keys": llm.keys(), "auth": llm.auth_headers, "bodies": llm.requests,
                                        "seconds": round(time.perf_counter() - started, 1)}))
    return {**json.loads(done.read_text()), "warehouse": root / "run" / "wh.duckdb", "inbox": root / "inbox",
            "log": root / "clean.log"}
