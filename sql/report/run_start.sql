-- A run starts (or restarts after a crash with the same id: its end, message and summary reset).
-- MERGE, not `insert or replace`, so the DuckDB file and a DuckLake run the same statement.
merge into ops.runs as r
using (select $run_id as run_id, $flow as flow, $snapshot_date::date as snapshot_date) as s
on r.run_id = s.run_id
when matched then update set flow = s.flow, snapshot_date = s.snapshot_date,
    started_at = current_timestamp, finished_at = null, status = 'running', message = null,
    summary = null
when not matched then insert (run_id, flow, snapshot_date, started_at, status)
    values (s.run_id, s.flow, s.snapshot_date, current_timestamp, 'running')
