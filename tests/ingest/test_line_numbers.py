"""A quarantined row of a customers or catalog CSV is named by its own line number.

Found while removing the sort from typed_orders.sql: customers and products flag repeated keys
with a window (count(*) over (partition by key)), which puts the typed rows out of file order, and
line numbers were taken from the typed table's rowid, so a bad row of a 2,000-line customers file
was reported hundreds of lines away from where it is. Rows are now named by their scan position.
The shuffle shows once a file has more rows than DuckDB's vector (2,048) and a repeated key.
Each file here repeats one key (rows 7 and N - 10), so both copies are quarantined too."""

from __future__ import annotations

import json

from shopcopy import warehouse
from shopcopy.ingest.load import ingest_inbox
from tests.ingest.test_ingest import write, write_products

N = 5000
BAD = (N // 3, N // 2, N - 1)  # data row indexes; line = index + 2 (line 1 is the header)
REPEATED = (7, N - 10)         # these two rows share one key
QUARANTINED = {i: i + 2 for i in (*BAD, *REPEATED)}


def _quarantined(con, field: str) -> dict[int, int]:
    """Data row index (from the row's own text in `field`, 'N 12' -> 12) -> quarantined line number."""
    rows = con.execute("select row_number, row_data::varchar from ops.quarantine").fetchall()
    return {int(json.loads(data)[field].split()[-1]): line for line, data in rows}


def _key(prefix: str, i: int) -> str:
    return f"{prefix}DUP" if i in REPEATED else f"{prefix}{i}"


def test_bad_customer_rows_keep_their_line_numbers(tmp_path):
    box = tmp_path / "inbox"
    write_products(box)
    lines = ["user_id,locale,signup_at,marketing_consent,segment,email,phone,name"]
    for i in range(N):
        consent = "maybe" if i in BAD else "true"
        lines.append(f"{_key('U', i)},en-US,2025-01-01 10:00:00,{consent},vip,u{i}@example.com,555-{i:04d},N {i}")
    write(box / "customers" / "customers.csv", "\n".join(lines) + "\n")
    with warehouse.connect(tmp_path / "w.duckdb") as con:
        ingest_inbox(con, box, "r1")
        assert _quarantined(con, "name") == QUARANTINED
        assert con.execute("select count(*) from raw.customers").fetchone()[0] == N - len(QUARANTINED)


def test_bad_catalog_rows_keep_their_line_numbers(tmp_path):
    box = tmp_path / "inbox"
    lines = ["product_id,title,brand,category,price,currency,attributes,description,in_stock,updated_at"]
    for i in range(N):
        price = "-1" if i in BAD else f"{5 + i % 50}.50"
        lines.append(f"{_key('P', i)},Mug {i},Acme,kitchen,{price},USD,{{}},A mug.,true,2025-01-01 00:00:00")
    write(box / "products" / "products.csv", "\n".join(lines) + "\n")
    with warehouse.connect(tmp_path / "w.duckdb") as con:
        ingest_inbox(con, box, "r1")
        assert _quarantined(con, "title") == QUARANTINED
        assert con.execute("select count(*) from raw.products").fetchone()[0] == N - len(QUARANTINED)
