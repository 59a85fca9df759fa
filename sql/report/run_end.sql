-- A run ends: completed or failed, with its message and the report numbers.
update ops.runs
set finished_at = current_timestamp, status = $status, message = $message, summary = $summary::json
where run_id = $run_id
