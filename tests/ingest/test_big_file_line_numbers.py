"""A quarantined row of a big file is named by its own line number.

Found at merge: a 400,000-line orders file with a few malformed lines gave every quarantined row
a line number 268,093 lines off (DuckDB 1.5.5 and 2.0.1 alike): the typed statement's rows came
out in another order than the file's, and line numbers are assigned by position. Big enough that
DuckDB scans it in parallel."""

from __future__ import annotations

import json
import random

import pytest

from shopcopy import warehouse
from shopcopy.ingest.load import ingest_inbox
from tests.ingest.test_ingest import (
    ORDER_HEADER,
    order_line,
    write,
    write_customers,
    write_products,
)

pytestmark = pytest.mark.slow


def test_quarantined_rows_of_a_big_file_keep_their_line_numbers(tmp_path):
    box = tmp_path / "inbox"
    write_products(box)
    write_customers(box)
    n = 300_000
    bad = set(random.Random(7).sample(range(n), 20))
    lines = [ORDER_HEADER]
    for i in range(n):
        if i in bad:
            lines.append(order_line(order_id=f"O{i}", qty="-3"))
        elif i % 9973 == 5:
            lines.append(f'O{i},1,U1,P1,"1,9.50,USD')  # an unbalanced quote: a malformed line
        else:
            lines.append(order_line(order_id=f"O{i}"))
    write(box / "orders" / "big.csv", "\n".join(lines) + "\n")
    with warehouse.connect(tmp_path / "w.duckdb") as con:
        ingest_inbox(con, box, "r1")
        rows = con.execute("select row_number, row_data::varchar from ops.quarantine "
                           "where list_contains(reasons, reasons[1]) and row_data::varchar like '%\"-3\"%'"
                           ).fetchall()
    got = {json.loads(data)["order_id"]: line for line, data in rows}
    assert got == {f"O{i}": i + 2 for i in bad}  # line 1 is the header
