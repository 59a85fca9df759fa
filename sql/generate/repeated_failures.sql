-- Items (among $hashes) whose last $k runs that asked the model all ended without a usable text
-- for the same reason. A run's verdict on an item is its last call's outcome; runs the budget cut
-- short ('budget') say nothing about the item and are left out; a stored text ends the streak
-- (such items are skipped as unchanged anyway). Only replies the item itself makes unusable
-- count: a timeout or an HTTP error says the endpoint was down, and parking every item for an
-- outage would stop the shop's copy for no reason of its own.
with per_run as (
    select task, input_hash, run_id, any_value(item_key) as item_key,
           arg_max(outcome, attempt) as outcome, arg_max(error, attempt) as error,
           max(created_at) as called_at
    from ops.llm_calls
    where input_hash in (select unnest($hashes))
    group by task, input_hash, run_id
    having arg_max(outcome, attempt) <> 'budget'
),
recent as (
    select *, row_number() over (partition by task, input_hash order by called_at desc) as n
    from per_run
    qualify n <= $k
)
select task, input_hash, any_value(item_key) as item_key, min(outcome) as outcome,
       arg_max(error, called_at) as error, count(*) as failed_runs, max(called_at) as last_failed_at
from recent
group by task, input_hash
having count(*) = $k and count(distinct outcome) = 1
   and min(outcome) in ('invalid_json', 'schema_error')
