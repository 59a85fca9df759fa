"""A clean orders CSV written from its typed statement straight into raw.orders, no temp table.

Staging a file as `_typed` and inserting from it cost a big clean file about a fifth of its load
(1 M lines: 0.27 s to materialise it, more to read it back into the insert). Most big exports are
clean, so load.py first tries a file this way, inside the file's one transaction, with one of
two statements (STATEMENTS, in order):

- insert_plain_orders.sql, for a plain file: every number as DuckDB casts it ('9.50', '2'), every
  timestamp ISO 8601. It runs none of the separator, currency-symbol and epoch rules and keeps
  no scan position, which made the typed statement single-threaded (1 M lines on two cores:
  4.1 s wall instead of 6.0 s). A row it cannot read stops it; when every cell of that row was
  plain, the typed rules would stop there too (`typed_may_load` is false) and the file goes
  straight to the full path.
- insert_typed_orders.sql: the typed rules (typed_orders.sql, embedded at its marker) for a clean
  file with decimal commas, currency symbols or epoch times.

Either stops with an error at the first row the typed rules would not load; then the file must
have had no line DuckDB could not split (its rejects), at least one row and no key twice
(repeated_keys_new_orders.sql). The lines it replaces are deleted after the insert
(delete_orders_replaced_by_new.sql) and the value warnings are counted on its new rows.

Anything else and load.py rolls the transaction back, so the warehouse is as it was, and the file
takes the full path (stage.py), which quarantines, counts and words everything as it always did.
This path never decides what a row is, only how fast a clean file gets written; a file with a bad
row pays once for the part of the scan before that row (twice when it also has cells that are
not plain before it).

The file's rows are the ones with its path and load time (`_source_file`, `_loaded_at`), so the
path is not taken when an earlier row already has both (the same path loaded again within the
same second): then the full path tells the rows apart by its temp table.
"""

from __future__ import annotations

import contextlib
from datetime import date

import duckdb

from shopcopy.ingest import conventions, vocab
from shopcopy.ingest.readers import ReadResult
from shopcopy.ingest.stage import typed_params
from shopcopy.warehouse import run_sql, sql_text

KINDS = ("orders",)
STATEMENTS = ("plain", "typed")
MARKER = "-- typed_orders.sql\n"
# The error insert_plain_orders.sql raises at a row with a cell it does not read (the typed one may).
NOT_PLAIN = "shopcopy: a row of this file is not plain"
NEW_ROWS = "(select * from raw.orders where _source_file = ? and _loaded_at = ?)"


def eligible(con: duckdb.DuckDBPyConnection, kind, read: ReadResult, params: dict) -> bool:
    """A CSV scanned as written (not repaired), of a kind this path writes, whose rows can be told apart."""
    if kind.name not in KINDS or read.fmt != "csv" or read.repaired is not None:
        return False
    return not con.execute("select exists (select 1 from raw.orders where _loaded_at = ? and _source_file = ?)",
                           [params["loaded_at"], params["source_file"]]).fetchone()[0]


def insert_clean(con: duckdb.DuckDBPyConnection, kind, read: ReadResult, params: dict,
                 shop_opened: date, statement: str = "typed") -> tuple[int, list[str]] | None:
    """In the caller's open transaction: write the file's rows with `statement` (one of STATEMENTS);
    (rows, value warnings), or None when the file needs the full path (the caller rolls back).
    Raises duckdb.Error at a row that statement does not load."""
    replaces = con.execute("select exists (select 1 from raw.orders)").fetchone()[0]
    sql = insert_sql(statement)
    decimal = conventions.first_pass(read.fmt, read.source)
    rows = con.execute(sql, {**typed_params(sql, kind, read.source, decimal), **params}).fetchone()[0]
    malformed = con.execute("select count(*) from _csv_rej_e").fetchone()[0]
    if rows == 0 or malformed or run_sql(con, "ingest/repeated_keys_new_orders", params).fetchone()[0]:
        return None
    if replaces:
        run_sql(con, "ingest/delete_orders_replaced_by_new", params)
    warned = vocab.value_warnings_by_file(con, kind.name, read.source.name, shop_opened, kind.columns, NEW_ROWS,
                                          None, [params["source_file"], params["loaded_at"]])
    return rows, warned.get(None, [])


def typed_may_load(exc: duckdb.Error) -> bool:
    """After the plain statement failed: may the typed one load the file? Only when the row it
    stopped at had a cell that is not plain; a scan error or a row that fails a check stops both."""
    return NOT_PLAIN in str(exc)


def insert_sql(statement: str = "typed") -> str:
    """The insert for `statement`; insert_typed_orders.sql with typed_orders.sql in it, so the
    typing rules stay in one file."""
    if statement == "plain":
        return sql_text("ingest/insert_plain_orders")
    if statement != "typed":
        raise ValueError(f"unknown direct statement {statement!r}; one of {', '.join(STATEMENTS)}")
    text = sql_text("ingest/insert_typed_orders")
    if MARKER not in text:  # pragma: no cover - a broken edit of the SQL file
        raise AssertionError(f"sql/ingest/insert_typed_orders.sql lost its marker {MARKER.strip()!r}")
    return text.replace(MARKER, sql_text("ingest/typed_orders") + "\n", 1)


def reset(con: duckdb.DuckDBPyConnection) -> None:
    """After a rollback: no transaction left open, no rejects table, so the full path scans afresh."""
    with contextlib.suppress(duckdb.TransactionException):  # a failed commit ended it already
        con.execute("rollback")
    con.execute("drop table if exists _csv_rej_e; drop table if exists _csv_rej_s")
