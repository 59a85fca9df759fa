-- Calls and tokens per run over the last $runs runs up to this one (the report's cost chart).
with per_run as (
    select run_id, any_value(snapshot_date) as snapshot_date, min(first_call_at) as run_at,
           sum(calls) as calls, sum(ok_calls) as ok_calls, sum(failed_calls) as failed_calls,
           sum(tokens_in) as tokens_in, sum(tokens_out) as tokens_out
    from marts.llm_usage_by_run
    group by run_id
)
select * from per_run
where run_at <= (select coalesce(max(run_at), current_timestamp) from per_run where run_id = $run_id)
order by run_at desc
limit $runs
