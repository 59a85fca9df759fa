-- LLM calls and tokens this run paid for.
select count(*)                                       as calls,
       count(*) filter (where outcome <> 'ok')        as failed_calls,
       coalesce(sum(tokens_in), 0)                    as tokens_in,
       coalesce(sum(tokens_out), 0)                   as tokens_out,
       string_agg(distinct model, ', ')               as models
from ops.llm_calls
where run_id = $run_id
