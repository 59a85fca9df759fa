-- Why texts were held back: every failed guardrail check with its detail, newest first.
with texts as (
    select 'product_descriptions' as task, output_id, status, guardrail_failures, created_at from gen.product_descriptions
    union all select 'recommendation_messages', output_id, status, guardrail_failures, created_at from gen.recommendation_messages
    union all select 'demand_insights', output_id, status, guardrail_failures, created_at from gen.demand_insights
),
failures as (
    select task, output_id, status, created_at,
           unnest(from_json(guardrail_failures, '[{"check":"VARCHAR","severity":"VARCHAR","detail":"VARCHAR"}]'), recursive := true)
    from texts
)
select task, output_id, status, "check", severity, detail, created_at
from failures
order by created_at desc, output_id
limit 50
