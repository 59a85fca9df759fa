-- Who approved each generated text, and when (the latest approval wins): the marts join this.
create or replace view staging.latest_approvals as
select output_id, reviewer as approved_by, reviewed_at as approved_at
from ops.review_log
where action = 'approve'
qualify row_number() over (partition by output_id order by reviewed_at desc) = 1;
