-- LLM calls, tokens, latency and failures per run and model: what each night cost.
-- cost_usd is filled only where a per-token price is known (set none for the local model).
create or replace view marts.llm_usage_by_run as
with source as (
    select c.*, r.snapshot_date, r.flow
    from ops.llm_calls c
    left join ops.runs r using (run_id)
),

final as (
    select
        run_id, any_value(flow) as flow, any_value(snapshot_date) as snapshot_date, model,
        count(*) filter (where outcome <> 'budget')          as calls,
        count(*) filter (where outcome = 'ok')               as ok_calls,
        count(*) filter (where outcome not in ('ok', 'budget')) as failed_calls,
        sum(tokens_in)                                       as tokens_in,
        sum(tokens_out)                                      as tokens_out,
        round(avg(latency_ms))                               as avg_latency_ms,
        round(sum(tokens_out) / nullif(sum(latency_ms) / 1000.0, 0), 1) as tokens_out_per_s,
        min(created_at)                                      as first_call_at,
        max(created_at)                                      as last_call_at
    from source
    group by run_id, model
)

select * from final
