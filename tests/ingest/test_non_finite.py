"""A NaN unit price or an infinite discount is quarantined, never loaded.

Found while comparing a plain-file fast path with the full rules (issue 14): typed_orders.sql
checked `unit_price >= 0 and not isinf(unit_price)`, and DuckDB orders NaN above every number, so
'NaN' passed as a price; the discount check left out infinity. Both rows loaded, while the reasons
statement (sc_num_problem) says exactly why they cannot be read."""

from __future__ import annotations

import pytest

from shopcopy import warehouse
from shopcopy.ingest.load import KIND_BY_NAME, ingest_file
from tests.ingest.test_ingest import write, write_products

HEADER = "order_id,line_no,user_id,product_id,quantity,unit_price,currency,ordered_at,status,channel,discount"


@pytest.mark.parametrize(("price", "discount"), [("NaN", "0"), ("nan", "0"), ("9.50", "Infinity"),
                                                 ("9.50", "-inf"), ("9.50", "NaN"), ("Infinity", "0")])
def test_non_finite_numbers_are_quarantined(tmp_path, price, discount):
    write_products(tmp_path)
    rows = [f"O{i},1,U1,P1,1,9.50,USD,2025-03-01 10:00:00,delivered,web,0" for i in range(5)]
    rows[3] = f"O3,1,U1,P1,1,{price},USD,2025-03-01 10:00:00,delivered,web,{discount}"
    path = write(tmp_path / "orders" / "orders.csv", "\n".join([HEADER, *rows]) + "\n")
    with warehouse.connect(tmp_path / "w.duckdb") as con:
        ingest_file(con, KIND_BY_NAME["products"], tmp_path / "products" / "products.parquet", "r")
        outcome = ingest_file(con, KIND_BY_NAME["orders"], path, "r")
        assert (outcome.rows_loaded, outcome.rows_quarantined) == (4, 1)
        assert con.execute("select list(order_id order by order_id) from raw.orders").fetchone()[0] == \
            ["O0", "O1", "O2", "O4"]
        line, reasons = con.execute("select row_number, reasons from ops.quarantine").fetchone()
        bad = price if price != "9.50" else discount
        assert line == 5 and any(f"cannot read '{bad}' as a number" in r for r in reasons), reasons
