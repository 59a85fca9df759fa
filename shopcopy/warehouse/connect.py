"""Open the warehouse: a DuckDB file (one writer at a time, a clear message when busy) or a
DuckLake (many writers: a catalog database plus Parquet files); always UTC."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import duckdb
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_random_exponential

from shopcopy.warehouse.migrate import SchemaNotMigrated, migrate, pending_migrations, refresh_views
from shopcopy.warehouse.sql import LAKE_ALIAS, is_lake  # noqa: F401  (is_lake re-exported)


class WarehouseBusyError(RuntimeError):
    """Another process holds the DuckDB write lock (e.g. a second nightly run)."""


class LakeUnavailable(RuntimeError):
    """The DuckLake cannot be opened here (missing extension files, catalog unreachable)."""


LAKE_EXTENSIONS = ("postgres", "ducklake")


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    migrate_schema: bool = True,
    wait_s: float = 0.0,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; create it, apply migrations and refresh views unless read-only.

    With SHOPCOPY_WAREHOUSE_BACKEND=ducklake the configured warehouse (SHOPCOPY_WAREHOUSE) is the
    lake: see `connect_lake`. Any other path (a scratch warehouse, a test's file) is a DuckDB file.
    SHOPCOPY_WAREHOUSE_MIGRATE=false (workers) connects without migrating, and stops with a
    message when the schema is behind the migration files.

    DuckDB allows one writing process per file. When another process holds it we either wait up
    to `wait_s` or raise WarehouseBusyError with a message a person can act on, never the raw
    lock traceback. Every connection runs in UTC (see shopcopy.clock).
    """
    from shopcopy.settings import get_settings

    settings = get_settings()
    path = Path(path)
    if settings.warehouse_backend == "ducklake" and path.resolve() == settings.warehouse.resolve():
        return connect_lake(settings, read_only=read_only, migrate_schema=migrate_schema)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(
            f"Warehouse {path} does not exist yet; run `shopcopy ingest` or `shopcopy run nightly` first."
        )
    deadline = time.monotonic() + wait_s
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "newer version of duckdb" in str(exc).lower():
                raise WarehouseVersionError(
                    f"Warehouse {path} was written by a newer DuckDB than the {duckdb.__version__} "
                    "shopcopy runs on (shopcopy pins DuckDB for its DuckLake extensions; earlier "
                    "shopcopy installs used DuckDB 2.x). Your data is intact. Either rebuild it "
                    "from the inbox (move the file aside and run `shopcopy run nightly`: every "
                    "export file loads again), or copy it across with a DuckDB 2.x shell: "
                    f"`EXPORT DATABASE 'dump'` there, then `IMPORT DATABASE 'dump'` into a new file "
                    f"with DuckDB {duckdb.__version__}.") from None
            # "Could not set lock on file … Conflicting lock is held": another process. Not any
            # message with "lock" in it: a corrupt file's says "block" and is not a busy warehouse.
            if "could not set lock" not in str(exc).lower() and "conflicting lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusyError(
                    f"Warehouse {path} is in use by another shopcopy process (DuckDB allows one "
                    "writer). Wait for that run to finish, or stop it, then retry."
                ) from None
            time.sleep(0.5)
    con.execute("set TimeZone = 'UTC'")
    if not read_only:
        _migrate_or_check(con, migrate_schema, settings.warehouse_migrate, lake=False)
    return con


class WarehouseVersionError(RuntimeError):
    """The warehouse file was written by a DuckDB newer than the pinned one, which cannot read it."""


def _migrate_or_check(con: duckdb.DuckDBPyConnection, migrate_schema: bool, may_migrate: bool, *,
                      lake: bool) -> None:
    """migrate_schema=False (the caller's choice): neither migrate nor check. Otherwise migrate,
    unless this process may not (SHOPCOPY_WAREHOUSE_MIGRATE=false): then only check."""
    if not migrate_schema:
        return
    if may_migrate:
        migrate(con, lake=lake)
        refresh_views(con)
        return
    behind = pending_migrations(con)
    if behind:
        raise SchemaNotMigrated(
            f"The warehouse schema is behind the migration files ({', '.join(behind[:3])}"
            f"{' ...' if len(behind) > 3 else ''} not applied). Run `shopcopy migrate` once "
            "(from one machine), then start the workers again.")


def extension_file(name: str) -> Path:
    """The extension file a `duckdb-extension-<name>` wheel ships for the installed DuckDB."""
    version = duckdb.__version__
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    if spec is None or not spec.submodule_search_locations:
        raise LakeUnavailable(
            f"The DuckDB {name} extension is not installed: pip install "
            f"'duckdb-extension-{name}=={version}' (the ducklake backend never downloads extensions).")
    folder = Path(next(iter(spec.submodule_search_locations))) / "extensions"
    file = folder / f"v{version}" / f"{name}.duckdb_extension"
    if not file.is_file():
        have = ", ".join(sorted(p.name for p in folder.glob("v*"))) or "none"
        raise LakeUnavailable(
            f"duckdb-extension-{name} has no build for DuckDB {version} (it has: {have}). "
            f"Install the DuckDB version the project pins (pyproject.toml) and that extension version.")
    return file


def load_lake_extensions(con: duckdb.DuckDBPyConnection, extension_dir: Path | None = None) -> None:
    """Install the wheels' extension files into a private extension folder and load them; never
    auto-install or auto-load anything from the network."""
    folder = extension_dir or Path.home() / ".cache" / "shopcopy" / "duckdb-extensions"
    folder.mkdir(parents=True, exist_ok=True)
    con.execute("set autoinstall_known_extensions = false")
    con.execute("set autoload_known_extensions = false")
    con.execute(f"set extension_directory = '{_quote(str(folder))}'")
    for name in LAKE_EXTENSIONS:
        con.execute(f"install '{_quote(str(extension_file(name)))}'")
        con.execute(f"load {name}")


def _quote(text: str) -> str:
    return text.replace("'", "''")


def connect_lake(settings, *, read_only: bool = False, migrate_schema: bool = True) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB session with the DuckLake attached as `lake` and in use, so every
    schema-qualified name (raw.orders, gen.product_descriptions) means the lake's table, and
    temp tables/views stay private to this session."""
    con = duckdb.connect()
    try:
        con.execute("set TimeZone = 'UTC'")
        load_lake_extensions(con, settings.lake_extension_dir)
        catalog = settings.lake_catalog.removeprefix("ducklake:")
        data_path = settings.lake_data_path
        if "://" not in data_path:
            Path(data_path).mkdir(parents=True, exist_ok=True)
        options = [f"data_path '{_quote(data_path)}'",
                   f"metadata_schema '{_quote(settings.lake_metadata_schema)}'"]
        if read_only:
            options.append("read_only")
        attach = f"attach 'ducklake:{_quote(catalog)}' as {LAKE_ALIAS} ({', '.join(options)})"
        try:
            # The first attach of an empty catalog creates DuckLake's own tables: two processes
            # doing it at once collide, and the loser's second try finds them made.
            for attempt in Retrying(stop=stop_after_attempt(4), wait=wait_random_exponential(0.1, max=1.0),
                                    retry=retry_if_exception_type(duckdb.Error), reraise=True):
                with attempt:
                    con.execute(attach)
        except duckdb.Error as exc:
            raise LakeUnavailable(
                f"Could not attach the DuckLake (catalog {catalog!r}, data path {data_path!r}): "
                f"{exc}. Check SHOPCOPY_LAKE_CATALOG / SHOPCOPY_LAKE_DATA_PATH and that the "
                "catalog database is reachable.") from None
        con.execute(f"use {LAKE_ALIAS}")
        if not read_only:
            _migrate_or_check(con, migrate_schema, settings.warehouse_migrate, lake=True)
    except BaseException:
        con.close()
        raise
    return con

