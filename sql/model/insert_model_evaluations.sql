insert into ops.model_evaluations
    (run_id, snapshot_date, what, metric, value, baseline, baseline_value, details)
select run_id, snapshot_date, what, metric, value, baseline, baseline_value, cast(details as json)
from _model_evaluations
