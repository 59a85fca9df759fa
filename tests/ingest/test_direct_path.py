"""The direct path (shopcopy/ingest/direct.py): a clean orders CSV goes from its typed statement
straight into raw.orders; any file it cannot finish is rolled back and takes the full path.

Each test says which statement wrote the file (a spy on direct.insert_clean: 'plain' or 'typed'
when it loaded, ':full' when it handed the file on, ':stopped' at a row it did not load), so a
test of the fallback cannot pass by the direct path never being tried, and checks the exact rows,
quarantine and ledger.
"""

from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from shopcopy import warehouse
from shopcopy.ingest import direct, load, vocab
from shopcopy.ingest.load import KIND_BY_NAME, ingest_file
from tests.ingest.test_ingest import ORDER_HEADER, order_line, snapshot, write, write_products

ORDERS = KIND_BY_NAME["orders"]


@pytest.fixture
def wh(tmp_path):
    write_products(tmp_path)
    with warehouse.connect(tmp_path / "w.duckdb") as con:
        ingest_file(con, KIND_BY_NAME["products"], tmp_path / "products" / "products.parquet", "r0")
        yield con


@pytest.fixture
def taken(monkeypatch) -> list[str]:
    """What each call of direct.insert_clean did, in order ('plain', 'typed:stopped', ...)."""
    seen: list[str] = []
    original = direct.insert_clean

    def spy(*args, **kwargs):
        statement = args[5] if len(args) > 5 else kwargs.get("statement", "typed")
        try:
            found = original(*args, **kwargs)
        except duckdb.Error:
            seen.append(f"{statement}:stopped")
            raise
        seen.append(f"{statement}:full" if found is None else statement)
        return found

    monkeypatch.setattr(direct, "insert_clean", spy)
    return seen


def orders_file(tmp_path, name: str, lines: list[str]):
    return write(tmp_path / "orders" / name, "\n".join([ORDER_HEADER, *lines]) + "\n")


def rows(con) -> list[tuple]:
    return con.execute("select order_id, line_no, status, quantity, unit_price, ordered_at, "
                       "regexp_extract(_source_file, '[^/]+$') from raw.orders order by 1, 2").fetchall()


def ledger(con, name: str) -> tuple:
    return con.execute("select status, rows, rows_loaded, rows_quarantined from ops.ingest_files "
                       "where path like ?", [f"%/{name}"]).fetchone()


def test_clean_file_is_written_directly_with_exact_values(wh, tmp_path, taken):
    path = orders_file(tmp_path, "a.csv", [
        order_line("O1", 1, qty="2", price="9.50", ordered_at="2025-03-01T10:00:00+02:00"),
        order_line("O1", 2, product="P2", price="39", ordered_at="2025-03-01 10:00:00"),
    ])
    outcome = ingest_file(wh, ORDERS, path, "r1")
    assert taken == ["plain"]
    assert (outcome.status, outcome.rows, outcome.rows_loaded, outcome.rows_quarantined) == ("loaded", 2, 2, 0)
    assert rows(wh) == [("O1", 1, "delivered", 2, 9.5, datetime(2025, 3, 1, 8, 0), "a.csv"),
                        ("O1", 2, "delivered", 1, 39.0, datetime(2025, 3, 1, 10, 0), "a.csv")]
    assert ledger(wh, "a.csv") == ("loaded", 2, 2, 0)


def test_key_twice_in_the_file_quarantines_every_copy(wh, tmp_path, taken):
    path = orders_file(tmp_path, "a.csv", [order_line("O1", 1), order_line("O2", 1), order_line("O1", 1, qty="3")])
    before = snapshot(wh)["raw.orders"]
    outcome = ingest_file(wh, ORDERS, path, "r1")
    assert taken == ["plain:full"]
    assert (outcome.rows, outcome.rows_loaded, outcome.rows_quarantined) == (3, 1, 2)
    assert before == [] and [r[:2] for r in rows(wh)] == [("O2", 1)]
    quarantined = wh.execute("select row_number, reasons from ops.quarantine order by 1").fetchall()
    reason = "duplicate key (order_id, line_no) = (O1, 1) appears 2 times in this file"
    assert quarantined == [(2, [reason]), (4, [reason])]
    assert ledger(wh, "a.csv") == ("loaded_with_warnings", 3, 1, 2)


def test_a_line_of_an_earlier_file_is_replaced_and_the_rest_kept(wh, tmp_path, taken):
    ingest_file(wh, ORDERS, orders_file(tmp_path, "a.csv", [
        order_line("O1", 1), order_line("O1", 2, product="P2"), order_line("O2", 1)]), "r1")
    ingest_file(wh, ORDERS, orders_file(tmp_path, "b.csv", [
        order_line("O1", 1, status="returned"), order_line("O3", 1, qty="4")]), "r2")
    assert taken == ["plain", "plain"]
    assert [(r[0], r[1], r[2], r[3], r[6]) for r in rows(wh)] == [
        ("O1", 1, "returned", 1, "b.csv"), ("O1", 2, "delivered", 1, "a.csv"),
        ("O2", 1, "delivered", 1, "a.csv"), ("O3", 1, "delivered", 4, "b.csv")]
    assert ledger(wh, "b.csv") == ("loaded", 2, 2, 0)


@pytest.mark.parametrize("same_second", [True, False])
def test_the_same_path_loaded_again_replaces_its_lines(wh, tmp_path, taken, monkeypatch, same_second):
    """A file re-exported under its name: its new lines replace the old. Within the same second the
    rows cannot be told apart by path and load time, so the full path writes it."""
    clock = iter([datetime(2026, 1, 2, 3, 4, 5)] * 2 if same_second
                 else [datetime(2026, 1, 2, 3, 4, 5), datetime(2026, 1, 2, 3, 4, 6)])
    monkeypatch.setattr(load, "utc_naive", lambda: next(clock))
    ingest_file(wh, ORDERS, orders_file(tmp_path, "a.csv", [order_line("O1", 1), order_line("O2", 1)]), "r1")
    ingest_file(wh, ORDERS, orders_file(tmp_path, "a.csv", [order_line("O1", 1, status="cancelled")]), "r2")
    assert taken == (["plain"] if same_second else ["plain", "plain"])
    assert [(r[0], r[2]) for r in rows(wh)] == [("O1", "cancelled"), ("O2", "delivered")]
    assert wh.execute("select count(*) from ops.ingest_files where kind = 'orders'").fetchone()[0] == 2


def test_a_bad_row_after_thousands_inserted_leaves_nothing_of_the_attempt(wh, tmp_path, taken):
    lines = [order_line(f"O{i}", 1) for i in range(10_000)]
    lines[8_999] = order_line("O8999", 1, price="9.50 EUR")
    outcome = ingest_file(wh, ORDERS, orders_file(tmp_path, "big.csv", lines), "r1")
    assert taken == ["plain:stopped", "typed:stopped"]  # the price is not plain; the typed rules see why
    assert (outcome.rows, outcome.rows_loaded, outcome.rows_quarantined) == (10_000, 9_999, 1)
    assert wh.execute("select count(*), count(distinct order_id) from raw.orders").fetchone() == (9_999, 9_999)
    assert wh.execute("select row_number, row_data->>'$.order_id', reasons from ops.quarantine").fetchall() == [
        (9_001, "O8999", ["unit_price: '9.50 EUR' is priced in EUR but the row's currency is USD"])]


def test_a_file_the_full_path_rejects_leaves_the_warehouse_as_before(wh, tmp_path, taken):
    """Thousands of rows are inserted before the cut-off last line shows up in the rejects: all of
    them are rolled back, and the full path rejects the file whole."""
    ingest_file(wh, ORDERS, orders_file(tmp_path, "a.csv", [order_line("O1", 1)]), "r1")
    before = snapshot(wh)
    body = "\n".join([ORDER_HEADER, *(order_line(f"T{i}", 1) for i in range(5_000)), "T5000,1,U1,P1,1,9.5"])
    outcome = ingest_file(wh, ORDERS, write(tmp_path / "orders" / "cut.csv", body), "r2")
    assert taken == ["plain", "plain:full"]
    assert outcome.status == "rejected" and "truncated" in outcome.error
    assert snapshot(wh) == before
    assert ledger(wh, "cut.csv") == ("rejected", 0, 0, 0)


def test_a_failure_after_the_insert_rolls_back_then_the_full_path_loads(wh, tmp_path, taken, monkeypatch):
    ingest_file(wh, ORDERS, orders_file(tmp_path, "a.csv", [order_line("O1", 1, status="placed")]), "r1")
    original, calls = vocab.value_warnings_by_file, []

    def fails_once(*args, **kwargs):
        calls.append(args[5])
        if len(calls) == 1:  # the direct attempt, its rows already inserted
            raise duckdb.IOException("disk went away")
        return original(*args, **kwargs)

    monkeypatch.setattr(vocab, "value_warnings_by_file", fails_once)
    outcome = ingest_file(wh, ORDERS, orders_file(tmp_path, "b.csv", [
        order_line("O1", 1, status="delivered"), order_line("O2", 1)]), "r2")
    assert taken == ["plain", "plain:stopped"] and calls == [direct.NEW_ROWS, "_good"]
    assert (outcome.status, outcome.rows_loaded) == ("loaded", 2)
    assert [(r[0], r[2], r[6]) for r in rows(wh)] == [("O1", "delivered", "b.csv"), ("O2", "delivered", "b.csv")]
    assert wh.execute("select count(*) from ops.ingest_files where path like '%b.csv'").fetchone()[0] == 1
