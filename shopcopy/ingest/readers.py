"""Read one inbox file into temp tables, keeping malformed lines instead of failing the file.

Every reader leaves the same shape, so the typed checks in sql/ingest/ work on any format:
- `_in` (view): `_row` (the line/row number a person finds in the file, or NULL when it is the
  scan position, see `finish`), `_raw` (the source row as JSON, evaluated only where a query
  asks for it, i.e. for bad rows) and one VARCHAR column per expected column;
- after the typed table is built, `finish` leaves `_malformed` (lines that could not be parsed
  at all: _row, _raw, reason) and `_linemap` (scan position -> line, when lines were skipped).
CSV is scanned straight from the file, once: the big files pay for one parse, nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

FORMATS = {".csv": "csv", ".parquet": "parquet", ".json": "json", ".jsonl": "json", ".ndjson": "json"}
TEMP_TABLES = ("_src", "_linemap", "_malformed", "_lines", "_objs", "_csv_rej_e", "_csv_rej_s")
# One absurd value (a 3 MB title) must not reject a whole export: lines up to 16 MB are read (DuckDB's
# default is 2 MB), with DuckDB's default 32 MB buffer. Longer lines reject the file, saying why.
CSV_LIMITS = "max_line_size = 16777216, buffer_size = 33554432"
CSV_SCAN = """read_csv(getvariable('shopcopy_source'), all_varchar = true, header = true,
                       """ + CSV_LIMITS + """, strict_mode = true, store_rejects = true,
                       rejects_table = '_csv_rej_e', rejects_scan = '_csv_rej_s')"""


class FileRejected(Exception):
    """The whole file is unusable; the message says why and what to do."""


@dataclass
class ReadResult:
    path: Path
    fmt: str
    columns: list[str]
    extra_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def file_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_file(
    con: duckdb.DuckDBPyConnection, path: Path, expected: list[str], required: list[str]
) -> ReadResult:
    """Stage `path` as `_src`/`_in`/`_malformed`; raise FileRejected if the file is unusable."""
    if path.stat().st_size == 0:
        raise FileRejected("file is empty (0 bytes); export it again or remove it from the inbox")
    fmt = file_format(path)
    stage = {"csv": _stage_csv, "parquet": _stage_parquet, "json": _stage_json}.get(fmt)
    if stage is None:
        raise FileRejected(f"unsupported file type '{path.suffix}'; use .csv, .parquet, .json or .jsonl")
    if fmt != "parquet":
        _reject_if_utf16(path)
    try:
        source, row_expr = stage(con, path)
        types = {d[0]: str(d[1]) for d in con.execute(f"select * from {source} limit 0").description}
    except duckdb.Error as exc:
        raise FileRejected(_explain(exc, fmt)) from None
    present = {c.lower(): c for c in types}
    missing = [c for c in required if c not in present]
    if missing:
        raise FileRejected(
            f"missing required column(s) {', '.join(missing)}; found {', '.join(types) or 'none'}. "
            "Fix the export so it has these columns, then drop it in the inbox again"
        )
    select = ", ".join(
        _as_text(present[c], types[present[c]], c) if c in present else f"null::varchar as {quote(c)}"
        for c in expected
    )
    join = "left join _linemap m on m.rid = s.rowid" if row_expr == "m.line" else ""
    con.execute(
        f"create or replace temp view _in as select {row_expr} as _row, to_json(s)::varchar as _raw, "
        f"{select} from {source} s {join}"
    )
    extra = [c for c in types if c.lower() not in expected]
    result = ReadResult(path=path, fmt=fmt, columns=list(types), extra_columns=extra)
    if extra:
        result.warnings.append(f"extra column(s) ignored: {', '.join(extra)}")
    return result


def finish(con: duckdb.DuckDBPyConnection, read: ReadResult) -> None:
    """After the scan: collect malformed lines, reject wrong encodings and truncated files."""
    try:
        if read.fmt == "csv":
            _finish_csv(con, read.path)
        if con.execute("select count(*) from _typed").fetchone()[0] == 0 and not _count_malformed(con):
            read.warnings.append("file has no data rows")
    except duckdb.Error as exc:
        raise FileRejected(_explain(exc, read.fmt)) from None


def _reject_if_utf16(path: Path) -> None:
    """UTF-16 text puts a NUL byte beside every ASCII character: DuckDB would read it as one garbled
    column (BOM-less UTF-16 passes its UTF-8 check), so name the encoding before anything parses."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") > len(head) // 4:
        raise FileRejected("file is UTF-16 encoded (or binary), not UTF-8 text; re-export it as UTF-8")


def _as_text(source: str, dtype: str, target: str) -> str:
    # Nested values (structs, maps, lists) become JSON text, not DuckDB's own struct notation.
    nested = dtype.upper().startswith(("STRUCT", "MAP", "UNION")) or dtype.endswith("]")
    expr = f"to_json(s.{quote(source)})::varchar" if nested else f"s.{quote(source)}::varchar"
    return f"{expr} as {quote(target)}"


def _count_malformed(con) -> int:
    return con.execute("select count(*) from _malformed").fetchone()[0]


def _explain(exc: duckdb.Error, fmt: str | None) -> str:
    text = str(exc).splitlines()[0]
    low = str(exc).lower()
    if "maximum line size of" in low:  # first: DuckDB's CSV errors also print "Encoding: utf-8"
        return ("a line is longer than 16 MB, so the file cannot be split into rows (an unclosed quote "
                "or a corrupt export?); fix or re-export it")
    if "unicode" in low or "utf-8" in low or "utf8" in low:
        return "file is not valid UTF-8 text; re-export it as UTF-8"
    if fmt == "parquet":
        return f"not a readable Parquet file ({text}); it may be truncated or corrupt — export it again"
    return f"unreadable {fmt} file: {text}"


def _stage_csv(con, path: Path) -> tuple[str, str]:
    con.execute("set variable shopcopy_source = ?", [str(path)])
    con.execute("drop table if exists _csv_rej_e; drop table if exists _csv_rej_s")
    cols = [d[0] for d in con.execute(
        "select * from read_csv(getvariable('shopcopy_source'), all_varchar = true, header = true, "
        f"{CSV_LIMITS}) limit 0"
    ).description]
    if len(cols) == 1 and any(sep in cols[0] for sep in (";", "\t", "|")):
        raise FileRejected(
            f"found one column named '{cols[0][:60]}': the file seems to use a delimiter other "
            "than a comma; export it as comma-separated CSV"
        )
    # Row numbers come from the scan position (see _finish_csv), so _row is NULL here.
    return CSV_SCAN, "null::bigint"


def _finish_csv(con, path: Path) -> None:
    bad_text = con.execute(
        "select min(line) from _csv_rej_e where error_type in ('INVALID UNICODE', 'INVALID ENCODING')"
    ).fetchone()[0]
    if bad_text is not None:
        # A wrong encoding garbles every non-ASCII value, so no row of it can be trusted.
        raise FileRejected(f"file is not valid UTF-8 text (first bad line: {bad_text}); re-export it as UTF-8")
    # One error per malformed line (DuckDB reports each missing column separately).
    con.execute(
        """create or replace temp table _malformed as
           select line::bigint as _row, to_json({'line': csv_line})::varchar as _raw,
                  'malformed CSV line ' || line || ': ' || error_message as reason
           from _csv_rej_e qualify row_number() over (partition by line order by column_idx) = 1"""
    )
    _reject_if_truncated(con, path)
    if not _count_malformed(con):
        con.execute("create or replace temp table _linemap (rid bigint, line bigint)")
        return
    # Data rows fill the lines that are not malformed, in order (header is line 1; DuckDB keeps
    # file order when scanning a single file).
    con.execute(
        """create or replace temp table _linemap as
           select row_number() over (order by line) - 1 as rid, line
           from range(2, (select count(*) from _typed) + (select count(*) from _malformed) + 2) t(line)
           where line not in (select _row from _malformed)"""
    )


def _reject_if_truncated(con, path: Path) -> None:
    """A file cut off mid-line (no trailing newline, and its last line malformed) is truncated."""
    with path.open("rb") as fh:
        fh.seek(max(path.stat().st_size - 1, 0))
        ends_with_newline = fh.read(1) in (b"\n", b"\r")
    if ends_with_newline or not _count_malformed(con):
        return
    with path.open("rb") as fh:
        last_line = sum(1 for _ in fh)
    if con.execute("select max(_row) from _malformed").fetchone()[0] >= last_line:
        raise FileRejected(
            f"file looks truncated: its last line ({last_line}) is incomplete and has no newline; "
            "the export was probably cut off — export it again"
        )


def _stage_parquet(con, path: Path) -> tuple[str, str]:
    con.execute("create or replace temp table _src as select * from read_parquet(?)", [str(path)])
    con.execute("create or replace temp table _malformed (_row bigint, _raw varchar, reason varchar)")
    con.execute("create or replace temp table _linemap (rid bigint, line bigint)")
    return "_src", "s.rowid + 1"


def _stage_json(con, path: Path) -> tuple[str, str]:
    """JSON array, one JSON object, or JSON lines; a bad line is quarantined with its line number."""
    con.execute(
        """create or replace temp table _lines as
           with t as (select ltrim(content, chr(65279)) as content from read_text(?))
           select case when json_valid(content) and json_type(content::json) in ('ARRAY', 'OBJECT')
                       then lower(json_type(content::json)) else 'lines' end as shape, content from t""",
        [str(path)],
    )
    shape = con.execute("select shape from _lines").fetchone()[0]
    if shape == "array":
        con.execute(
            """create or replace temp table _objs as
               select row_number() over () as line, j::varchar as _raw, j
               from (select unnest(json_extract(content::json, '$[*]')) as j from _lines)"""
        )
        if con.execute("select count(*) from _objs").fetchone()[0] == 0:
            raise FileRejected("the JSON array is empty: no rows and no columns to check; "
                               "remove the file, or export it again with its rows")
    elif shape == "object":
        # A whole file holding one (maybe pretty-printed) object is one row, like a one-line JSONL.
        con.execute("create or replace temp table _objs as select 1 as line, content as _raw, content::json as j from _lines")
    else:
        _stage_json_lines(con)
    con.execute(
        """create or replace temp table _malformed as
           select line as _row, to_json({'line': left(_raw, 2000)})::varchar as _raw,
                  case when j is null then 'line ' || line || ': not valid JSON'
                       else 'line ' || line || ': expected a JSON object, got ' || lower(json_type(j)) end as reason
           from _objs where j is null or json_type(j) <> 'OBJECT'"""
    )
    if con.execute("select count(*) from _objs where json_type(j) = 'OBJECT'").fetchone()[0] == 0:
        raise FileRejected(
            "no JSON objects found: the file must be a JSON array of objects or JSON lines "
            f"(one object per line); {_count_malformed(con)} line(s) could not be read"
        )
    keys = [r[0] for r in con.execute(
        """select k from (select unnest(json_keys(j)) as k from _objs where json_type(j) = 'OBJECT')
           group by k order by min(k)"""
    ).fetchall()]
    if not keys:
        raise FileRejected("the JSON objects have no fields; export the rows with their columns")
    # Nested JSON values stay JSON text; scalars become their plain text.
    select = ", ".join(
        f"case when json_type(j, {_path(k)}) in ('OBJECT', 'ARRAY') then json_extract(j, {_path(k)})::varchar "
        f"else json_extract_string(j, {_path(k)}) end as {quote(k)}"
        for k in keys
    )
    con.execute(
        "create or replace temp table _good_objs as select * from _objs where json_type(j) = 'OBJECT' order by line"
    )
    con.execute(f"create or replace temp table _src as select {select} from _good_objs order by line")
    con.execute("create or replace temp table _linemap as select row_number() over (order by line) - 1 as rid, line from _good_objs")
    con.execute("drop table if exists _good_objs")
    return "_src", "m.line"


def _stage_json_lines(con) -> None:
    if con.execute("select ltrim(content) like '[%' from _lines").fetchone()[0]:
        # Read line by line, a broken array would load whichever lines happen to be whole objects.
        raise FileRejected("the file starts like a JSON array but is not valid JSON: it is probably "
                           "truncated or corrupt; export it again")
    con.execute(
        """create or replace temp table _objs as
           with l as (select unnest(string_split(replace(content, chr(13), ''), chr(10))) as text,
                             generate_subscripts(string_split(content, chr(10)), 1) as line
                      from _lines)
           select line, text as _raw, case when json_valid(text) then text::json end as j
           from l where trim(text) <> ''"""
    )
    cut = con.execute(
        """select o.line from _objs o, _lines l
           where o.j is null and not regexp_matches(l.content, '[\r\n]$')
           order by o.line desc limit 1"""
    ).fetchone()
    if cut and cut[0] == con.execute("select max(line) from _objs").fetchone()[0]:
        # Same rule as CSV: an unparsable last line with no newline is an export cut off mid-row.
        raise FileRejected(f"file looks truncated: its last line ({cut[0]}) is incomplete JSON and has "
                           "no newline; the export was probably cut off — export it again")


def _path(key: str) -> str:
    """A JSON path literal for a key read from the file itself (quoted, never executed as SQL)."""
    return "'$.\"" + key.replace("'", "''").replace('"', '\\"') + "\"'"
