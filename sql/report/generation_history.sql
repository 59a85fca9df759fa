-- Texts written per run over the last $runs runs up to this one (the report's pass-rate chart).
with per_run as (
    select run_id, any_value(snapshot_date) as snapshot_date, min(run_at) as run_at,
           sum(published) as published, sum(approved) as approved,
           sum(needs_review) as needs_review, sum(rejected) as rejected,
           sum(failed) as failed, sum(left_for_next_run) as left_for_next_run, sum(parked) as parked
    from marts.generation_by_run
    group by run_id
)
select *, round((published + approved) / nullif(published + approved + needs_review + rejected, 0), 3)
          as pass_rate
from per_run
where run_at <= (select coalesce(max(run_at), current_timestamp) from per_run where run_id = $run_id)
order by run_at desc
limit $runs
