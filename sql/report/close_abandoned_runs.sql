-- Runs still 'running' when a new run holds the run lock cannot be alive: their process died
-- (killed, out of memory, power cut) before it could record how it ended. Say so instead of
-- leaving them 'running' forever, and name the run that noticed.
update ops.runs
set status = 'failed', finished_at = current_timestamp,
    message = 'The process stopped before the run recorded its end (killed or crashed); noticed by run '
              || $run_id || '. Each stage replaces its own rows, so rerunning this snapshot is safe.'
where status = 'running' and run_id <> $run_id
-- (no RETURNING: a DuckLake has none for updates; the ids are read first, in the same transaction)
