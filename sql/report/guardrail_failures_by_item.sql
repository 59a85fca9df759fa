-- One line per text this run held back (rejected first), with the checks it failed and why:
-- the generation log's "top guardrail failures".
with held as (
    select task, item_key, status, output_id,
           unnest(from_json(guardrail_failures, '[{"check":"VARCHAR","detail":"VARCHAR"}]'), recursive := true)
    from staging.generated_texts
    where run_id = $run_id and status in ('rejected', 'needs_review')
)
select task, item_key, status, output_id,
       string_agg("check" || coalesce(': ' || left(detail, 80), ''), '; ' order by "check") as checks
from held
group by all
order by status desc, task, item_key  -- 'rejected' sorts before 'needs_review'
limit $limit
