"""Ingest: exactly-once loading, merges, and every bad-input case named in the issue."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from shopcopy import warehouse
from shopcopy.ingest.load import ingest_inbox

ORDER_HEADER = "order_id,line_no,user_id,product_id,quantity,unit_price,currency,ordered_at,status,channel,discount"


def order_line(order_id="O1", line_no=1, user="U1", product="P1", qty="1", price="9.50",
               ordered_at="2025-03-01 10:00:00", status="delivered", discount="0") -> str:
    return f"{order_id},{line_no},{user},{product},{qty},{price},USD,{ordered_at},{status},web,{discount}"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def write_products(inbox: Path, name="products.parquet", **overrides) -> Path:
    frame = {
        "product_id": ["P1", "P2"],
        "title": ["Acme Travel Mug 350 ml", "北风 电水壶 Kettle 1.7L"],
        "brand": ["Acme", "Northwind"],
        "category": ["kitchen", "kitchen"],
        "price": [9.5, 39.0],
        "currency": ["USD", "USD"],
        "attributes": ['{"capacity": "350 ml"}', '{"capacity": "1.7 L", "颜色": "白色"}'],
        "description": ["Keeps coffee hot.", "快速烧水。"],
        "in_stock": [True, True],
        "updated_at": ["2025-01-01 00:00:00", "2025-01-01 00:00:00"],
    }
    frame.update(overrides)
    df = pl.DataFrame(frame).with_columns(pl.col("updated_at").str.to_datetime())
    path = inbox / "products" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    df.write_parquet(path)
    return path


def write_customers(inbox: Path, rows=None, name="customers.jsonl") -> Path:
    rows = rows or [
        {"user_id": "U1", "locale": "zh-CN", "marketing_consent": True, "name": "王伟",
         "email": "wei@example.cn", "phone": "13800000000", "signup_at": "2024-01-01 00:00:00"},
        {"user_id": "U2", "locale": "en-US", "marketing_consent": False, "name": "Ann Lee",
         "email": "ann@example.com", "phone": "555-0100", "signup_at": "2024-02-01 00:00:00"},
    ]
    return write(inbox / "customers" / name, "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")


@pytest.fixture
def inbox(tmp_path) -> Path:
    box = tmp_path / "inbox"
    write_products(box)
    write_customers(box)
    return box


def run(con, inbox: Path, run_id="r1"):
    report = ingest_inbox(con, inbox, run_id)
    return {Path(f.path).name: f for f in report.files}


def count(con, sql: str, params=None) -> int:
    return con.execute(sql, params or []).fetchone()[0]


def snapshot(con) -> dict:
    """Content of every raw/ops data table, to show a rejected file changed nothing else."""
    out = {}
    for table in ("raw.orders", "raw.products", "raw.product_history", "raw.customers", "ops.quarantine"):
        out[table] = sorted(map(repr, con.execute(f"select * from {table}").fetchall()))
    return out


# --- the happy path ----------------------------------------------------------------------------

def test_sample_loads_once_and_twice_gives_same_counts(sample_inbox, con):
    first = ingest_inbox(con, sample_inbox, "r1")
    assert not first.rejected
    counts = dict(warehouse.table_counts(con, ("raw",)))
    assert counts["raw.orders"] > 1000 and counts["raw.customers"] == 400
    second = ingest_inbox(con, sample_inbox, "r2")
    assert {f.status for f in second.files} == {"skipped"}
    assert dict(warehouse.table_counts(con, ("raw",))) == counts
    assert count(con, "select count(*) from ops.ingest_files") == len(first.files)
    # order lines are unique by key even though returns files repeat lines
    assert count(con, "select count(*) - count(distinct (order_id, line_no)) from raw.orders") == 0


def test_later_file_changes_status(inbox, con):
    write(inbox / "orders" / "orders_2025-03-01.csv", f"{ORDER_HEADER}\n{order_line()}\n{order_line(line_no=2, product='P2', price='39')}\n")
    run(con, inbox)
    write(inbox / "orders" / "returns_2025-03-09.csv", f"{ORDER_HEADER}\n{order_line(status='returned')}\n")
    outcome = run(con, inbox, "r2")["returns_2025-03-09.csv"]
    assert outcome.status == "loaded" and outcome.rows_loaded == 1
    rows = con.execute("select line_no, status, _source_file from raw.orders order by line_no").fetchall()
    assert [(r[0], r[1]) for r in rows] == [(1, "returned"), (2, "delivered")]
    assert rows[0][2].endswith("returns_2025-03-09.csv")


def test_same_bytes_under_another_name_are_not_loaded_again(inbox, con):
    body = f"{ORDER_HEADER}\n{order_line()}\n"
    write(inbox / "orders" / "a.csv", body)
    run(con, inbox)
    write(inbox / "orders" / "b.csv", body)
    outcome = run(con, inbox, "r2")["b.csv"]
    assert outcome.status == "duplicate"
    assert count(con, "select count(*) from raw.orders") == 1
    assert count(con, "select count(*) from ops.ingest_files where status = 'duplicate'") == 1


def test_latest_product_version_wins_and_history_is_kept(inbox, con):
    run(con, inbox)
    write_products(inbox, "products_update.parquet", price=[8.0, 41.0], in_stock=[False, True],
                   updated_at=["2025-02-01 00:00:00", "2025-02-01 00:00:00"])
    write_products(inbox, "products_zold.parquet", price=[1.0, 1.0],
                   updated_at=["2024-06-01 00:00:00", "2024-06-01 00:00:00"])
    run(con, inbox, "r2")
    assert con.execute("select product_id, price, in_stock from raw.products order by 1").fetchall() == [
        ("P1", 8.0, False), ("P2", 41.0, True)]
    history = con.execute("select price from raw.product_history where product_id = 'P1' order by updated_at").fetchall()
    assert [h[0] for h in history] == [1.0, 9.5, 8.0]


def test_chinese_text_round_trips(inbox, con):
    run(con, inbox)
    title, attrs = con.execute("select title, attributes from raw.products where product_id = 'P2'").fetchone()
    assert title == "北风 电水壶 Kettle 1.7L"
    assert json.loads(attrs)["颜色"] == "白色"
    assert con.execute("select name from raw.customers where user_id = 'U1'").fetchone()[0] == "王伟"


def test_pii_is_not_visible_downstream(inbox, con):
    run(con, inbox)
    cols = [d[0] for d in con.execute("select * from staging.customers").description]
    assert not {"email", "phone", "name"} & set(cols)


# --- whole-file rejections ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("binary.csv", bytes(range(256)) * 8, "UTF-8"),
        ("latin1.csv", (ORDER_HEADER + "\n" + order_line(user="Jos\xe9") + "\n").encode("latin-1"), "UTF-8"),
        ("missing_col.csv", "order_id,line_no,user_id\nO1,1,U1\n", "missing required column(s) product_id"),
        ("truncated.csv", f"{ORDER_HEADER}\n{order_line()}\n{order_line(line_no=2)[:20]}", "truncated"),
        ("orders.xlsx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_unusable_file_is_rejected_whole_and_changes_nothing(inbox, con, name, body, message):
    run(con, inbox)
    before = snapshot(con)
    write(inbox / "orders" / name, body)
    outcome = run(con, inbox, "r2")[name]
    assert outcome.status == "rejected"
    assert message in outcome.error
    assert outcome.rows_loaded == 0
    assert snapshot(con) == before
    ledger = con.execute("select status, error, run_id from ops.ingest_files where path like ?", [f"%{name}"]).fetchall()
    assert ledger == [("rejected", outcome.error, "r2")]


def test_semicolon_delimited_csv_is_detected_and_loaded(inbox, con):
    body = ORDER_HEADER.replace(",", ";") + "\n" + order_line().replace(",", ";") + "\n"
    write(inbox / "orders" / "semi.csv", body)
    assert run(con, inbox)["semi.csv"].rows_loaded == 1
    assert con.execute("select quantity, unit_price from raw.orders").fetchone() == (1, 9.5)


def test_truncated_parquet_is_rejected(inbox, con):
    path = write_products(inbox, "cut.parquet")
    path.write_bytes(path.read_bytes()[:200])
    before = snapshot(con)
    outcome = run(con, inbox)["cut.parquet"]
    assert outcome.status == "rejected" and "Parquet" in outcome.error
    # the good products file in the same run still loaded; the cut one added nothing
    assert count(con, "select count(*) from raw.products") == 2
    assert before["raw.orders"] == snapshot(con)["raw.orders"]


def test_json_that_is_not_objects_is_rejected(inbox, con):
    write(inbox / "customers" / "scalar.json", "[1, 2, 3]")
    outcome = run(con, inbox)["scalar.json"]
    assert outcome.status == "rejected" and "JSON" in outcome.error


# --- row-level quarantine ----------------------------------------------------------------------

def quarantined(con, name: str) -> list[tuple[int, list[str]]]:
    return con.execute(
        "select row_number, reasons from ops.quarantine where source like ? order by row_number", [f"%{name}"]
    ).fetchall()


def test_bad_rows_are_quarantined_and_good_rows_load(inbox, con):
    lines = [
        order_line("O1"),                                  # line 2: good
        order_line("O2", qty="-2"),                        # line 3: negative quantity
        order_line("O3", price="abc"),                     # line 4: cannot cast
        order_line("", line_no=1),                         # line 5: null key
        order_line("O4", product="P404"),                  # line 6: unknown product
        order_line("O5"), order_line("O5"),                # lines 7-8: duplicate key in the file
        order_line("O6", ordered_at="yesterday"),          # line 9: bad timestamp
        "O7,1,U1",                                         # line 10: malformed line
        order_line("O8", product="P2", price="39.00"),     # line 11: good
    ]
    write(inbox / "orders" / "orders.csv", ORDER_HEADER + "\n" + "\n".join(lines) + "\n")
    outcome = run(con, inbox)["orders.csv"]
    assert (outcome.status, outcome.rows, outcome.rows_loaded, outcome.rows_quarantined) == (
        "loaded_with_warnings", 10, 2, 8)
    assert sorted(r[0] for r in con.execute("select order_id from raw.orders").fetchall()) == ["O1", "O8"]
    got = quarantined(con, "orders.csv")
    assert [r[0] for r in got] == [3, 4, 5, 6, 7, 8, 9, 10]
    reasons = {line: " | ".join(r) for line, r in got}
    assert "quantity: must be positive, got -2" in reasons[3]
    assert "unit_price: cannot read 'abc' as a number" in reasons[4]
    assert "order_id: missing key" in reasons[5]
    assert "unknown product 'P404'" in reasons[6]
    assert "appears 2 times" in reasons[7] and "appears 2 times" in reasons[8]
    assert "ordered_at: cannot read 'yesterday'" in reasons[9]
    assert "malformed CSV line 10" in reasons[10]
    # the raw row is kept verbatim so nothing is lost
    row = json.loads(con.execute("select row_data from ops.quarantine where row_number = 3").fetchone()[0])
    assert row["quantity"] == "-2"


def test_extra_columns_load_with_a_warning(inbox, con):
    write(inbox / "orders" / "extra.csv", f"{ORDER_HEADER},coupon,gift\n{order_line()},SAVE10,no\n")
    outcome = run(con, inbox)["extra.csv"]
    assert outcome.status == "loaded_with_warnings" and outcome.rows_loaded == 1
    ledger = con.execute("select extra_columns, warnings from ops.ingest_files where path like '%extra.csv'").fetchone()
    assert ledger[0] == ["coupon", "gift"]
    assert "coupon" in ledger[1][0]


def test_json_lines_bad_line_is_quarantined(inbox, con):
    write(inbox / "customers" / "more.jsonl",
          '{"user_id":"U3","locale":"en-US","marketing_consent":true}\n{"user_id": "U4", oops\n'
          '{"user_id":"U5","locale":"en-US","marketing_consent":"perhaps"}\n')
    outcome = run(con, inbox)["more.jsonl"]
    assert (outcome.rows_loaded, outcome.rows_quarantined) == (1, 2)
    got = dict((n, r) for n, r in quarantined(con, "more.jsonl"))
    assert got[2] == ["line 2: not valid JSON"]
    assert got[3] == ["marketing_consent: cannot read 'perhaps' as true/false"]


def test_json_array_file_loads(inbox, con):
    write(inbox / "customers" / "array.json",
          json.dumps([{"user_id": "U9", "locale": "en-US", "marketing_consent": False, "email": "x@y.z"}]))
    assert run(con, inbox)["array.json"].rows_loaded == 1
    assert con.execute("select email from raw.customers where user_id = 'U9'").fetchone()[0] == "x@y.z"


def test_rejected_file_is_retried_after_it_is_fixed(inbox, con):
    bad = write(inbox / "orders" / "o.csv", "order_id\nO1\n")
    assert run(con, inbox)["o.csv"].status == "rejected"
    write(bad, f"{ORDER_HEADER}\n{order_line()}\n")
    assert run(con, inbox, "r2")["o.csv"].status == "loaded"
    assert count(con, "select count(*) from raw.orders") == 1


def test_cli_exit_code_is_nonzero_when_a_file_is_rejected(inbox, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from shopcopy.cli import app

    monkeypatch.setenv("SHOPCOPY_WAREHOUSE", str(tmp_path / "cli.duckdb"))
    runner = CliRunner()
    ok = runner.invoke(app, ["ingest", str(inbox)])
    assert ok.exit_code == 0, ok.output
    write(inbox / "orders" / "bad.csv", b"")
    bad = runner.invoke(app, ["ingest", str(inbox)])
    assert bad.exit_code == 1
    assert "bad.csv" in bad.output and "rejected" in bad.output
