"""The warehouse: connect, migrate (checksummed), named SQL files, transactions, the run lock."""

from shopcopy.warehouse.connect import WarehouseBusyError, connect
from shopcopy.warehouse.migrate import MigrationEdited, migrate, refresh_views
from shopcopy.warehouse.snapshots import replace_snapshot, table_counts
from shopcopy.warehouse.sql import SQL_DIR, run_sql, sql_text, transaction

__all__ = [
    "SQL_DIR", "MigrationEdited", "WarehouseBusyError", "connect", "migrate", "refresh_views",
    "replace_snapshot", "run_sql", "sql_text", "table_counts", "transaction",
]
