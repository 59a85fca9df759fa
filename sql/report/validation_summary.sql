-- Expectations evaluated this run, per suite, and how many failed by severity.
with results as (
    select suite, count(*) as expectations,
           count(*) filter (where not success and severity = 'critical') as failed_critical,
           count(*) filter (where not success and severity = 'warning')  as failed_warning
    from ops.quality_results
    where run_id = $run_id
    group by suite
),
quarantined as (
    select replace(table_name, '.', '_') as suite, count(*) as quarantined
    from ops.quarantine
    where run_id = $run_id and stage = 'validate'
    group by all
)
select r.*, coalesce(q.quarantined, 0) as quarantined
from results r left join quarantined q using (suite)
order by suite
