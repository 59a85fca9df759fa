"""Schema migrations (numbered, applied once, checksummed) and the views rebuilt on every connect.

An applied migration is never edited: its stored checksum is compared on every connect and a
changed file stops with a message, because the warehouse no longer matches what the file says.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import jinja2

from shopcopy.warehouse.connect import transaction
from shopcopy.warehouse.sql import SQL_DIR


class MigrationEdited(RuntimeError):
    """An applied migration file no longer has the checksum recorded when it ran."""


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


def migration_files(folder: Path = SQL_DIR / "schema") -> list[Path]:
    return sorted(folder.glob("[0-9][0-9][0-9]_*.sql"))


def migrate(con: duckdb.DuckDBPyConnection, folder: Path = SQL_DIR / "schema") -> list[str]:
    """Apply every `sql/schema/NNN_*.sql` not yet recorded in ops.schema_migrations, in order;
    refuse to run when an applied file was edited since."""
    con.execute("create schema if not exists ops")
    con.execute(
        """create table if not exists ops.schema_migrations (
               name varchar primary key, checksum varchar not null,
               applied_at timestamp not null default current_timestamp)"""
    )
    done = dict(con.execute("select name, checksum from ops.schema_migrations").fetchall())
    files = migration_files(folder)
    edited = [f.name for f in files if f.name in done and done[f.name] != _checksum(f.read_text(encoding="utf-8"))]
    if edited:
        raise MigrationEdited(
            f"Migration file(s) {', '.join(edited)} changed after they were applied to this warehouse "
            "(their checksums in ops.schema_migrations differ). Restore the original file(s) and put "
            "the change in a new numbered migration in sql/schema/."
        )
    applied = []
    for file in files:
        if file.name in done:
            continue
        body = file.read_text(encoding="utf-8")
        with transaction(con):
            con.execute(body)
            con.execute("insert into ops.schema_migrations (name, checksum) values (?, ?)",
                        [file.name, _checksum(body)])
        applied.append(file.name)
    return applied


def _render(file: Path) -> str:
    """A view file; `.sql.j2` files are rendered with the task registry (identifiers only)."""
    text = file.read_text(encoding="utf-8")
    if file.name.endswith(".j2"):
        from shopcopy.tasks import TASKS

        text = jinja2.Template(text, undefined=jinja2.StrictUndefined).render(tasks=list(TASKS.values()))
    return text


def refresh_views(con: duckdb.DuckDBPyConnection, *, rejudge_texts: bool = True) -> None:
    """(Re)create the views in sql/staging/ and sql/marts/ (create or replace, so always safe), and
    the declared guardrail checks the marts count against (from the guardrails package itself)."""
    refresh_guardrail_checks(con)
    for folder in ("staging", "marts"):
        files = [*SQL_DIR.joinpath(folder).glob("*.sql"), *SQL_DIR.joinpath(folder).glob("*.sql.j2")]
        for file in sorted(files, key=lambda f: f.name):
            con.execute(_render(file))
    # The gate in force, and stored text it has not judged yet judged again (see review.rejudge),
    # so the marts never show text an older, laxer gate let through.
    from shopcopy.review.rejudge import record_gate, rejudge

    record_gate(con)
    if rejudge_texts:
        rejudge(con)


def refresh_guardrail_checks(con: duckdb.DuckDBPyConnection) -> None:
    from shopcopy.guardrails import all_checks

    rows = sorted(all_checks().items())
    with transaction(con):
        con.execute("delete from ops.guardrail_checks")
        con.executemany("insert into ops.guardrail_checks (check_name, severity) values (?, ?)", rows)
