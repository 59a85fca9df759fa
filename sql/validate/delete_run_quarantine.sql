-- Re-validating a run replaces its quarantine rows for the table (never duplicates them).
delete from ops.quarantine
where run_id = $run_id and stage = 'validate' and table_name = $table_name
