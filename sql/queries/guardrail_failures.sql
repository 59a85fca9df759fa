-- Why texts were held back: every failed guardrail check with its detail, newest first.
with failures as (
    select task, output_id, status, created_at,
           unnest(from_json(guardrail_failures, '[{"check":"VARCHAR","severity":"VARCHAR","detail":"VARCHAR"}]'), recursive := true)
    from staging.generated_texts
)
select task, output_id, status, "check", severity, detail, created_at
from failures
order by created_at desc, output_id
limit 50
