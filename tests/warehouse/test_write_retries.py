"""Stage writes (ingest, validate, features/predict, review, campaigns) run again after a real
transaction conflict, and every retry reaches the run's summary (ops.runs.summary,
write_conflict_retries). Here on a DuckDB file: two connections to one database conflict the
same way two lake writers do (see tests/warehouse/test_lake.py for two processes on a lake)."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from shopcopy.report.ledger import finish_run, record_run_start
from shopcopy.settings import get_settings
from shopcopy.validate import duck as qs
from shopcopy.validate import suites
from shopcopy.validate.sufficiency import Sufficiency, record_sufficiency
from shopcopy.warehouse.retry import conflict_retries, write_attempts

SNAPSHOT = date(2026, 7, 1)


def verdict(buyers: int) -> Sufficiency:
    return Sufficiency(SNAPSHOT, True, False, buyers, 200, 30, 12, [])


def lose_once_to(other, statement: str, monkeypatch, module):
    """Patch `module.run_sql` so that the first statement a stage writes finds that `other`
    committed `statement` after this transaction began: a real conflict, once."""
    real, calls = module.run_sql, []

    def run_sql(con, name, params=None):
        calls.append(name)
        if len(calls) == 1:
            con.execute("select count(*) from ops.runs").fetchall()  # this transaction's snapshot
            other.execute(statement)  # another writer commits a change to the same rows meanwhile
        return real(con, name, params)

    monkeypatch.setattr(module, "run_sql", run_sql)
    return calls


def record_customers_suite(con, run_id: str) -> int:
    """The validate stage's write for one suite (results + quarantine), on this warehouse."""
    suite = qs.load_suite("raw_customers")
    qs.flag_failed_rows(con, suite, qs.expectation_parameters(con, SNAPSHOT, get_settings()))
    rows, nonnull = qs.table_counts(con, suite)
    outcomes = suites.duckdb_outcomes(con, suite, rows, nonnull, qs.failure_counts(con))
    suites.record(con, suite, outcomes, run_id, SNAPSHOT, "duckdb")
    return len(outcomes)


def test_a_conflict_in_the_validate_stage_is_retried_and_reaches_the_run_summary(con, monkeypatch):
    record_run_start(con, "run-1", "nightly", SNAPSHOT)  # the run's count starts at zero here
    expectations = record_customers_suite(con, "run-1")
    calls = lose_once_to(con.cursor(), "delete from ops.quality_results where run_id = 'run-1'",
                         monkeypatch, suites)
    record_customers_suite(con, "run-1")  # validating the run again replaces its results
    assert calls[:2] == ["validate/delete_run_results", "validate/delete_run_results"]  # ran again
    stored = con.execute("select count(*), count(distinct expectation_name) from ops.quality_results "
                         "where run_id = 'run-1'").fetchone()
    assert stored == (expectations, expectations)  # each once: nothing of the lost attempt kept
    assert conflict_retries() == {"validate": 1}
    assert finish_run(con, "run-1", "completed")
    summary = json.loads(con.execute("select summary from ops.runs where run_id = 'run-1'").fetchone()[0])
    assert summary["write_conflict_retries"] == {"validate": 1}


def test_a_write_that_keeps_losing_stops_after_the_bounded_attempts(con, monkeypatch):
    monkeypatch.setenv("SHOPCOPY_WRITE_RETRIES", "3")
    monkeypatch.setenv("SHOPCOPY_WRITE_RETRY_MAX_WAIT_S", "0")
    record_run_start(con, "run-2", "nightly", SNAPSHOT)
    record_sufficiency(con, "run-2", verdict(40))
    other, attempts = con.cursor(), []
    with pytest.raises(duckdb.TransactionException, match="(?i)conflict"):
        for tx in write_attempts(con, "validate"):
            with tx:
                attempts.append(1)
                con.execute("select count(*) from ops.data_sufficiency").fetchall()
                other.execute("update ops.data_sufficiency set buyers = buyers + 1 where run_id = 'run-2'")
                con.execute("update ops.data_sufficiency set buyers = 0 where run_id = 'run-2'")
    assert len(attempts) == 3 and conflict_retries() == {"validate": 2}
    # Nothing of the losing attempts was kept; the other writer's three commits were.
    assert con.execute("select buyers from ops.data_sufficiency where run_id = 'run-2'").fetchone()[0] == 43



def test_the_retry_limits_follow_the_environment_and_the_env_file(tmp_path, monkeypatch):
    """Read once per change (settings cost ~20 ms a write), never stale: a new value of the
    variable, or of .env in the working folder, is the next write's limit."""
    from shopcopy.warehouse.retry import retrying

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SHOPCOPY_WRITE_RETRIES", "3")
    assert retrying("w").stop.max_attempt_number == 3
    assert retrying("w").stop.max_attempt_number == 3
    monkeypatch.setenv("SHOPCOPY_WRITE_RETRIES", "5")
    assert retrying("w").stop.max_attempt_number == 5
    monkeypatch.delenv("SHOPCOPY_WRITE_RETRIES")
    (tmp_path / ".env").write_text("SHOPCOPY_WRITE_RETRIES=4\n")
    assert retrying("w").stop.max_attempt_number == 4
    monkeypatch.chdir(tmp_path.parent)  # another folder, without that .env: the default
    assert retrying("w").stop.max_attempt_number == get_settings().write_retries
