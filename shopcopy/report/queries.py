"""Named SQL queries for users (sql/queries/*.sql) and ad-hoc SQL, on a read-only connection.

A query file starts with `-- <one-line description>`; optional `-- param <name>: <help>` lines
name its `$name` parameters, which are always bound, never pasted into the SQL text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from shopcopy.warehouse import SQL_DIR

QUERY_DIR = SQL_DIR / "queries"
_PARAM = re.compile(r"^--\s*param\s+(\w+)\s*:\s*(.*)$")


class QueryError(ValueError):
    """The query cannot be run as asked; the message says why."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    sql: str
    params: dict[str, str] = field(default_factory=dict)


def list_queries() -> list[NamedQuery]:
    return [load_query(p.stem) for p in sorted(QUERY_DIR.glob("*.sql"))]


def load_query(name: str) -> NamedQuery:
    path = QUERY_DIR / f"{name}.sql"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        known = ", ".join(p.stem for p in sorted(QUERY_DIR.glob("*.sql")))
        raise QueryError(f"no named query '{name}'; known queries: {known}")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    description = lines[0].removeprefix("--").strip() if lines and lines[0].startswith("--") else ""
    params = {m.group(1): m.group(2).strip() for line in lines if (m := _PARAM.match(line))}
    return NamedQuery(name, description, text, params)


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Only a single SELECT runs: no writes, no DDL, no ATTACH/COPY, no statement chains."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"cannot parse the SQL: {str(exc).splitlines()[0]}") from None
    if len(statements) != 1:
        raise QueryError(f"exactly one statement is allowed, got {len(statements)}")
    if statements[0].type != duckdb.StatementType.SELECT:
        raise QueryError(
            f"only SELECT queries are allowed here (got {statements[0].type.name}); "
            "the warehouse is changed only by shopcopy's stages"
        )


def run_query(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, str] | None = None) -> pa.Table:
    """Run one read-only statement with bound named parameters; returns an Arrow table."""
    check_read_only(con, sql)
    wanted = set(re.findall(r"\$(\w+)", sql))
    params = params or {}
    unknown = set(params) - wanted
    if unknown:
        raise QueryError(f"unknown parameter(s) {', '.join(sorted(unknown))}; this query takes: "
                         f"{', '.join(sorted(wanted)) or 'none'}")
    missing = wanted - set(params)
    if missing:
        raise QueryError(f"missing parameter(s): {', '.join(sorted(missing))} (pass --param NAME=VALUE)")
    try:
        return con.sql(sql, params=params or None).to_arrow_table()
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from None


def _flat(frame):
    """CSV has no nested values: each list or struct cell becomes its JSON text (a CRM reads
    `[{"title": "…", "price": 12.5}]` back), every other column is left as it is."""
    import json
    from decimal import Decimal

    import polars as pl

    def plain(v):  # a DECIMAL price stays a JSON number: 12.49 prints as 12.49 (shortest repr)
        return float(v) if isinstance(v, Decimal) and v.is_finite() else str(v)

    nested = [c for c, t in frame.schema.items() if t.is_nested()]
    return frame.with_columns(
        pl.Series(c, [None if v is None else json.dumps(v, ensure_ascii=False, default=plain)
                      for v in frame[c].to_list()], dtype=pl.String) for c in nested)


def write_table(table: pa.Table, fmt: str, out: Path | None) -> str | None:
    """Write `table` as csv/json/parquet to `out` (or return csv/json text when out is None)."""
    import polars as pl

    frame = pl.from_arrow(table)
    if fmt == "parquet":
        if out is None:
            raise QueryError("--format parquet needs --out FILE")
        frame.write_parquet(out)
        return None
    if fmt == "csv":
        text = _flat(frame).write_csv()
    elif fmt == "json":
        text = frame.write_json()
    else:
        raise QueryError(f"unknown format '{fmt}'; use table, csv, json or parquet")
    if out is None:
        return text
    Path(out).write_text(text, encoding="utf-8")
    return None
