-- Current texts for the snapshot by task and status, and how many this run wrote.
select task,
       count(*) filter (where status = 'published')    as published,
       count(*) filter (where status = 'needs_review') as needs_review,
       count(*) filter (where status = 'rejected')     as rejected,
       count(*) filter (where status = 'approved')     as approved,
       count(*) filter (where run_id = $run_id)        as new_rows
from staging.generated_texts
where last_seen_date = $snapshot_date or run_id = $run_id
group by task
order by task
