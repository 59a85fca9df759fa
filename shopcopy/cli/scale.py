"""`shopcopy migrate`: apply the schema once, before workers connect without migrating."""

from __future__ import annotations

import typer

from shopcopy.cli.app import app, console, fail, settings


@app.command()
def migrate(
    check: bool = typer.Option(False, "--check", help="Only say which migrations are pending; exit 1 if any"),
) -> None:
    """Apply pending schema migrations (and refresh the views) to the configured warehouse: the
    DuckDB file, or the DuckLake with SHOPCOPY_WAREHOUSE_BACKEND=ducklake. Run it once per
    release from one machine; workers then connect with SHOPCOPY_WAREHOUSE_MIGRATE=false."""
    from shopcopy import warehouse
    from shopcopy.warehouse.connect import LakeUnavailable, connect_lake
    from shopcopy.warehouse.migrate import migrate as apply
    from shopcopy.warehouse.migrate import pending_migrations, refresh_views

    cfg = settings()
    where = (f"DuckLake {cfg.lake_catalog} (data {cfg.lake_data_path})"
             if cfg.warehouse_backend == "ducklake" else str(cfg.warehouse))
    try:
        if cfg.warehouse_backend == "ducklake":
            con = connect_lake(cfg, migrate_schema=False)
        else:
            con = warehouse.connect(cfg.warehouse, migrate_schema=False, wait_s=5)
    except (LakeUnavailable, warehouse.WarehouseBusyError) as exc:
        raise fail(str(exc)) from None
    with con:
        if check:
            pending = pending_migrations(con)
            console.print(f"{where}: {len(pending)} pending migration(s){': ' if pending else ''}"
                          f"{', '.join(pending)}")
            raise typer.Exit(1 if pending else 0)
        try:
            applied = apply(con)
        except warehouse.MigrationEdited as exc:
            raise fail(str(exc)) from None
        refresh_views(con)
    console.print(f"{where}: applied {len(applied)} migration(s)"
                  f"{': ' + ', '.join(applied) if applied else ' (schema already current)'}; views refreshed")
