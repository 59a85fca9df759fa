-- Items this run asked more than once, or that ended without a text: one line each, with the
-- outcome of every call in order (e.g. invalid_json -> ok) and the last error.
select task, item_key,
       count(*) filter (where outcome <> 'budget')            as calls,
       string_agg(outcome, ' -> ' order by attempt)           as outcomes,
       arg_max(error, attempt)                                as last_error
from ops.llm_calls
where run_id = $run_id
group by task, item_key
having count(*) > 1 or arg_max(outcome, attempt) <> 'ok'
order by task, item_key
limit $limit
