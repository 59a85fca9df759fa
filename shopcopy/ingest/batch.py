"""Many small order files (a backfill of daily exports) staged by one scan instead of one each.

Staging a 50-line file alone cost ~40 ms, nearly all of it fixed: planning the typed statement,
the statements around it. Files that share a source and a header line (same names, same
delimiter) are read here by one `read_csv` over the list of files, with the options one file gets
(csvfile.py), typed by the same typed_orders.sql, each row tagged with its file (`_file`).

Only files that come out of that scan *clean* are written from it: every row good, no repeated
key, nothing malformed, no second decimal pass needed. "Nothing malformed" is checked here, before
the scan, not from DuckDB's rejects: scanning many files at once, DuckDB 2.0 records no reject for
a quote left open in one of them and silently drops the rest of that file (a one-file scan reports
it). So a file is batched only when it is strict RFC 4180 as written (quotes only around whole
fields, one kind of line ending, no blank line, every record as many fields as the header) and
the scan then returns exactly its number of records. Any other file (a bad row, a stray quote,
a decimal comma, not UTF-8, ...) is left to `ingest_file`, which reads it again on its own with
every rule as before, so what happens to it never depends on the files next to it. The writes
stay one transaction per file, with its ledger row, in inbox order (load.py).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from shopcopy.ingest import conventions, vocab
from shopcopy.ingest.csvfile import Header, declare_batch_scan, read_header
from shopcopy.ingest.files import FileRejected, file_format, reject_if_utf16
from shopcopy.ingest.readers import ReadResult, _define_in
from shopcopy.ingest.sources import Source
from shopcopy.ingest.stage import ensure_macros, typed_params
from shopcopy.warehouse import sql_text

# A file this small gets the 1 MB scan buffer alone too (csvfile.declare_scan), so its records are
# split exactly as they would be on its own.
BATCH_MAX_BYTES = 512 * 1024
MIN_FILES = 2                  # one file alone takes the ordinary path
MAX_FILES = 1000
MAX_BATCH_BYTES = 64 << 20     # per scan, so a huge backfill never holds everything at once
KINDS = ("orders",)            # products and customers files are few; their typed SQL is per file


@dataclass
class Staged:
    """A clean file of a batch: where its rows are, and what its ledger row will say."""
    table: str
    file: int
    sha: str
    rows: int
    warnings: list[str] = field(default_factory=list)
    extra_columns: list[str] = field(default_factory=list)


def stage(con: duckdb.DuckDBPyConnection, kind, items: list[tuple[Path, Source]], shop_opened) -> dict[Path, Staged]:
    """Stage the batchable files among `items` (path, source); returns the clean ones by path."""
    if kind.name not in KINDS:
        return {}
    candidates = [(path, source) for path, source in items if _small_plain_csv(path, source)]
    if len(candidates) < MIN_FILES:
        return {}
    shas = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path, _ in candidates}
    loaded = {sha for (sha,) in con.execute(
        "select distinct sha256 from ops.ingest_files where status <> 'rejected' and sha256 in (select unnest(?))",
        [list(shas.values())]).fetchall()}
    groups: dict[tuple, list[Path]] = {}
    sources: dict[tuple, Source] = {}
    records: dict[Path, int] = {}
    taken: set[str] = set()
    for path, source in candidates:
        sha = shas[path]
        if sha in loaded or sha in taken:
            continue  # skipped or a duplicate: ingest_file says which
        found = _plain(path.read_bytes(), source, kind.columns)
        if found is None:
            continue
        header, records[path] = found
        taken.add(sha)
        key = (source.name, source.timezone, header)
        groups.setdefault(key, []).append(path)
        sources[key] = source
    staged: dict[Path, Staged] = {}
    ensure_macros(con)
    for key, paths in groups.items():
        for chunk in _chunks(paths):
            if len(chunk) >= MIN_FILES:
                table = f"_batch{len({s.table for s in staged.values()})}"
                staged.update(_stage_group(con, kind, sources[key], key[2], chunk, table, shas, records,
                                            shop_opened))
    return staged


def drop(con: duckdb.DuckDBPyConnection, staged: dict[Path, Staged]) -> None:
    tables = {s.table for s in staged.values()}
    if tables:
        con.execute("; ".join(f"drop table if exists {t}" for t in sorted(tables)))


def _small_plain_csv(path: Path, source: Source) -> bool:
    fmt, compression = file_format(path)
    return (fmt == "csv" and compression is None and source.options.encoding == "utf-8"
            and 0 < path.stat().st_size <= BATCH_MAX_BYTES)


def _plain(data: bytes, source: Source, expected: tuple[str, ...]) -> tuple[Header, int] | None:
    """(header, number of data records) of a file that is strict RFC 4180 UTF-8 text as written,
    or None: such a file is left to ingest_file, which finds and explains what is wrong."""
    try:
        reject_if_utf16(data[:4096])
        text = data.decode("utf-8")
        header = read_header(data[: 1 << 16], source.options.delimiter_char, expected)
    except (FileRejected, UnicodeDecodeError):
        return None
    crlf, lf = text.count("\r\n"), text.count("\n")
    if text.count("\r") != crlf or crlf not in (0, lf):
        return None  # mixed line endings, or a lone CR
    if not _strict_fields(header.delimiter).fullmatch(text.removeprefix("\ufeff")):
        return None  # a quote inside an unquoted field, or one left open
    width, count = len(header.names), -1
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=header.delimiter, strict=True):
        if len(row) != width:
            return None  # a blank line, or a record with too few or too many fields
        count += 1
    return header, count


@functools.cache
def _strict_fields(delimiter: str) -> re.Pattern:
    """Records of fields that are either quoted whole ("a ""b"", c") or hold no quote at all."""
    d = re.escape(delimiter)
    field = f'(?:"(?:[^"]|"")*"|[^"{d}\r\n]*)'
    return re.compile(f"(?:{field}(?:{d}{field})*(?:\r?\n|\\Z))*", re.S)


def _chunks(paths: list[Path]) -> list[list[Path]]:
    out: list[list[Path]] = [[]]
    size = 0
    for path in paths:
        length = path.stat().st_size
        if out[-1] and (len(out[-1]) >= MAX_FILES or size + length > MAX_BATCH_BYTES):
            out.append([])
            size = 0
        out[-1].append(path)
        size += length
    return out


def _stage_group(con, kind, source: Source, header: Header, paths: list[Path], table: str,
                 shas: dict[Path, str], records: dict[Path, int], shop_opened) -> dict[Path, Staged]:
    read = ReadResult(paths[0], "csv", None, source, list(header.names), text_path=paths[0], header=header)
    relation = declare_batch_scan(con, paths, header)
    con.execute("set variable shopcopy_batch = ?", [[str(p) for p in paths]])
    try:
        _define_in(con, read, kind.columns, kind.required, relation, "null::bigint",
                   "list_position(getvariable('shopcopy_batch'), s.filename) - 1")
    except FileRejected:
        return {}  # e.g. a required column is missing: each file is rejected on its own
    decimal = conventions.first_pass("csv", source)
    sql = sql_text(f"ingest/typed_{kind.name}")
    try:
        con.execute(f"create or replace temp table {table} as {sql}", typed_params(sql, kind, source, decimal))
        broken = {p for (p,) in con.execute(
            "select distinct s.file_path from _csv_rej_e e join _csv_rej_s s using (scan_id, file_id)").fetchall()}
    except duckdb.Error:
        # One of them cannot be scanned (or typed): every file goes its own way, where ingest_file
        # says what is wrong with it. Batching is only ever a shortcut.
        con.execute(f"drop table if exists {table}")
        return {}
    finally:
        con.execute("drop view if exists _in; drop table if exists _csv_rej_e; drop table if exists _csv_rej_s")
    stats = con.execute(
        f"""select _file, count(*), count(reasons), count_if(_evidence & 1 > 0), count_if(_evidence & 2 > 0),
                   count_if(_evidence & 4 > 0), count(*) - count(distinct {{'o': order_id, 'l': line_no}})
            from {table} group by _file""").fetchall()
    clean = {}
    for file, rows, bad, point, comma, either, repeated in stats:
        path = paths[file]
        if (rows and rows == records[path] and not bad and not repeated and str(path) not in broken
                and conventions.second_pass(decimal, point, comma, either) is None):
            clean[file] = rows
    if not clean:
        con.execute(f"drop table if exists {table}")
        return {}
    warned = vocab.value_warnings_by_file(con, kind.name, source.name, shop_opened, kind.columns, table, "_file")
    return {paths[file]: Staged(table, file, shas[paths[file]], rows, [*read.warnings, *warned.get(file, [])],
                                list(read.extra_columns))
            for file, rows in clean.items()}
