"""The plain statement (sql/ingest/insert_plain_orders.sql) never loads a value the typed rules
would not: every file of a broad corpus of cells ends exactly alike whether the direct path (the
plain statement, then the typed one) writes it or the full path alone does.

Each file is three rows, the middle one carrying one variant cell (a number written every way
exports write them, timestamps with and without offsets, epochs, serials, clock changes, words a
source maps), read under three sources (decimal auto in UTC, decimal comma in Berlin with a
status map, and timestamps in Shanghai). Compared per file: the outcome and ledger figures, the
exact rows in raw.orders and the quarantined rows with their reasons. The spy counts what each
statement did, so the test fails if the plain statement loads nothing or the typed one is never
reached.
"""

from __future__ import annotations

from collections import Counter

import duckdb
import pytest

from shopcopy import warehouse
from shopcopy.ingest import direct
from shopcopy.ingest.load import KIND_BY_NAME, ingest_file
from shopcopy.ingest.sources import Source, SourceOptions
from tests.ingest.test_ingest import ORDER_HEADER, write, write_products

ORDERS = KIND_BY_NAME["orders"]
BASE = dict(line_no="1", user_id="U1", product_id="P1", quantity="1", unit_price="9.50", currency="USD",
            ordered_at="2025-03-01 10:00:00", status="delivered", channel="web", discount="0")
COLUMNS = ORDER_HEADER.split(",")[1:]

NUMBERS = ["2", "9.50", "0.0", "1.5", "-1", "0", "+3", "1e2", "2.000", "1.234", "1,234", "9,50", "1.234,50",
           "1,234.50", "1 234,50", "1'234.50", "€9.50", "$9.50", "9.50 USD", "9.50 EUR", "CN¥ 12", " 9.5", "9.5 ",
           "\u00a09.5", "\u30009.5", "NaN", "inf", "", "abc", "１２", "0x10", "9.5.1", ".5", "5.", "1e400"]
SOME_NUMBERS = ["2", "1.5", "1.234", "9,50", "1,234", "-1", "0", "", " 3", "x"]
TIMES = ["2025-03-01 10:00:00", "2025-03-01T10:00:00", "2025-03-01T10:00:00Z", "2025-03-01 10:00:00+02:00",
         "2025-03-01T10:00:00+0200", "2025-03-01T10:00:00-05:00", "2025-03-01T10:00:00+08", "2025-03-01T10:00:00.123456",
         "2025-03-01", "2025-03-30 02:30:00", "2025-10-26 02:30:00", "2025-03-30 02:30:00+01:00", "1740823200",
         "1740823200.5", "1740823200000", "45000", "45000.25", "2025-03-01 10:00:00 +02:00", "2025-03-01 10:00:00 CST",
         "2025-03-01T10:00:00 UTC", "2025-03-01 10:00:00 Europe/Berlin", "01/03/2025 10:00", "2025-02-30 10:00:00",
         "", " 2025-03-01 10:00:00 "]
OTHERS = [("status", "Delivered"), ("status", " shipped"), ("status", ""), ("status", "lost in space"),
          ("currency", "usd"), ("currency", ""), ("currency", "EUR"), ("product_id", "P404"), ("product_id", " P2 "),
          ("user_id", ""), ("channel", ""), ("channel", "Shop"), ("line_no", "1")]

SOURCES = {
    "utc": Source(name="utc", options=SourceOptions(), timezone="UTC"),
    "berlin": Source(name="berlin", options=SourceOptions(decimal=",", timezone="Europe/Berlin",
                                                          status={"shipped": "delivered"}), timezone="Europe/Berlin"),
    "shanghai": Source(name="shanghai", options=SourceOptions(decimal=".", timezone="Asia/Shanghai"),
                       timezone="Asia/Shanghai"),
}


def variants() -> list[tuple[str, str, str]]:
    """(source, column, cell) for every file of the corpus."""
    out = [(src, "unit_price", cell) for src in ("utc", "berlin") for cell in NUMBERS]
    out += [(src, col, cell) for src, col in (("utc", "line_no"), ("berlin", "quantity"), ("utc", "discount"),
                                              ("berlin", "discount")) for cell in SOME_NUMBERS]
    out += [(src, "ordered_at", cell) for src in SOURCES for cell in TIMES]
    out += [(src, col, cell) for src in ("utc", "berlin") for col, cell in OTHERS]
    return out


def corpus(folder) -> list[tuple[object, Source]]:
    files = []
    for i, (src, column, cell) in enumerate(variants()):
        rows = []
        for j in range(3):
            values = {**BASE, "line_no": str(j + 1)}
            if j == 1:
                values[column] = cell
            text = ",".join(f'"{v}"' if "," in v else v for v in (values[c] for c in COLUMNS))
            rows.append(f"F{i},{text}")
        files.append((write(folder / "orders" / f"f{i:03d}.csv", "\n".join([ORDER_HEADER, *rows]) + "\n"),
                      SOURCES[src]))
    return files


def load_all(tmp_path, files, statements: tuple[str, ...], monkeypatch) -> tuple[dict, Counter]:
    """Every file into a fresh warehouse with these direct statements: per file what it ended as."""
    seen: Counter = Counter()
    original = direct.insert_clean

    def spy(*args, **kwargs):
        statement = args[5]
        try:
            found = original(*args, **kwargs)
        except duckdb.Error as exc:
            seen[f"{statement}:{'not plain' if direct.typed_may_load(exc) else 'stopped'}"] += 1
            raise
        seen[statement if found is not None else f"{statement}:full"] += 1
        return found

    monkeypatch.setattr(direct, "STATEMENTS", statements)
    monkeypatch.setattr(direct, "insert_clean", spy)
    ended = {}
    db = tmp_path / f"w_{'_'.join(statements) or 'full'}.duckdb"
    with warehouse.connect(db) as con:
        ingest_file(con, KIND_BY_NAME["products"], tmp_path / "products" / "products.parquet", "r0")
        for path, source in files:
            o = ingest_file(con, ORDERS, path, "r1", source)
            loaded = con.execute(
                "select order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at, "
                "status, channel, discount from raw.orders where _source_file = ? order by line_no",
                [str(path)]).fetchall()
            quarantined = con.execute(
                "select row_number, reasons, row_data from ops.quarantine where source = ? order by 1",
                [str(path)]).fetchall()
            ended[path.name] = ((o.status, o.rows, o.rows_loaded, o.rows_quarantined, tuple(o.warnings), o.error),
                                loaded, quarantined)
    monkeypatch.undo()
    return ended, seen


@pytest.mark.slow
def test_the_plain_statement_loads_only_what_the_typed_rules_load_value_for_value(tmp_path, monkeypatch):
    write_products(tmp_path)
    files = corpus(tmp_path)
    now, now_seen = load_all(tmp_path, files, ("plain", "typed"), monkeypatch)
    full, full_seen = load_all(tmp_path, files, (), monkeypatch)
    assert not full_seen  # the full path alone: the direct statements never ran
    for path, _ in files:
        assert now[path.name] == full[path.name], (path.name, path.read_text())
    # Each way through was taken, so none of the comparisons above is vacuous.
    assert now_seen["plain"] >= 50, now_seen              # plain files loaded by the plain statement
    assert now_seen["typed"] >= 10, now_seen              # not plain, clean: the typed statement after it
    assert now_seen["plain:stopped"] >= 20, now_seen      # plain cells, bad row: straight to the full path
    assert now_seen["typed:stopped"] >= 20, now_seen
