-- A run starts (or restarts after a crash with the same id).
insert or replace into ops.runs (run_id, flow, snapshot_date, started_at, status)
values ($run_id, $flow, $snapshot_date, current_timestamp, 'running')
