"""JSON: an array of objects, one (maybe pretty-printed) object, or JSON lines; a bad line is
quarantined with its line number. Lines are read by DuckDB's CSV scanner with no delimiter and no
quoting, which decompresses gzip and zstd itself and keeps blank lines, so line numbers are exact."""

from __future__ import annotations

from pathlib import Path

import duckdb

from shopcopy.ingest.csvfile import MAX_LINE, reject_duplicates
from shopcopy.ingest.files import FileRejected, open_bytes

LINES = """read_csv(?, auto_detect = false, header = false, columns = {'text': 'VARCHAR'}, delim = '',
                    quote = '', escape = '', strict_mode = false, compression = ?,
                    max_line_size = ?, buffer_size = ?)"""


def stage_json(con: duckdb.DuckDBPyConnection, path: Path, compression: str | None) -> list[str]:
    """Stage `_src` (one VARCHAR column per key), `_linemap` and `_malformed`; return the keys."""
    buffer = 2 * MAX_LINE
    try:
        con.execute(
            f"""create or replace temp table _lines as
                select row_number() over () as line, coalesce(text, '') as text from {LINES}""",
            [str(path), compression or "none", MAX_LINE, buffer],
        )
    except duckdb.Error as exc:
        low = str(exc).lower()
        if "unicode" in low or "utf-8" in low.splitlines()[0]:
            raise FileRejected("file is not valid UTF-8 text; re-export it as UTF-8, or set its "
                               "encoding in sources.toml") from None
        raise
    con.execute("update _lines set text = ltrim(text, chr(65279)) where line = 1")
    shape = _shape(con)
    if shape == "array":
        con.execute(
            """create or replace temp table _objs as
               select row_number() over () as line, j::varchar as _raw, j
               from (select unnest(json_extract(string_agg(text, chr(10) order by line)::json, '$[*]')) as j
                     from _lines)"""
        )
        if con.execute("select count(*) from _objs").fetchone()[0] == 0:
            raise FileRejected("the JSON array is empty: no rows and no columns to check; "
                               "remove the file, or export it again with its rows")
    elif shape == "object":
        # A whole file holding one (maybe pretty-printed) object is one row, like a one-line JSONL.
        con.execute("""create or replace temp table _objs as
                       select 1 as line, string_agg(text, chr(10) order by line) as _raw,
                              string_agg(text, chr(10) order by line)::json as j from _lines""")
    else:
        _stage_lines(con, path, compression)
    con.execute(
        """create or replace temp table _malformed as
           select line as _row, to_json({'line': left(_raw, 2000)})::varchar as _raw,
                  case when j is null then 'line ' || line || ': not valid JSON'
                       else 'line ' || line || ': expected a JSON object, got ' || lower(json_type(j)) end as reason
           from _objs where j is null or json_type(j) <> 'OBJECT'"""
    )
    if con.execute("select count(*) from _objs where json_type(j) = 'OBJECT'").fetchone()[0] == 0:
        bad = con.execute("select count(*) from _malformed").fetchone()[0]
        raise FileRejected("no JSON objects found: the file must be a JSON array of objects or JSON lines "
                           f"(one object per line); {bad} line(s) could not be read")
    _reject_duplicate_keys(con)
    keys = [r[0] for r in con.execute(
        """select k from (select unnest(json_keys(j)) as k from _objs where json_type(j) = 'OBJECT')
           group by k order by min(k)"""
    ).fetchall()]
    if not keys:
        raise FileRejected("the JSON objects have no fields; export the rows with their columns")
    reject_duplicates(keys, "key")
    # Nested JSON values stay JSON text; scalars become their plain text.
    select = ", ".join(
        f"case when json_type(j, {_path(k)}) in ('OBJECT', 'ARRAY') then json_extract(j, {_path(k)})::varchar "
        f"else json_extract_string(j, {_path(k)}) end as {_quote(k)}"
        for k in keys
    )
    con.execute("create or replace temp table _good_objs as "
                "select * from _objs where json_type(j) = 'OBJECT' order by line")
    con.execute(f"create or replace temp table _src as select {select} from _good_objs order by line")
    con.execute("create or replace temp table _linemap as "
                "select row_number() over (order by line) - 1 as rid, line from _good_objs")
    con.execute("drop table if exists _good_objs")
    return keys


def _shape(con) -> str:
    """'array' | 'object' when the whole text is one JSON value of that type, else 'lines'."""
    first = con.execute("select ltrim(text) from _lines where trim(text) <> '' order by line limit 1").fetchone()
    if first is None:
        return "lines"
    starts = first[0][:1]
    if starts == "[" or (starts == "{" and not con.execute("select json_valid(?)", [first[0]]).fetchone()[0]):
        whole = con.execute("select string_agg(text, chr(10) order by line) from _lines").fetchone()[0]
        if con.execute("select json_valid(?)", [whole]).fetchone()[0]:
            return "array" if starts == "[" else "object"
        if starts == "[":
            # Read line by line, a broken array would load whichever lines happen to be whole objects.
            raise FileRejected("the file starts like a JSON array but is not valid JSON: it is probably "
                               "truncated or corrupt; export it again")
    return "lines"


def _stage_lines(con, path: Path, compression: str | None) -> None:
    con.execute(
        """create or replace temp table _objs as
           select line, text as _raw, case when json_valid(text) then text::json end as j
           from _lines where trim(text) <> ''"""
    )
    last = con.execute("select max(line) from _objs").fetchone()[0]
    cut = con.execute("select line from _objs where j is null and line = ?", [last]).fetchone()
    if cut and not _ends_with_newline(path, compression):
        # Same rule as CSV: an unparsable last line with no newline is an export cut off mid-row.
        raise FileRejected(f"file looks truncated: its last line ({cut[0]}) is incomplete JSON and has "
                           "no newline; the export was probably cut off — export it again")


def _ends_with_newline(path: Path, compression: str | None) -> bool:
    # The scanner drops the final line ending; only the file's last byte can tell.
    last = b""
    with open_bytes(path, compression) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            last = chunk[-1:]
    return last in (b"\n", b"\r")


def _reject_duplicate_keys(con) -> None:
    dup = con.execute(
        """select line, list(k) from (
               select line, unnest(json_keys(j)) as k from _objs where json_type(j) = 'OBJECT')
           group by line, lower(k) having count(*) > 1 order by line limit 1"""
    ).fetchone()
    if dup:
        first, second = dup[1][0], dup[1][1]
        shown = f"'{first}' and '{second}'" if first != second else f"'{first}' twice"
        raise FileRejected(f"line {dup[0]} has the key {shown}: which one holds the value is not ours "
                           "to guess; export it again with each key once")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _path(key: str) -> str:
    """A JSON path literal for a key read from the file itself (quoted, never executed as SQL)."""
    return "'$.\"" + key.replace("'", "''").replace('"', '\\"') + "\"'"
