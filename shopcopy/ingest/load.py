"""Load inbox files into raw.* exactly once: one file = one transaction with its ledger row.

A file whose bytes were already loaded (same sha256, any name) is skipped. Bad rows go to
ops.quarantine with reasons; an unusable file is rejected whole with a ledger row saying why.
How each file is read (delimiter, decimal separator, encoding, time zone, vocabulary) comes from
its source in sources.toml (shopcopy/ingest/sources.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.ingest import batch, direct, vocab
from shopcopy.ingest.files import FileRejected, sha256_of
from shopcopy.ingest.readers import TEMP_TABLES, ReadResult, new_workdir, read_file
from shopcopy.ingest.sources import (
    Source,
    SourcesFileError,
    default_source,
    load_sources,
    source_for,
)
from shopcopy.ingest.stage import ensure_macros, stage_file
from shopcopy.settings import Settings, get_settings
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_attempts

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    columns: tuple[str, ...]
    required: tuple[str, ...]


# Products first, so orders in the same run can be checked against the catalog.
KINDS = (
    Kind(
        "products", "raw.products",
        ("product_id", "title", "brand", "category", "price", "currency", "attributes",
         "description", "in_stock", "updated_at"),
        ("product_id", "title", "category", "price", "currency", "in_stock", "updated_at"),
    ),
    Kind(
        "customers", "raw.customers",
        ("user_id", "locale", "signup_at", "marketing_consent", "segment", "email", "phone", "name"),
        ("user_id", "locale", "marketing_consent"),
    ),
    Kind(
        "orders", "raw.orders",
        ("order_id", "line_no", "user_id", "product_id", "quantity", "unit_price", "currency",
         "ordered_at", "status", "channel", "discount"),
        ("order_id", "line_no", "user_id", "product_id", "quantity", "unit_price", "currency",
         "ordered_at", "status"),
    ),
)
KIND_BY_NAME = {k.name: k for k in KINDS}


@dataclass
class FileOutcome:
    path: str
    kind: str
    status: str  # loaded | loaded_with_warnings | rejected | duplicate | skipped
    rows: int = 0
    rows_loaded: int = 0
    rows_quarantined: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    extra_columns: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    run_id: str
    files: list[FileOutcome] = field(default_factory=list)

    @property
    def rejected(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "rejected"]

    def totals(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for f in self.files:
            t = out.setdefault(f.kind, {"files": 0, "rows_loaded": 0, "rows_quarantined": 0, "rejected": 0})
            t["files"] += f.status != "skipped"
            t["rows_loaded"] += f.rows_loaded
            t["rows_quarantined"] += f.rows_quarantined
            t["rejected"] += f.status == "rejected"
        return out


def discover(inbox: Path) -> list[tuple[Kind, Path]]:
    """Files under inbox/{products,customers,orders}/, in load order (kind, then name)."""
    found = []
    for kind in KINDS:
        folder = inbox / kind.name
        if folder.is_dir():
            files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
            found.extend((kind, p) for p in files)
    return found


def ingest_inbox(con: duckdb.DuckDBPyConnection, inbox: Path, run_id: str,
                 settings: Settings | None = None) -> IngestReport:
    """Load every new file of the inbox; returns what happened to each file.

    Options come from `settings`: the sources file (SHOPCOPY_SOURCES_FILE), the shop's zone for
    naive timestamps (SHOPCOPY_TIMEZONE) and its opening date."""
    report = IngestReport(run_id=run_id)
    if not inbox.is_dir():
        raise FileNotFoundError(
            f"Inbox {inbox} does not exist; create it with orders/, products/ and customers/ "
            "subfolders, or run `shopcopy sample-data --out {inbox}`"
        )
    settings = settings or get_settings()
    sources = load_sources(settings.sources_file)
    problems = [problem for name, opts in sources.sources.items() for column in ("status", "channel")
                for problem in vocab.check_mapping("orders", column, getattr(opts, column), name)]
    if problems:
        raise SourcesFileError(f"{settings.sources_file}: " + "; ".join(problems))
    found = discover(inbox)
    for kind in KINDS:  # kind by kind: orders are staged once the catalog files are written
        items = [(path, source_for(sources, path.relative_to(inbox), settings.timezone))
                 for k, path in found if k is kind]
        report.files.extend(ingest_files(con, kind, items, run_id, settings.shop_opened))
    return report


def ingest_files(con: duckdb.DuckDBPyConnection, kind: Kind, items: list[tuple[Path, Source]], run_id: str,
                 shop_opened: date = date(2015, 1, 1)) -> list[FileOutcome]:
    """Load files of one kind in order, each in its own transaction. Small CSV files that share a
    header are staged together first (batch.py); the clean ones are written from that, the others
    go through `ingest_file` one by one."""
    staged = batch.stage(con, kind, items, shop_opened)
    try:
        return [_ingest_staged(con, kind, path, run_id, staged[path]) if path in staged
                else ingest_file(con, kind, path, run_id, source, shop_opened)
                for path, source in items]
    finally:
        batch.drop(con, staged)


def _ingest_staged(con, kind: Kind, path: Path, run_id: str, staged: batch.Staged) -> FileOutcome:
    """Write one clean file of a batch: its rows, merged as `ingest_file` merges them, and its ledger
    row, in one transaction."""
    if con.execute("select count(*) from ops.ingest_files where sha256 = ? and status <> 'rejected'",
                   [staged.sha]).fetchone()[0]:
        return ingest_file(con, kind, path, run_id)  # loaded meanwhile under another name: a duplicate
    now = utc_naive().replace(microsecond=0)
    con.execute(f"create or replace temp view _good as select * from {staged.table} "
                f"where _file = {int(staged.file)} and reasons is null")
    outcome = FileOutcome(str(path), kind.name, "loaded_with_warnings" if staged.warnings else "loaded",
                          rows=staged.rows, rows_loaded=staged.rows, warnings=list(staged.warnings),
                          extra_columns=staged.extra_columns)
    params = {"source_file": str(path), "loaded_at": now}
    for tx in write_attempts(con, "ingest"):
        with tx:
            if kind.name == "orders":
                run_sql(con, "ingest/delete_replaced_orders")
            run_sql(con, f"ingest/merge_{kind.name}", params)
            if kind.name == "products":
                run_sql(con, "ingest/insert_product_history", params)
            _record(con, outcome, staged.sha, path, run_id, now)
    for warning in outcome.warnings:
        log.warning("%s: %s", path, warning)
    return outcome


def ingest_file(con: duckdb.DuckDBPyConnection, kind: Kind, path: Path, run_id: str,
                source: Source | None = None, shop_opened: date = date(2015, 1, 1)) -> FileOutcome:
    source = source or default_source()
    sha = sha256_of(path)
    seen = con.execute(
        "select path, status from ops.ingest_files where sha256 = ? and status <> 'rejected'", [sha]
    ).fetchall()
    if any(p == str(path) for p, _ in seen):
        return FileOutcome(str(path), kind.name, "skipped")
    now = utc_naive().replace(microsecond=0)
    if seen:
        outcome = FileOutcome(str(path), kind.name, "duplicate",
                              warnings=[f"same content as already loaded {seen[0][0]}; not loaded again"])
        _record(con, outcome, sha, path, run_id, now)
        log.warning("%s: %s", path, outcome.warnings[0])
        return outcome
    workdir = new_workdir()
    try:
        ensure_macros(con)
        read = read_file(con, path, kind.columns, kind.required, source, workdir)
        direct_outcome = _ingest_direct(con, kind, path, run_id, now, sha, read, shop_opened)
        if direct_outcome is not None:
            return direct_outcome
        # Staging (temp tables, private to this connection) happens before the transaction;
        # the transaction holds only the warehouse writes: quarantine, merge and ledger row.
        read = stage_file(con, kind, path, source, workdir, read)
        run_sql(con, "ingest/good_rows" if read.has_dups else "ingest/good_rows_no_duplicates")
        read.warnings.extend(vocab.value_warnings(con, kind.name, source.name, shop_opened, kind.columns))
        for tx in write_attempts(con, "ingest"):
            with tx:
                outcome = _write(con, kind, path, run_id, now, read)
                _record(con, outcome, sha, path, run_id, now)
    except FileRejected as exc:
        return _reject(con, kind, path, sha, run_id, now, str(exc))
    finally:
        _drop_temps(con)
        workdir.cleanup()
    if outcome.rows_quarantined:
        log.warning("%s: %d row(s) quarantined (see ops.quarantine)", path, outcome.rows_quarantined)
    for warning in outcome.warnings:
        log.warning("%s: %s", path, warning)
    return outcome


def _ingest_direct(con, kind: Kind, path: Path, run_id: str, now: datetime, sha: str, read: ReadResult,
                   shop_opened: date) -> FileOutcome | None:
    """A clean file written straight from its typed statement, with its ledger row, in one transaction
    (direct.py: the plain statement, then the typed one); None, with nothing changed, when the file
    needs the full path."""
    params = {"source_file": str(path), "loaded_at": now}
    if not direct.eligible(con, kind, read, params):
        return None
    for statement in direct.STATEMENTS:
        outcome = _try_direct(con, kind, path, run_id, now, sha, read, shop_opened, params, statement)
        if isinstance(outcome, FileOutcome):
            for warning in outcome.warnings:
                log.warning("%s: %s", path, warning)
            return outcome
        if not outcome:  # the next statement would stop where this one did
            return None
    return None


def _try_direct(con, kind: Kind, path: Path, run_id: str, now: datetime, sha: str, read: ReadResult,
                shop_opened: date, params: dict, statement: str) -> FileOutcome | bool:
    """One direct statement in the file's transaction: its outcome (committed), or, rolled back,
    whether the next statement may load the file."""
    con.execute("begin transaction")
    try:
        found = direct.insert_clean(con, kind, read, params, shop_opened, statement)
        if found is not None:
            rows, warned = found
            warnings = [*read.warnings, *warned]
            outcome = FileOutcome(str(path), kind.name, "loaded_with_warnings" if warnings else "loaded",
                                  rows=rows, rows_loaded=rows, warnings=warnings,
                                  extra_columns=list(read.extra_columns))
            _record(con, outcome, sha, path, run_id, now)
            con.execute("commit")
            return outcome
        next_may_load = False
    except duckdb.Error as exc:  # a row the full rules must see, or a scan they explain; a conflict
        log.debug("%s: %s statement stopped (%s)", path, statement, str(exc).splitlines()[0])
        next_may_load = statement == "plain" and direct.typed_may_load(exc)
    except BaseException:
        direct.reset(con)
        raise
    direct.reset(con)
    return next_may_load


def _write(con, kind: Kind, path: Path, run_id: str, now: datetime, read: ReadResult) -> FileOutcome:
    params = {"source_file": str(path), "loaded_at": now}
    # Counts come from the statements themselves: no extra pass over a big file.
    bad = 0
    if read.has_bad_rows:
        bad = run_sql(con, "ingest/quarantine_rows",
                      {**params, "run_id": run_id, "table_name": kind.table}).fetchall()[0][0]
    if kind.name == "orders":
        run_sql(con, "ingest/delete_replaced_orders")
    run_sql(con, f"ingest/merge_{kind.name}", params)
    if kind.name == "products":
        run_sql(con, "ingest/insert_product_history", params)
    malformed = con.execute("select count(*) from _malformed").fetchall()[0][0]
    good = con.execute("select count(*) from _typed").fetchall()[0][0] - (bad - malformed)
    warnings = list(read.warnings) + ([f"{bad} row(s) quarantined"] if bad else [])
    return FileOutcome(
        str(path), kind.name, "loaded_with_warnings" if warnings else "loaded",
        rows=good + bad, rows_loaded=good, rows_quarantined=bad,
        warnings=warnings, extra_columns=read.extra_columns,
    )


def _reject(con, kind: Kind, path: Path, sha: str, run_id: str, now: datetime, why: str) -> FileOutcome:
    outcome = FileOutcome(str(path), kind.name, "rejected", error=why)
    for tx in write_attempts(con, "ingest"):
        with tx:
            _record(con, outcome, sha, path, run_id, now)
    log.error("%s rejected: %s", path, why)
    return outcome


def _record(con, outcome: FileOutcome, sha: str, path: Path, run_id: str, now: datetime) -> None:
    con.execute(
        """insert into ops.ingest_files (path, kind, sha256, size_bytes, rows, rows_loaded,
               rows_quarantined, status, error, warnings, extra_columns, run_id, loaded_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [str(path), outcome.kind, sha, path.stat().st_size, outcome.rows, outcome.rows_loaded,
         outcome.rows_quarantined, outcome.status, outcome.error, outcome.warnings or None,
         outcome.extra_columns or None, run_id, now],
    )


def _drop_temps(con) -> None:
    # One statement list: a drop is cheap, a round trip per drop is not (per-file overhead).
    con.execute("drop view if exists _in; drop view if exists _good; "
                + "; ".join(f"drop table if exists {name}" for name in ("_typed", "_dups", *TEMP_TABLES)))
