"""Small order files staged together (shopcopy/ingest/batch.py) end exactly as they end one by one.

One inbox of daily order files, clean ones mixed with every kind of file the batch must leave to
the ordinary path, loaded twice into two copies of one warehouse: through `ingest_inbox` (which
batches) and through `ingest_file` for each file in the same order (which never does). Ledger,
quarantine and raw.orders must be the same, row for row.
"""

from __future__ import annotations

import shutil

import pytest

from shopcopy import warehouse
from shopcopy.ingest import batch
from shopcopy.ingest.load import KIND_BY_NAME, discover, ingest_file, ingest_inbox
from shopcopy.ingest.sources import default_source
from tests.reliability import corpus as c
from tests.reliability.corpus import order as o

LEDGER = ("path", "kind", "sha256", "size_bytes", "rows", "rows_loaded", "rows_quarantined", "status", "error",
          "warnings", "extra_columns", "run_id")


def daily(day: int, n: int = 5, **changes) -> list[dict]:
    return [{**o(f"D{day}-{i}", user=f"U{1 + i % 3}"), **changes} for i in range(n)]


def build_inbox(root):
    """Clean files around the ones a batch must not take; names give the load order."""
    folder = root / "orders"
    write = lambda name, rows, **kw: c.write(folder, name, c.csv_text(rows, **kw))  # noqa: E731
    write("d01.csv", daily(1))
    write("d02.csv", daily(2) + [o("D2-9", qty="-1")])                   # a bad row: quarantined
    write("d03.csv", daily(3) + [o("D3-0", line_no="1")])                # a key twice in one file
    write("d04.csv", daily(4))
    write("d05.csv", [o("D5-0", price="9,50"), o("D5-1", price="1.234")])  # decimal comma: second pass
    write("d06.csv", daily(6)[:2] + ['D6-9,1,"U1,P1,2,9.50,usd,2026-03-01 10:00:00,delivered,web,0']
          + daily(6)[2:])                                                   # a stray quote
    write("d07.csv", [{**r, "status": "completed"} for r in daily(7)])     # a value validation refuses
    write("d08.csv", daily(1))                                             # d01's bytes again
    write("d09.csv", [{**daily(1)[0], "status": "returned"}] + daily(9))   # changes a line of d01
    write("d10.csv", [])                                                   # a header, no rows
    write("d11.csv", daily(11), cols=(*c.ORDER_COLS, "note"))              # an extra column
    write("d12.csv", daily(12), cols=(*c.ORDER_COLS, "note"))
    c.write(folder, "d13.csv", c.csv_text(daily(13)).replace("D13-2", "D13-\xe9").encode("latin-1"))  # not UTF-8
    write("d14.csv", daily(14), sep=";")
    write("d15.csv", daily(15), sep=";")
    write("d16.csv", daily(16))
    c.write(folder, "d17.csv", c.csv_text(daily(17)).rstrip("\n"))       # no newline at the end
    write("d18.csv", daily(18), cols=tuple(c.ORDER_COLS[:3]))              # required columns missing
    write("d19.csv", daily(19), cols=tuple(c.ORDER_COLS[:-1]))             # without the optional discount
    write("d20.csv", daily(20), cols=tuple(c.ORDER_COLS[:-1]))
    write("d21.csv", daily(21) + [o("D21-8", user="Smith, Ann"), o("D21-9", user='two\nlines "quoted"')])
    write("d22.csv", daily(22) + ['D22-9,1,12" tablet fan,P1,2,9.50,usd,2026-03-01 10:00:00,delivered,web,0'])
    write("d23.csv", daily(23), newline="\r\n")
    c.write(folder, "d24.csv", c.csv_text(daily(24)).replace("\n", "\r\n", 2))        # mixed line endings
    c.write(folder, "d25.csv", c.csv_text(daily(25)).replace("\nD25-2", "\n\nD25-2"))  # a blank line
    write("d26.csv", daily(26) + ['D26-9,1,U1,P1,2,9.50,usd,2026-03-01 10:00:00,delivered,web,0,extra'])


def contents(con) -> dict:
    return {
        "ledger": con.execute(f"select {', '.join(LEDGER)} from ops.ingest_files order by path").fetchall(),
        "quarantine": con.execute("select source, row_number, row_data::varchar, reasons from ops.quarantine "
                                  "where stage = 'ingest' order by source, row_number").fetchall(),
        "orders": con.execute("select * exclude (_loaded_at) from raw.orders order by all").fetchall(),
    }


@pytest.fixture
def pair(tmp_path):
    """Two copies of one warehouse holding the corpus catalog, and the inbox of order files."""
    base = tmp_path / "base"
    c.base_inbox(base)
    shutil.rmtree(base / "orders")
    with warehouse.connect(tmp_path / "a.duckdb") as con:
        ingest_inbox(con, base, "base")
    shutil.copy(tmp_path / "a.duckdb", tmp_path / "b.duckdb")
    inbox = tmp_path / "inbox"
    build_inbox(inbox)
    return tmp_path / "a.duckdb", tmp_path / "b.duckdb", inbox


def test_batched_inbox_ends_as_one_file_at_a_time(pair, monkeypatch):
    batched_wh, single_wh, inbox = pair
    staged_names: list[str] = []
    real_stage = batch.stage

    def spy(*args, **kwargs):
        staged = real_stage(*args, **kwargs)
        staged_names.extend(p.name for p in staged)
        return staged

    monkeypatch.setattr(batch, "stage", spy)
    with warehouse.connect(batched_wh) as con:
        batched = ingest_inbox(con, inbox, "r1")
        got = contents(con)
    with warehouse.connect(single_wh) as con:
        single = [ingest_file(con, KIND_BY_NAME["orders"], path, "r1", default_source())
                  for kind, path in discover(inbox) if kind.name == "orders"]
        want = contents(con)
    # The batch took the clean files (and only those), so the comparison covers both paths.
    assert sorted(staged_names) == ["d01.csv", "d04.csv", "d07.csv", "d09.csv", "d11.csv", "d12.csv",
                                    "d14.csv", "d15.csv", "d16.csv", "d17.csv", "d19.csv", "d20.csv", "d21.csv",
                                    "d23.csv"]
    assert [(f.path, f.status, f.rows_loaded, f.rows_quarantined, f.warnings) for f in batched.files] == \
        [(f.path, f.status, f.rows_loaded, f.rows_quarantined, f.warnings) for f in single]
    assert {f.status for f in single} >= {"loaded", "loaded_with_warnings", "rejected", "duplicate"}
    assert got == want
    # The line d09 changed is there once, with d09's status.
    assert [r for r in got["orders"] if r[0] == "D1-0"] == [r for r in want["orders"] if r[0] == "D1-0"]
    assert [r[8] for r in got["orders"] if r[0] == "D1-0"] == ["returned"]


def test_a_file_loaded_again_is_skipped_whether_batched_or_not(pair):
    batched_wh, _, inbox = pair
    with warehouse.connect(batched_wh) as con:
        ingest_inbox(con, inbox, "r1")
        before = contents(con)
        again = ingest_inbox(con, inbox, "r2")
        assert {f.status for f in again.files if "orders" in f.path} == {"skipped", "rejected"}
        assert contents(con)["orders"] == before["orders"]
