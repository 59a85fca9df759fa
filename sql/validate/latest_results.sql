-- Outcomes of the latest validation run (or of $run_id), worst first: what `shopcopy validate` prints.
with latest as (
    select coalesce($run_id, arg_max(run_id, created_at)) as run_id from ops.quality_results
)
select suite, expectation_name, severity, success, blocking, engine, element_count,
       unexpected_count, round(unexpected_percent, 3) as unexpected_percent
from ops.quality_results
where run_id = (select run_id from latest)
order by blocking desc, success, severity, suite, expectation_name
