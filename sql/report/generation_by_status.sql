-- Current texts for the snapshot by task and status, and how many this run wrote.
with all_rows as (
    select 'product_descriptions' as task, status, run_id, last_seen_date from gen.product_descriptions
    union all
    select 'recommendation_messages', status, run_id, last_seen_date from gen.recommendation_messages
    union all
    select 'demand_insights', status, run_id, last_seen_date from gen.demand_insights
)
select task,
       count(*) filter (where status = 'published')    as published,
       count(*) filter (where status = 'needs_review') as needs_review,
       count(*) filter (where status = 'rejected')     as rejected,
       count(*) filter (where status = 'approved')     as approved,
       count(*) filter (where run_id = $run_id)        as new_rows
from all_rows
where last_seen_date = $snapshot_date or run_id = $run_id
group by task
order by task
