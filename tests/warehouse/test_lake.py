"""The DuckLake backend on a throwaway PostgreSQL catalog over loopback: extensions from the
wheels only, migrate once (also two processes at once), workers that do not migrate, and
writers that retry conflicts without losing or duplicating a row.

What a lake does not do: two writers inserting the same *new* key both succeed (appends never
conflict), so a key must have one writer (the run that owns it, as every keyed ops table here
is keyed by its run) and uniqueness is checked by validation expectations, not by the lake."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from shopcopy import warehouse
from shopcopy.generate import store
from shopcopy.warehouse.migrate import SchemaNotMigrated, migration_files
from shopcopy.warehouse.retry import conflict_retries, reset_retries, write_transaction

ROOT = Path(__file__).resolve().parents[2]
N_MIGRATIONS = len(migration_files())


def lake_env(catalog: str, root: Path, **extra) -> dict[str, str]:
    """SHOPCOPY_* for a lake (the process's own environment minus any SHOPCOPY_/PREFECT_ knobs)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SHOPCOPY_", "PREFECT_"))}
    return base | {"SHOPCOPY_WAREHOUSE_BACKEND": "ducklake", "SHOPCOPY_LAKE_CATALOG": f"postgres:{catalog}",
                   "SHOPCOPY_LAKE_DATA_PATH": str(root / "lake-data"),
                   "SHOPCOPY_LAKE_EXTENSION_DIR": str(root / "ext"),
                   "SHOPCOPY_WAREHOUSE": str(root / "wh.duckdb"), "PYTHONPATH": str(ROOT),
                   **{k: str(v) for k, v in extra.items()}}


@pytest.fixture
def lake(lake_catalog, tmp_path, monkeypatch):
    """This process configured for a fresh lake; yields its environment."""
    env = lake_env(lake_catalog, tmp_path)
    for k, v in env.items():
        if k.startswith("SHOPCOPY_"):
            monkeypatch.setenv(k, v)
    return env


def _cli(env: dict, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "shopcopy", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _con(env):
    return warehouse.connect(env["SHOPCOPY_WAREHOUSE"])


def test_the_lake_loads_its_extensions_from_the_wheels_into_a_private_folder(lake):
    with _con(lake) as con:
        loaded = dict(con.execute("select extension_name, install_path from duckdb_extensions() "
                                  "where extension_name in ('ducklake', 'postgres_scanner') and loaded").fetchall())
        assert con.execute("select current_setting('autoinstall_known_extensions')").fetchone()[0] is False
        names = [r[0] for r in con.execute("select name from ops.schema_migrations order by name").fetchall()]
    assert set(loaded) == {"ducklake", "postgres_scanner"}
    assert all(p.startswith(lake["SHOPCOPY_LAKE_EXTENSION_DIR"]) for p in loaded.values()), loaded
    assert names == [f.name for f in migration_files()]


def test_migrate_once_then_workers_connect_without_migrating(lake, monkeypatch):
    monkeypatch.setenv("SHOPCOPY_WAREHOUSE_MIGRATE", "false")
    with pytest.raises(SchemaNotMigrated, match="Run `shopcopy migrate` once"):
        _con(lake)
    check = _cli(lake, "migrate", "--check")
    assert check.wait(120) == 1 and f"{N_MIGRATIONS} pending migration(s)" in check.stdout.read()
    first = _cli(lake, "migrate")
    out = " ".join(first.stdout.read().split())
    assert first.wait(120) == 0, out
    assert f"applied {N_MIGRATIONS} migration(s)" in out
    again = _cli(lake, "migrate")
    assert again.wait(120) == 0 and "schema already current" in again.stdout.read()
    with _con(lake) as con:  # a worker: no migration, and the views exist
        assert con.execute("select count(*) from marts.published_product_copy").fetchone()[0] == 0
        assert con.execute("select count(*) from ops.schema_migrations").fetchone()[0] == N_MIGRATIONS


def test_two_processes_migrating_at_once_both_finish_and_apply_each_file_once(lake):
    procs = [_cli(lake, "migrate") for _ in range(2)]
    outs = [" ".join(p.stdout.read().split()) for p in procs]
    assert [p.wait(180) for p in procs] == [0, 0], outs
    with _con(lake) as con:
        names = [r[0] for r in con.execute("select name from ops.schema_migrations").fetchall()]
    assert sorted(names) == [f.name for f in migration_files()]  # each once


def test_a_conflicting_write_is_retried_and_counted(lake):
    """Two sessions change the same table; the one that commits second runs its whole
    transaction again and both changes are kept."""
    reset_retries()
    with _con(lake) as a, _con(lake) as b:
        a.execute("create table ops.counter (n integer not null)")
        a.execute("insert into ops.counter values (0)")
        attempts = []

        def bump(c):
            attempts.append(1)
            c.execute("update ops.counter set n = n + 1")
            if len(attempts) == 1:  # another writer commits the same change meanwhile
                b.execute("update ops.counter set n = n + 10")

        write_transaction(a, bump, what="test_counter")
        assert a.execute("select n from ops.counter").fetchone()[0] == 11
    assert len(attempts) == 2 and conflict_retries()["test_counter"] == 1


WRITER = textwrap.dedent('''
    import sys, uuid
    from datetime import date, datetime
    from shopcopy import warehouse
    from shopcopy.generate import store
    from shopcopy.settings import get_settings
    from shopcopy.warehouse.retry import conflict_retries
    who, batches = sys.argv[1], int(sys.argv[2])
    con = warehouse.connect(get_settings().warehouse)
    for b in range(batches):
        calls = [{"call_id": f"{who}-{b}-{i}", "run_id": who, "task": "demand_insights",
                  "item_key": f"u{i}", "prompt_name": "p", "prompt_version": "v", "model": "m",
                  "input_hash": uuid.uuid4().hex, "tokens_in": 1, "tokens_out": 1, "latency_ms": 1,
                  "attempt": 1, "candidate": 1, "outcome": "ok", "error": None,
                  "created_at": datetime(2026, 1, 1)} for i in range(5)]
        store.write_batch(con, {}, calls, replace=False)
        # The same existing row for both writers, replaced each time: MERGE's update path on one
        # table conflicts, and the loser writes its whole batch again.
        tallies = [{"run_id": "shared", "snapshot_date": date(2026, 1, 1), "task": "t", "items": b,
                    "unchanged": 0, "parked": 0, "written": 0, "failed": 0, "left_for_next_run": 0,
                    "created_at": datetime(2026, 1, 1)}]
        store._write_tallies(con, tallies)
    print("retries", sum(conflict_retries().values()))
''')


def test_two_processes_writing_at_once_lose_and_duplicate_no_row(lake):
    with _con(lake) as con:  # migrated once, before the writers start; the shared row exists
        store._write_tallies(con, [{"run_id": "shared", "snapshot_date": date(2026, 1, 1), "task": "t",
                                    "items": -1, "unchanged": 0, "parked": 0, "written": 0, "failed": 0,
                                    "left_for_next_run": 0, "created_at": datetime(2026, 1, 1)}])
    env = {**lake, "SHOPCOPY_WAREHOUSE_MIGRATE": "false", "SHOPCOPY_WRITE_RETRIES": "30"}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, who, "20"], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for who in ("w1", "w2")]
    outs = [p.stdout.read() for p in procs]
    assert [p.wait(300) for p in procs] == [0, 0], outs
    with _con(lake) as con:
        per_writer = dict(con.execute("select run_id, count(*) from ops.llm_calls group by 1").fetchall())
        distinct = con.execute("select count(distinct call_id) from ops.llm_calls").fetchone()[0]
        shared = con.execute("select count(*), max(items) from ops.generation_runs where run_id = 'shared'").fetchone()
    assert per_writer == {"w1": 100, "w2": 100} and distinct == 200
    assert shared == (1, 19)  # one row, whichever writer's last batch committed last
    # Every retry is counted and printed (how many happen depends on timing, so not asserted).
    assert all(out.strip().splitlines()[-1].startswith("retries ") for out in outs), outs


def test_a_file_warehouse_is_untouched_by_the_lake_setting(lake, tmp_path):
    """Scratch warehouses at other paths (copy evaluation, tests) stay DuckDB files."""
    with warehouse.connect(tmp_path / "scratch.duckdb") as con:
        assert con.execute("select current_database()").fetchone()[0] == "scratch"
    assert duckdb.connect(str(tmp_path / "scratch.duckdb")).execute(
        "select count(*) from ops.schema_migrations").fetchone()[0] == N_MIGRATIONS


def test_a_read_only_connection_reads_the_lake_and_refuses_writes(lake):
    with _con(lake) as con:
        con.execute("insert into ops.guardrail_vocabulary (locale, word, added_by) values ('en-US', 'kettle', 't')")
    with warehouse.connect(lake["SHOPCOPY_WAREHOUSE"], read_only=True) as ro:
        assert ro.execute("select word from ops.guardrail_vocabulary").fetchall() == [("kettle",)]
        with pytest.raises(duckdb.Error, match="(?i)read.only"):
            ro.execute("delete from ops.guardrail_vocabulary")


STAGE_WRITER = textwrap.dedent('''
    import sys
    from shopcopy import warehouse
    from shopcopy.settings import get_settings
    from tests.warehouse.test_write_retries import record_customers_suite
    con = warehouse.connect(get_settings().warehouse)
    print("ready", flush=True)
    sys.stdin.readline()  # the other process is inside its transaction now
    record_customers_suite(con, "run-1")
    print("committed", flush=True)
''')


def test_a_stage_write_that_loses_to_another_process_on_the_lake_is_retried(lake, monkeypatch):
    """The validate stage's write (delete + insert of a run's results) in this process and the
    same write from a second process: the second commits first, this one's commit conflicts on
    the lake's catalog and its whole transaction runs again; the results are there once."""
    from shopcopy.validate import suites
    from tests.warehouse.test_write_retries import record_customers_suite

    with _con(lake) as con:
        expectations = record_customers_suite(con, "run-1")
        other = subprocess.Popen([sys.executable, "-c", STAGE_WRITER], cwd=ROOT, text=True,
                                 env={**lake, "SHOPCOPY_WAREHOUSE_MIGRATE": "false"},
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            assert other.stdout.readline().strip() == "ready"
            real, calls = suites.run_sql, []

            def run_sql(c, name, params=None):
                result = real(c, name, params)
                calls.append(name)
                if len(calls) == 1:  # inside this transaction: let the other process write and commit
                    other.stdin.write("go\n")
                    other.stdin.flush()
                    said = other.stdout.read()
                    assert "committed" in said, said
                return result

            monkeypatch.setattr(suites, "run_sql", run_sql)
            reset_retries()
            record_customers_suite(con, "run-1")
            assert other.wait(60) == 0
        finally:
            if other.poll() is None:
                other.kill()
        stored = con.execute("select count(*), count(distinct expectation_name) from ops.quality_results "
                             "where run_id = 'run-1'").fetchone()
    assert calls.count("validate/delete_run_results") == 2  # the whole transaction ran again
    assert conflict_retries() == {"validate": 1}
    assert stored == (expectations, expectations)


def test_a_key_duplicated_on_the_lake_is_caught_by_the_validate_stage(lake):
    """Two writers appending the same new key both succeed on a lake (no constraints): the
    validate stage's key check finds it, names table, key and rows, and blocks the run."""
    from shopcopy.validate import GateFailed, gate
    from shopcopy.validate.keys import SUITE, check_keys, keys_to_check
    from shopcopy.validate.suites import ValidationReport

    call = {"call_id": "c-1", "run_id": "r", "task": "demand_insights", "item_key": "u1", "prompt_name": "p",
            "prompt_version": "v", "model": "m", "input_hash": "h1", "tokens_in": 1, "tokens_out": 1,
            "latency_ms": 1, "attempt": 1, "candidate": 1, "outcome": "ok", "error": None,
            "created_at": datetime(2026, 1, 1)}
    with _con(lake) as con:
        store.write_batch(con, {}, [call], replace=False)
        clean = check_keys(con, "v-1", date(2026, 1, 2))
        assert all(o.success for o in clean.outcomes) and len(clean.outcomes) == len(keys_to_check(lake=True))
        store.write_batch(con, {}, [call, {**call, "call_id": "c-2"}], replace=False)  # c-1 again
        found = check_keys(con, "v-2", date(2026, 1, 2))
        stored = con.execute("select expectation_name, unexpected_count from ops.quality_results "
                             "where run_id = 'v-2' and suite = ? and not success", [SUITE]).fetchall()
    assert stored == [("ops.llm_calls:call_id", 2)]
    with pytest.raises(GateFailed, match=r"ops\.llm_calls has 2 of 3 rows sharing a key \(call_id\) with "
                                         r"another row, e\.g\. call_id=c-1, rows=2\..*Keep one row per key"):
        gate(ValidationReport("v-2", date(2026, 1, 2), Path("docs"), [found]))
