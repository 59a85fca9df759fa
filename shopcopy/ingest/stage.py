"""Stage one file as `_typed` (every row, cast, with its reasons), `_dups`, `_malformed` and `_linemap`.

Temp tables only, private to the connection: nothing in the warehouse changes here. The typed
statement scans a CSV straight from the file; it runs again only when the file needs it (its
numbers use a decimal comma, or a stray quote / mixed line endings made the fast scan fail).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from shopcopy.ingest import conventions, readers
from shopcopy.ingest.csvfile import rejects
from shopcopy.ingest.files import FileRejected, open_bytes
from shopcopy.ingest.sources import Source
from shopcopy.warehouse import sql_text

MACROS_MARK = "sc_text"


def ensure_macros(con: duckdb.DuckDBPyConnection) -> None:
    """Create the temp macros once per connection (probing is cheaper than listing functions)."""
    try:
        con.execute(f"select {MACROS_MARK}('1')")
    except duckdb.CatalogException:
        con.execute(sql_text("ingest/macros"))


def stage_file(con: duckdb.DuckDBPyConnection, kind, path: Path, source: Source, workdir: Path,
               read: readers.ReadResult | None = None):
    """Read and type `path`; returns the ReadResult. Raises FileRejected if the file is unusable.
    `read`: the file as readers.read_file already read it (load.py, after the direct path)."""
    ensure_macros(con)
    if read is None:
        read = readers.read_file(con, path, kind.columns, kind.required, source, workdir)
    decimal = conventions.first_pass(read.fmt, source)
    _typed(con, kind, read, decimal, workdir)
    again = conventions.second_pass(decimal, *conventions.evidence(con))
    if again is not None:
        _typed(con, kind, read, again, workdir)
    if kind.name == "orders":
        con.execute(sql_text("ingest/flag_duplicates_orders"))
    else:  # products and customers flag their (small) duplicates in the typed SQL itself
        con.execute("create or replace temp table _dups (pos bigint, reason varchar, raw varchar)")
    if read.fmt == "csv":
        _collect_csv_malformed(con, read)
    rows, bad, malformed, dups = con.execute(
        "select (select count(*) from _typed), (select count(reasons) from _typed), "
        "(select count(*) from _malformed), (select count(*) from _dups)").fetchone()
    read.has_dups, read.has_bad_rows = dups > 0, bad + malformed + dups > 0
    if rows == 0 and not malformed:
        read.warnings.append("file has no data rows")
    return read


def _typed(con, kind, read: readers.ReadResult, decimal: conventions.Decimal, workdir: Path) -> None:
    sql = f"create or replace temp table _typed as {sql_text(f'ingest/typed_{kind.name}')}"
    try:
        con.execute(sql, typed_params(sql, kind, read.source, decimal))
        if kind.name == "orders" and con.execute("select count(_why) from _typed").fetchone()[0]:
            reasons = sql_text("ingest/reasons_orders")
            con.execute(reasons, typed_params(reasons, kind, read.source, decimal))
        else:  # products and customers list their reasons in the typed statement itself
            con.execute("create or replace temp table _reasons (rid bigint, reasons varchar[])")
        if read.fmt != "csv" or read.repaired is not None:
            return
        found = con.execute("select list(distinct error_type) from _csv_rej_e").fetchone()[0] or []
    except (duckdb.InvalidInputException, duckdb.IOException) as exc:  # the scan, not our SQL
        if read.fmt != "csv" or read.repaired is not None:
            raise FileRejected(_explain(exc, read)) from None
        found = ["SCAN FAILED"]
    if {"INVALID UNICODE", "INVALID ENCODING"} & set(found):
        # A wrong encoding garbles every non-ASCII value, so no row of it can be trusted.
        raise FileRejected(readers.not_utf8_message(read))
    if {"UNQUOTED VALUE", "SCAN FAILED"} & set(found):
        readers.restage_careful(con, read, kind.columns, kind.required, workdir)
        _typed(con, kind, read, decimal, workdir)


def typed_params(sql: str, kind, source: Source, decimal: conventions.Decimal) -> dict:
    """The bound parameters of a typed_* / reasons_* statement: zone, decimal convention, vocabulary."""
    params = {**conventions.time_params(source), "conv": decimal.conv, "strict": decimal.strict,
              "note": decimal.note, **_vocab_params(kind, source)}
    return _used(sql, params)


def _used(sql: str, params: dict) -> dict:
    return {k: v for k, v in params.items() if f"${k}" in sql}


def _vocab_params(kind, source: Source) -> dict:
    opts = source.options
    return {"status_from": list(opts.status), "status_to": list(opts.status.values()),
            "channel_from": list(opts.channel), "channel_to": list(opts.channel.values())}


def _collect_csv_malformed(con, read: readers.ReadResult) -> None:
    """`_malformed` from DuckDB's rejects (one per record), `_linemap` for the rows around them."""
    found = rejects(con)
    lines = read.repaired.lines if read.repaired is not None else None

    def physical(record: int) -> int:
        # Record numbers count the header as 1; after a repair each record knows its line.
        return lines[record - 2] if lines is not None else record

    bad = [(physical(line), f'{{"line": {_json(text)}}}', f"malformed CSV line {physical(line)}: {message}")
           for line, _kind, message, text in found]
    if read.repaired is not None:
        bad += [(line, f'{{"line": {_json(text)}}}', reason) for line, text, reason in read.repaired.broken]
    con.execute("create or replace temp table _malformed (_row bigint, _raw varchar, reason varchar)")
    if bad:
        con.executemany("insert into _malformed values (?, ?, ?)", sorted(bad))
    _reject_if_truncated(con, read)
    if lines is not None:
        skipped = {line for line, _kind, _m, _t in found}
        kept = [line for i, line in enumerate(lines) if i + 2 not in skipped]
        con.execute("create or replace temp table _linemap as "
                    "select generate_subscripts(?::bigint[], 1) - 1 as rid, unnest(?::bigint[]) as line",
                    [kept, kept])
    elif bad:
        # Data rows fill the records that are not malformed, in order (header is record 1; DuckDB
        # keeps file order when scanning a single file).
        con.execute(
            """create or replace temp table _linemap as
               select row_number() over (order by line) - 1 as rid, line
               from range(2, (select count(*) from _typed) + (select count(*) from _malformed) + 2) t(line)
               where line not in (select _row from _malformed)"""
        )
    else:
        con.execute("create or replace temp table _linemap (rid bigint, line bigint)")


def _reject_if_truncated(con, read: readers.ReadResult) -> None:
    """A file cut off mid-line (no line ending at the end, and its last line malformed) is truncated."""
    if not _count(con, "_malformed") or _ends_with_newline(read):
        return
    with open_bytes(read.text_path, read.compression) as fh:
        last_line = 1 + sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    if con.execute("select max(_row) from _malformed").fetchone()[0] >= last_line:
        raise FileRejected(
            f"file looks truncated: its last line ({last_line}) is incomplete and has no line ending; "
            "the export was probably cut off — export it again"
        )


def _ends_with_newline(read: readers.ReadResult) -> bool:
    if read.compression is None:
        with read.text_path.open("rb") as fh:
            fh.seek(-1, 2)
            return fh.read(1) in (b"\n", b"\r")
    last = b""
    with open_bytes(read.text_path, read.compression) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            last = chunk[-1:]
    return last in (b"\n", b"\r")


def _explain(exc: duckdb.Error, read: readers.ReadResult) -> str:
    """What is wrong with a file DuckDB could not scan: its layout or its encoding, and what to do."""
    first = str(exc).splitlines()[0]
    low = first.lower()
    if "maximum line size" in low:
        return ("a line is longer than 16 MB, so the file cannot be split into rows (an unclosed quote "
                "or a corrupt export?); fix or re-export it")
    if "unicode" in low or "utf-8" in low or "utf8" in low:  # only the first line: DuckDB's CSV
        return readers.not_utf8_message(read)                   # errors list 'Encoding: utf-8' below it
    if read.fmt == "csv":
        return (f"the CSV layout is broken and could not be repaired ({first[:200]}); check the "
                "delimiter and quotes, or set delimiter for its source in sources.toml")
    return f"unreadable {read.fmt} file: {first[:300]}"


def _count(con, table: str) -> int:
    return con.execute(f"select count(*) from {table}").fetchone()[0]


def _json(text: str | None) -> str:
    import json

    return json.dumps(text or "", ensure_ascii=False)
