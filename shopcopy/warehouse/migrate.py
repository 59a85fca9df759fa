"""Schema migrations (numbered, applied once, checksummed) and the views rebuilt on every connect.

An applied migration is never edited: its stored checksum is compared on every connect and a
changed file stops with a message, because the warehouse no longer matches what the file says.

On a DuckLake the same files are applied as rendered by shopcopy.warehouse.dialect (no keys,
no sequences), each file in one transaction that retries on a conflict: two processes migrating
at once both finish, and each file is applied exactly once (the loser finds it recorded).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import jinja2

from shopcopy.warehouse.dialect import render_for_lake
from shopcopy.warehouse.retry import write_transaction
from shopcopy.warehouse.sql import SQL_DIR, is_lake


class MigrationEdited(RuntimeError):
    """An applied migration file no longer has the checksum recorded when it ran."""


class SchemaNotMigrated(RuntimeError):
    """The warehouse is behind the migration files and this connection may not migrate."""


LEDGER_DDL = """create table if not exists ops.schema_migrations (
               name varchar primary key, checksum varchar not null,
               applied_at timestamp not null default current_timestamp)"""


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


def migration_files(folder: Path = SQL_DIR / "schema") -> list[Path]:
    return sorted(folder.glob("[0-9][0-9][0-9]_*.sql"))


def _bootstrap(con: duckdb.DuckDBPyConnection, lake: bool) -> None:
    def body(c):
        c.execute("create schema if not exists ops")
        c.execute(render_for_lake(LEDGER_DDL) if lake else LEDGER_DDL)
    write_transaction(con, body, what="migrate")


def _applied(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("select name, checksum from ops.schema_migrations").fetchall())


def pending_migrations(con: duckdb.DuckDBPyConnection, folder: Path = SQL_DIR / "schema") -> list[str]:
    """Migration files not applied yet (all of them when the ledger does not exist)."""
    try:
        done = _applied(con)
    except duckdb.CatalogException:
        done = {}
    return [f.name for f in migration_files(folder) if f.name not in done]


def migrate(con: duckdb.DuckDBPyConnection, folder: Path = SQL_DIR / "schema", *,
            lake: bool | None = None) -> list[str]:
    """Apply every `sql/schema/NNN_*.sql` not yet recorded in ops.schema_migrations, in order;
    refuse to run when an applied file was edited since."""
    lake = is_lake(con) if lake is None else lake
    _bootstrap(con, lake)
    done = _applied(con)
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

        def apply(c, file=file, body=body) -> bool:
            # Checked again inside the transaction: a concurrent migrate may have applied it.
            if c.execute("select 1 from ops.schema_migrations where name = ?", [file.name]).fetchall():
                return False
            c.execute(render_for_lake(body) if lake else body)
            c.execute("insert into ops.schema_migrations (name, checksum) values (?, ?)",
                      [file.name, _checksum(body)])
            return True

        if write_transaction(con, apply, what="migrate"):
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
    views = [_render(file) for folder in ("staging", "marts")
             for file in sorted([*SQL_DIR.joinpath(folder).glob("*.sql"),
                                 *SQL_DIR.joinpath(folder).glob("*.sql.j2")], key=lambda f: f.name)]
    from shopcopy.review.rejudge import record_gate, rejudge

    if is_lake(con):
        _refresh_lake(con, views)
    else:
        refresh_guardrail_checks(con)
        for text in views:
            con.execute(text)
        # The gate in force, and stored text it has not judged yet judged again (see
        # review.rejudge), so the marts never show text an older, laxer gate let through.
        record_gate(con)
    if rejudge_texts:
        rejudge(con)


def _refresh_lake(con: duckdb.DuckDBPyConnection, views: list[str]) -> None:
    """The same refresh as one catalog commit, skipped when nothing it writes has changed (each
    commit is a round trip to the catalog, and concurrent connections would conflict)."""
    from shopcopy.guardrails import all_checks, gate_version
    from shopcopy.warehouse.sql import run_sql

    checks = sorted(all_checks().items())
    version = gate_version()
    fingerprint = _checksum("\n".join([*views, repr(checks), version]))

    def body(c) -> None:
        if c.execute("select 1 from ops.view_state where fingerprint = ?", [fingerprint]).fetchall():
            return
        c.execute("delete from ops.guardrail_checks")
        c.executemany("insert into ops.guardrail_checks (check_name, severity) values (?, ?)", checks)
        for text in views:
            c.execute(text)
        run_sql(c, "guardrails/replace_policy", {"gate_version": version})
        c.execute("delete from ops.view_state")
        c.execute("insert into ops.view_state (fingerprint) values (?)", [fingerprint])

    write_transaction(con, body, what="refresh_views")


def refresh_guardrail_checks(con: duckdb.DuckDBPyConnection) -> None:
    from shopcopy.guardrails import all_checks

    rows = sorted(all_checks().items())

    def body(c) -> None:
        c.execute("delete from ops.guardrail_checks")
        c.executemany("insert into ops.guardrail_checks (check_name, severity) values (?, ?)", rows)

    write_transaction(con, body, what="guardrail_checks")
