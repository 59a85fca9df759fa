-- Which guardrail checks failed most often among the texts this run wrote.
with failures as (
    select unnest(from_json(guardrail_failures, '[{"check":"VARCHAR","severity":"VARCHAR"}]'), recursive := true)
    from staging.generated_texts
    where run_id = $run_id
)
select "check" as check_name, count(*) as texts
from failures
group by all
order by texts desc, check_name
limit 5
