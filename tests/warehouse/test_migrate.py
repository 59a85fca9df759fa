"""Migrations apply once, in order, and refuse a warehouse whose applied file was edited; every
connection stores UTC whatever the host's time zone."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from shopcopy import warehouse
from shopcopy.warehouse.migrate import MigrationEdited, migrate


def _folder(tmp_path, files: dict[str, str]):
    folder = tmp_path / "schema"
    folder.mkdir(exist_ok=True)
    for name, body in files.items():
        (folder / name).write_text(body)
    return folder


def test_migrations_apply_once_in_order(tmp_path, con):
    folder = _folder(tmp_path, {"002_b.sql": "insert into t values (2);",
                                "001_a.sql": "create table t (x int); insert into t values (1);"})
    assert migrate(con, folder) == ["001_a.sql", "002_b.sql"]
    assert migrate(con, folder) == []
    assert con.execute("select list(x order by x) from t").fetchone()[0] == [1, 2]


def test_an_edited_applied_migration_stops_with_a_message_naming_it(tmp_path, con):
    folder = _folder(tmp_path, {"001_a.sql": "create table t (x int);"})
    migrate(con, folder)
    (folder / "001_a.sql").write_text("create table t (x int, y int);")
    (folder / "002_b.sql").write_text("create table u (x int);")
    with pytest.raises(MigrationEdited, match=r"001_a\.sql.*new numbered migration"):
        migrate(con, folder)
    # nothing after the edited file ran
    assert not con.execute("select count(*) from information_schema.tables where table_name = 'u'").fetchone()[0]


def test_the_project_migrations_are_recorded_with_checksums(con):
    rows = con.execute("select name, length(checksum) from ops.schema_migrations order by name").fetchall()
    names = [p.name for p in sorted((warehouse.SQL_DIR / "schema").glob("[0-9][0-9][0-9]_*.sql"))]
    assert [r[0] for r in rows] == names and {r[1] for r in rows} == {64}


@pytest.mark.parametrize("tz", ["America/New_York", "Asia/Shanghai"])
def test_stored_timestamps_are_utc_whatever_the_host_time_zone(tmp_path, tz):
    """current_timestamp in SQL and the Python clock agree on UTC under a non-UTC TZ."""
    code = (
        "import sys; from shopcopy import warehouse; from shopcopy.clock import utc_naive;"
        "con = warehouse.connect(sys.argv[1]);"
        "sql_now = con.execute('select current_timestamp::timestamp').fetchone()[0];"
        "print(abs((sql_now - utc_naive()).total_seconds()))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "w.duckdb")], capture_output=True,
                         text=True, env={**os.environ, "TZ": tz}, check=True).stdout
    assert float(out) < 60
    # and the Python clock itself is UTC, not the host's wall clock
    assert abs((datetime.now(UTC).replace(tzinfo=None) - datetime.utcnow()).total_seconds()) < 5


def test_a_warehouse_from_a_newer_duckdb_says_what_to_do(tmp_path, monkeypatch):
    """shopcopy pins DuckDB 1.5.5 (the lake extensions); a file an earlier install wrote with 2.x
    cannot be read by it. The message says so and how to move on, not DuckDB's storage error."""
    import duckdb

    from shopcopy import warehouse
    from shopcopy.warehouse.connect import WarehouseVersionError

    message = ("IO Error: Trying to read a database file with version number 999, but we can only "
               "read versions between 64 and 68.\nThe database file was created with an newer version of DuckDB.")

    def refuse(*args, **kwargs):
        raise duckdb.IOException(message)

    path = tmp_path / "w.duckdb"
    path.write_bytes(b"not read")
    monkeypatch.setattr(duckdb, "connect", refuse)
    with pytest.raises(WarehouseVersionError, match=r"newer DuckDB .*EXPORT DATABASE"):
        warehouse.connect(path)


def test_a_corrupt_file_is_not_reported_as_a_busy_warehouse(tmp_path):
    import duckdb

    from shopcopy import warehouse

    path = tmp_path / "w.duckdb"
    duckdb.connect(str(path)).close()
    data = bytearray(path.read_bytes())
    data[12:20] = (999).to_bytes(8, "little")  # the header's checksum no longer matches
    path.write_bytes(bytes(data))
    with pytest.raises(duckdb.IOException, match="checksum"):
        warehouse.connect(path)
