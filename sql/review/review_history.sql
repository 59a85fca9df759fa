-- Every review action on one text, oldest first.
select action, from_status, to_status, reviewer, reason, reviewed_at
from ops.review_log
where output_id = $output_id
order by reviewed_at, review_id
