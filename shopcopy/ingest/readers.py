"""Read one inbox file into the `_in` view, keeping malformed lines instead of failing the file.

Every reader leaves the same shape, so the typed checks in sql/ingest/ work on any format:
- `_in` (view): `_row` (the line/row number a person finds in the file, or NULL when it is the
  scan position, see `collect_malformed`), `_raw` (the source row as a struct of its cells; the
  typed statements turn it into JSON text only for the rows that fail, since building that text
  for every row was the largest cost of a clean big file) and one VARCHAR column per expected
  column;
- `_malformed` (lines that could not be parsed at all: _row, _raw, reason) and `_linemap`
  (scan position -> line, when lines were skipped), once the typed table is built.
CSV is scanned straight from the file, once, by the typed statement: a big file pays for one parse.
"""

from __future__ import annotations

import codecs
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from shopcopy.ingest import careful
from shopcopy.ingest.csvfile import Header, declare_scan, read_header, reject_duplicates
from shopcopy.ingest.files import (
    SUPPORTED,
    FileRejected,
    file_format,
    first_invalid_utf8,
    guess_encoding,
    read_head,
    reject_if_utf16,
    transcode,
)
from shopcopy.ingest.jsonfile import stage_json
from shopcopy.ingest.sources import Source

TEMP_TABLES = ("_reasons", "_src", "_linemap", "_malformed", "_lines", "_objs", "_csv_rej_e", "_csv_rej_s")


@dataclass
class ReadResult:
    path: Path
    fmt: str
    compression: str | None
    source: Source
    columns: list[str]
    text_path: Path | None = None            # the UTF-8, uncompressed text DuckDB reads (CSV/JSON)
    header: Header | None = None
    repaired: careful.Repaired | None = None
    extra_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    has_dups: bool = True          # once staged: the file repeats a key (see _dups)
    has_bad_rows: bool = True      # once staged: something goes to the quarantine


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_file(con: duckdb.DuckDBPyConnection, path: Path, expected: tuple[str, ...],
              required: tuple[str, ...], source: Source, workdir: Path) -> ReadResult:
    """Stage `path` as `_in` (and for JSON/Parquet `_src`); raise FileRejected if unusable."""
    if path.stat().st_size == 0:
        raise FileRejected("file is empty (0 bytes); export it again or remove it from the inbox")
    fmt, compression = file_format(path)
    if fmt is None:
        raise FileRejected(f"unsupported file type '{''.join(path.suffixes[-2:])}'; use {SUPPORTED}")
    read = ReadResult(path, fmt, compression, source, [])
    if fmt == "parquet":
        names = _stage_parquet(con, path)
        row_expr, relation = "s.rowid + 1", "_src"
    else:
        text_path, compression = _text_of(path, compression, source, workdir)
        read.text_path, read.compression = text_path, compression
        if fmt == "csv":
            head = read_head(text_path, compression)
            if not _utf8_prefix(head):
                raise FileRejected(_not_utf8(read))
            read.header = read_header(head, source.options.delimiter_char, expected)
            names = list(read.header.names)
            relation, row_expr = declare_scan(con, text_path, read.header, compression), "null::bigint"
        else:
            names = stage_json(con, text_path, compression)
            relation, row_expr = "_src", "m.line"
    read.columns = names
    _define_in(con, read, expected, required, relation, row_expr)
    return read


def restage_careful(con: duckdb.DuckDBPyConnection, read: ReadResult, expected, required, workdir: Path) -> None:
    """The fast scan could not split the file into records: find them line by line, scan again."""
    src = read.text_path
    if read.compression:  # careful.py reads plain text: decompress once
        src = transcode(read.text_path, read.compression, "utf-8", workdir / "plain.csv")
    try:
        read.repaired = careful.repair(src, workdir / "repaired.csv", read.header.delimiter)
    except UnicodeDecodeError:
        raise FileRejected(_not_utf8(read)) from None
    relation = declare_scan(con, read.repaired.path, read.header, None)
    _define_in(con, read, expected, required, relation, "null::bigint")


def _text_of(path: Path, compression: str | None, source: Source, workdir: Path) -> tuple[Path, str | None]:
    """The file as UTF-8 text DuckDB can scan: converted first when its source names another encoding."""
    encoding = source.options.encoding
    if encoding == "utf-8":
        reject_if_utf16(read_head(path, compression, 4096))
        return path, compression
    suffix = ".csv" if file_format(path)[0] == "csv" else ".jsonl"
    return transcode(path, compression, encoding, workdir / f"utf8{suffix}"), None


def _define_in(con, read: ReadResult, expected, required, relation: str, row_expr: str,
               file_expr: str = "0") -> None:
    """`file_expr`: which file a row is from, when one scan reads many (batch.py); else 0."""
    names = read.columns
    present = {n.lower(): i for i, n in enumerate(names)}
    missing = [c for c in required if c not in present]
    if missing:
        raise FileRejected(
            f"missing required column(s) {', '.join(missing)}; found {', '.join(names) or 'none'}. "
            "Fix the export so it has these columns, then drop it in the inbox again"
        )
    if read.fmt == "csv":
        source_col = {c: f"c{present[c]}" for c in expected if c in present}
        raw = "{" + ", ".join(f"{_literal(n)}: s.c{i}" for i, n in enumerate(names)) + "}"
        types = {}
    else:
        source_col = {c: names[present[c]] for c in expected if c in present}
        raw = "s"
        types = {d[0]: str(d[1]) for d in con.execute(f"select * from {relation} limit 0").description}
    select = ", ".join(
        _as_text(source_col[c], types.get(source_col[c], "VARCHAR"), c) if c in source_col
        else f"null::varchar as {quote(c)}"
        for c in expected
    )
    join = "left join _linemap m on m.rid = s.rowid" if row_expr == "m.line" else ""
    con.execute(f"create or replace temp view _in as select {row_expr} as _row, {raw} as _raw, "
                f"{file_expr} as _file, {select} from {relation} s {join}")
    read.extra_columns = [n for n in names if n.lower() not in expected]
    if read.extra_columns and not any("extra column" in w for w in read.warnings):
        read.warnings.append(f"extra column(s) ignored: {', '.join(read.extra_columns)}")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _as_text(source: str, dtype: str, target: str) -> str:
    # Nested values (structs, maps, lists) become JSON text, not DuckDB's own struct notation.
    nested = dtype.upper().startswith(("STRUCT", "MAP", "UNION")) or dtype.endswith("]")
    expr = f"to_json(s.{quote(source)})::varchar" if nested else f"s.{quote(source)}::varchar"
    return f"{expr} as {quote(target)}"


def _stage_parquet(con, path: Path) -> list[str]:
    import pyarrow.parquet as pq

    try:
        names = pq.read_schema(path).names
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a broken footer
        raise FileRejected(f"not a readable Parquet file ({str(exc).splitlines()[0][:200]}); it may be "
                           "truncated or corrupt — export it again") from None
    reject_duplicates(names, "column")
    con.execute("create or replace temp table _src as select * from read_parquet(?)", [str(path)])
    con.execute("create or replace temp table _malformed (_row bigint, _raw varchar, reason varchar)")
    con.execute("create or replace temp table _linemap (rid bigint, line bigint)")
    return names


def _utf8_prefix(head: bytes) -> bool:
    """The head decodes as UTF-8 (it may end inside a character: it is a cut of the file)."""
    try:
        codecs.getincrementaldecoder("utf-8")(errors="strict").decode(head, final=False)
        return True
    except UnicodeDecodeError:
        return False


def _not_utf8(read: ReadResult) -> str:
    found = first_invalid_utf8(read.text_path, read.compression)
    if found is None:
        return "file is not valid UTF-8 text; re-export it as UTF-8"
    line, sample = found
    hint = guess_encoding(sample)
    fix = (f"it looks like {hint}: set encoding = \"{hint}\" for its source in sources.toml, or re-export as UTF-8"
           if hint else "re-export it as UTF-8")
    return f"file is not valid UTF-8 text (first bad byte on line {line}: {sample[:60]!r}); {fix}"


def not_utf8_message(read: ReadResult) -> str:
    return _not_utf8(read)


class Workdir:
    """A temp folder for converted or repaired copies, made only when a file needs one."""

    def __init__(self) -> None:
        self._path: Path | None = None

    def __truediv__(self, name: str) -> Path:
        if self._path is None:
            self._path = Path(tempfile.mkdtemp(prefix="shopcopy-ingest-"))
        return self._path / name

    def cleanup(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)


def new_workdir() -> Workdir:
    return Workdir()
