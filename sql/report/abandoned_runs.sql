-- Runs still 'running' other than this one (see close_abandoned_runs.sql).
select run_id from ops.runs where status = 'running' and run_id <> $run_id order by run_id
