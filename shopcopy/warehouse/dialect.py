"""Render the DuckDB migration files for a DuckLake warehouse.

One set of migration files serves both backends: the files stay as written (their checksums
are recorded when applied, so they are never edited) and this step rewrites their text for the
lake, which rejects PRIMARY KEY, UNIQUE, CHECK and FOREIGN KEY constraints, sequences and
indexes. Keys become NOT NULL columns (their uniqueness is a validation expectation where it
matters, see expectations/); a `default nextval(...)` disappears because the insert statements
compute their ids themselves (sql/ingest/quarantine_rows.sql, sql/review/insert_review_log.sql).
Everything else (NOT NULL, defaults, json, lists, structs, ALTER ... ADD COLUMN) passes unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SEQUENCE_OR_INDEX = re.compile(r"^\s*create\s+(sequence|(unique\s+)?index)\b", re.I)
_CREATE_TABLE = re.compile(r"^(\s*create\s+(?:or\s+replace\s+)?table\s+(?:if\s+not\s+exists\s+)?[\w.\"]+\s*)\(",
                           re.I)
_TABLE_CONSTRAINT = re.compile(r"^\s*(constraint\s+\w+\s+)?(primary\s+key|unique|check|foreign\s+key)\b", re.I)
_PRIMARY_KEY = re.compile(r"^\s*(?:constraint\s+\w+\s+)?primary\s+key\s*\(([^)]*)\)", re.I)
_INLINE = [
    re.compile(r"\s+default\s+nextval\s*\(\s*'[^']*'\s*\)", re.I),
    re.compile(r"\s+references\s+[\w.\"]+\s*(\([^)]*\))?", re.I),
    re.compile(r"\s+unique\b", re.I),
]
_INLINE_PK = re.compile(r"\s+primary\s+key\b", re.I)
_INLINE_UNIQUE = re.compile(r"\s+unique\b", re.I)
_UNIQUE = re.compile(r"^\s*(?:constraint\s+\w+\s+)?unique\s*\(([^)]*)\)", re.I)
_DROP_TABLE = re.compile(r"^\s*drop\s+table\s+(?:if\s+exists\s+)?([\w.\"]+)", re.I)
_RENAME_TABLE = re.compile(r"^\s*alter\s+table\s+(?:if\s+exists\s+)?([\w.\"]+)\s+rename\s+to\s+([\w\"]+)", re.I)
_NOT_NULL = re.compile(r"\bnot\s+null\b", re.I)


class DialectError(ValueError):
    """A migration statement the lake renderer cannot rewrite safely."""


def strip_comments(sql: str) -> str:
    """Drop `--` comments outside string literals (migrations have no block comments)."""
    out, i, n, quote = [], 0, len(sql), None
    while i < n:
        ch = sql[i]
        if quote:
            out.append(ch)
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _outside_quotes(text: str, depth: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, parenthesis depth after it) for every character outside string
    literals: the one walk both the statement splitter and the CREATE TABLE parser need."""
    quote = None
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
            continue
        depth += (ch == "(") - (ch == ")")
        yield i, ch, depth


def split_top_level(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses and string literals."""
    parts, start = [], 0
    for i, ch, depth in _outside_quotes(text):
        if ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _strip_check(element: str) -> str:
    """Remove an inline `check (...)` (balanced parentheses) from a column definition."""
    m = re.search(r"\s+check\s*\(", element, re.I)
    if not m:
        return element
    depth, j = 0, m.end() - 1
    for j in range(m.end() - 1, len(element)):
        if element[j] == "(":
            depth += 1
        elif element[j] == ")":
            depth -= 1
            if depth == 0:
                break
    return element[: m.start()] + element[j + 1:]


def _column_name(element: str) -> str:
    return element.strip().split()[0].strip('"').lower()


def _table_parts(body: str) -> tuple[list[str], list[str], list[str]]:
    """A create-table body's column definitions without constraints, its primary-key columns and
    its first UNIQUE columns, in declared order: what the lake drops and validation checks."""
    key_columns: list[str] = []
    unique: list[str] = []
    columns: list[str] = []
    for element in split_top_level(body, ","):
        if not element.strip():
            continue
        pk = _PRIMARY_KEY.match(element)
        if pk:
            key_columns += [c.strip().strip('"').lower() for c in pk.group(1).split(",")]
            continue
        uq = _UNIQUE.match(element)
        if uq and not unique:
            unique = [c.strip().strip('"').lower() for c in uq.group(1).split(",")]
        if _TABLE_CONSTRAINT.match(element):
            continue
        if _INLINE_UNIQUE.search(_strip_check(element)) and not unique:
            unique = [_column_name(element)]
        col = _strip_check(element)
        for pattern in _INLINE:
            col = pattern.sub("", col)
        if _INLINE_PK.search(col):
            col = _INLINE_PK.sub("", col)
            key_columns.append(_column_name(col))
        columns.append(col)
    return columns, key_columns, unique


def _render_table(head: str, body: str, tail: str) -> str:
    columns, primary, _ = _table_parts(body)
    key_columns = set(primary)
    rendered = []
    for col in columns:
        if _column_name(col) in key_columns and not _NOT_NULL.search(col):
            col = col.rstrip() + " not null"
        rendered.append(col.rstrip())
    return f"{head}({','.join(rendered)}\n){tail}"


def _create_table(statement: str) -> tuple[str, str, str] | None:
    """(head up to the opening parenthesis, column body, tail) of a CREATE TABLE; else None."""
    m = _CREATE_TABLE.match(statement)
    if not m:
        return None
    rest = statement[m.end():]  # just after the opening parenthesis
    close = next((i for i, ch, depth in _outside_quotes(rest, depth=1) if ch == ")" and depth == 0), None)
    if close is None:
        raise DialectError(f"unbalanced parentheses in: {statement.strip()[:80]}")
    return m.group(1), rest[:close], rest[close + 1:]


def render_statement(statement: str) -> str | None:
    """One statement for the lake; None when it has no lake form (a sequence or an index)."""
    if _SEQUENCE_OR_INDEX.match(statement):
        return None
    parts = _create_table(statement)
    return statement if parts is None else _render_table(*parts)


def _table_name(text: str, schema: str | None = None) -> str:
    name = text.replace('"', "").lower()
    return f"{schema}.{name}" if schema and "." not in name else name


def declared_keys(files: list[str], keys: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """Each table's key (primary key, else UNIQUE columns) as the migration files leave it,
    applied in order (a table dropped, rebuilt without its key, or renamed follows them).

    These are the constraints a DuckLake cannot enforce; the validate stage checks them instead
    (shopcopy/validate/keys.py).
    """
    keys = dict(keys or {})
    for sql in files:
        for statement in split_top_level(strip_comments(sql), ";"):
            parts = _create_table(statement)
            if parts is not None:
                name = _table_name(re.split(r"\s+", parts[0].strip())[-1])
                _, primary, unique = _table_parts(parts[1])
                keys.pop(name, None)
                if primary or unique:
                    keys[name] = tuple(primary or unique)
                continue
            if m := _DROP_TABLE.match(statement):
                keys.pop(_table_name(m.group(1)), None)
            elif m := _RENAME_TABLE.match(statement):
                old = _table_name(m.group(1))
                schema = old.rsplit(".", 1)[0] if "." in old else None
                if old in keys:
                    keys[_table_name(m.group(2), schema)] = keys.pop(old)
    return keys


def lake_statements(sql: str) -> list[str]:
    """A migration file's statements rendered for DuckLake, in order, empty ones dropped."""
    out = []
    for statement in split_top_level(strip_comments(sql), ";"):
        if not statement.strip():
            continue
        rendered = render_statement(statement)
        if rendered is not None:
            out.append(rendered.strip())
    return out


def render_for_lake(sql: str) -> str:
    """The whole file as one script for `con.execute`."""
    return ";\n".join(lake_statements(sql)) + (";" if lake_statements(sql) else "")
