-- Which guardrail checks this run's texts failed, split by what became of the text: a soft
-- failure of a text held for review is not a rejection.
with failures as (
    select status, unnest(from_json(guardrail_failures, '[{"check":"VARCHAR","severity":"VARCHAR"}]'),
                          recursive := true)
    from staging.generated_texts
    where run_id = $run_id
)
select "check" as check_name, any_value(severity) as severity,
       count(*) filter (where status = 'rejected')     as rejected,
       count(*) filter (where status = 'needs_review') as needs_review,
       count(*)                                        as texts
from failures
group by "check"
order by rejected desc, texts desc, check_name
limit 8
