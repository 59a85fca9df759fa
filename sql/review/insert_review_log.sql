-- One audit row per review action (including refused approvals).
insert into ops.review_log (output_id, task, action, from_status, to_status, reviewer, reason, reviewed_at)
values ($output_id, $task, $action, $from_status, $to_status, $reviewer, $reason, current_timestamp)
