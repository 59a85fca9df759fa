-- LLM calls and tokens this run paid for, from marts.llm_usage_by_run (budget stops are no calls).
select coalesce(sum(calls), 0)        as calls,
       coalesce(sum(ok_calls), 0)     as ok_calls,
       coalesce(sum(failed_calls), 0) as failed_calls,
       coalesce(sum(tokens_in), 0)    as tokens_in,
       coalesce(sum(tokens_out), 0)   as tokens_out,
       string_agg(distinct model, ', ') as models
from marts.llm_usage_by_run
where run_id = $run_id
