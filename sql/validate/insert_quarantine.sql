-- Rows that failed at least one row-level expectation, with the expectation names as reasons.
-- Reads temp table _quality_failed (shopcopy/quality_sql.py). raw.* keeps the row untouched.
-- Ids are computed after the highest so far (a DuckLake has no sequences).
insert into ops.quarantine (
    quarantine_id, run_id, stage, source, table_name, row_number, row_key, row_data, reasons, created_at, severity
)
select
    (select coalesce(max(quarantine_id), 0) from ops.quarantine) + row_number() over (), $run_id, 'validate', $table_name, $table_name, null, _row_key, to_json(_r), _failed, $created_at,
    case when _critical then 'critical' else 'warning' end
from _quality_failed
