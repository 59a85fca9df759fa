-- One audit row per review action (including refused approvals). The id is computed (the next
-- after the highest), not drawn from a sequence, so a DuckLake (no sequences) runs it too.
insert into ops.review_log (review_id, output_id, task, action, from_status, to_status, reviewer, reason, reviewed_at)
select coalesce(max(review_id), 0) + 1, $output_id, $task, $action, $from_status, $to_status,
       $reviewer, $reason, current_timestamp
from ops.review_log
