"""CSV: the header read by us, the rows by DuckDB with RFC 4180 quoting decided for the whole file.

DuckDB's sniffer guesses quoting and the delimiter from a sample, and renames a repeated column
name silently ("price_1"), so none of that is left to it: the first record is parsed here (the
delimiter is the one that splits it into the expected column names), names are compared
case-insensitively, and DuckDB reads the rest with fixed options, each column by position.
When a quote opened in one line swallows the lines after it, or the line endings are mixed,
`careful.py` finds the record boundaries and DuckDB reads the repaired records again.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

import duckdb

from shopcopy.ingest.files import FileRejected

CANDIDATES = (",", ";", "\t", "|")
TEMP_TABLES = ("_csv_rej_e", "_csv_rej_s")
# One absurd value (a 3 MB title) must not reject a whole export: lines up to 16 MB are read.
MAX_LINE = 16 * 1024 * 1024
# Every option is fixed (nothing sniffed); the values come from one variable, so `_in` can be a
# view (views cannot hold bound parameters) that the typed statement scans exactly once.
SCAN = """read_csv(getvariable('shopcopy_csv').path, auto_detect = false,
                   header = getvariable('shopcopy_csv').header, columns = getvariable('shopcopy_csv').columns,
                   delim = getvariable('shopcopy_csv').delim, quote = '"', escape = '"', strict_mode = true,
                   compression = getvariable('shopcopy_csv').compression,
                   max_line_size = getvariable('shopcopy_csv').max_line,
                   buffer_size = getvariable('shopcopy_csv').buffer,
                   store_rejects = true, rejects_table = '_csv_rej_e', rejects_scan = '_csv_rej_s')"""


@dataclass(frozen=True)
class Header:
    delimiter: str
    names: tuple[str, ...]          # as written in the file, BOM and spaces removed

    def columns(self) -> dict[str, str]:
        """DuckDB `columns` option: every column by position, all text."""
        return {f"c{i}": "VARCHAR" for i in range(len(self.names))}

    def position(self) -> dict[str, str]:
        """Lower-cased name -> positional column."""
        return {n.lower(): f"c{i}" for i, n in enumerate(self.names)}


def read_header(head: bytes, delimiter: str | None, expected: tuple[str, ...]) -> Header:
    """Parse the first record of the (decoded, decompressed) head of the file."""
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(head).removeprefix("\ufeff")
    best: tuple[int, int, str, list[str]] | None = None
    for delim in (delimiter,) if delimiter else CANDIDATES:
        try:
            row = next(csv.reader(io.StringIO(text, newline=""), delimiter=delim), [])
        except csv.Error:
            continue
        names = [n.strip() for n in row]
        # The delimiter that splits the header into the most expected names (then the most names).
        score = (sum(n.lower() in expected for n in names), len(names))
        if best is None or score > best[:2]:
            best = (*score, delim, names)
    if best is None or not any(best[3]):
        raise FileRejected("the file has no header line; export it with the column names in the first line")
    _, _, delim, names = best
    reject_duplicates(names, "column")
    return Header(delim, tuple(names))


def reject_duplicates(names: list[str], what: str) -> None:
    """Two columns with one name (in any case): which holds the data is not ours to guess."""
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        first = seen.setdefault(name.lower(), i)
        if first != i:
            shown = f"'{names[first]}' and '{name}'" if names[first] != name else f"'{name}' twice"
            raise FileRejected(
                f"{what} {shown} ({what}s {first + 1} and {i + 1}): the file has two columns with "
                "one name, so which one holds the data is not ours to guess; export it again with "
                "each column once"
            )


def declare_scan(con: duckdb.DuckDBPyConnection, path: Path, header: Header,
                 compression: str | None, skip_header: bool = True) -> str:
    """Set the scan's options for `path`; returns the relation the `_in` view selects from."""
    size = path.stat().st_size
    # A small file needs no 32 MB buffer: allocating it is most of the cost of a 50-line file.
    buffer = 2 * MAX_LINE if compression else max(min(2 * MAX_LINE, size + 1), 1 << 20)
    con.execute("set variable shopcopy_csv = ?", [{
        "path": str(path), "header": skip_header, "columns": header.columns(),
        "delim": header.delimiter, "compression": compression or "none",
        "max_line": min(MAX_LINE, buffer), "buffer": buffer,
    }])
    con.execute("drop table if exists _csv_rej_e; drop table if exists _csv_rej_s")
    return SCAN


# Many small files with one header in one scan (batch.py): the same fixed options, and each row
# says which file it came from.
BATCH_SCAN = SCAN.replace("auto_detect = false,", "auto_detect = false, filename = true,", 1)


def declare_batch_scan(con: duckdb.DuckDBPyConnection, paths: list[Path], header: Header) -> str:
    """Set the scan's options for reading `paths` (each at most BATCH_MAX_BYTES, uncompressed) at
    once; returns the relation. Buffer and line limit are the ones declare_scan gives such a file."""
    buffer = 1 << 20
    con.execute("set variable shopcopy_csv = ?", [{
        "path": [str(p) for p in paths], "header": True, "columns": header.columns(),
        "delim": header.delimiter, "compression": "none", "max_line": buffer, "buffer": buffer,
    }])
    con.execute("drop table if exists _csv_rej_e; drop table if exists _csv_rej_s")
    return BATCH_SCAN


def rejects(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(line, error_type, message, csv_line) per malformed record, first error of each."""
    return con.execute(
        """select line, error_type, error_message, csv_line from _csv_rej_e
           qualify row_number() over (partition by line order by column_idx) = 1 order by line"""
    ).fetchall()
