-- Offline evaluation of the models for the snapshot (latest run), with their baselines.
select what, metric, value, baseline, baseline_value
from ops.model_evaluations
where snapshot_date = $snapshot_date
qualify row_number() over (partition by what, metric order by created_at desc) = 1
order by what, metric
