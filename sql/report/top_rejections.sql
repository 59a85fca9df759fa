-- Which guardrail checks failed most often among the texts this run wrote.
with failures as (
    select unnest(from_json(guardrail_failures, '[{"check":"VARCHAR","severity":"VARCHAR"}]'), recursive := true)
    from (
        select guardrail_failures from gen.product_descriptions where run_id = $run_id
        union all select guardrail_failures from gen.recommendation_messages where run_id = $run_id
        union all select guardrail_failures from gen.demand_insights where run_id = $run_id
    )
)
select "check" as check_name, count(*) as texts
from failures
group by all
order by texts desc, check_name
limit 5
