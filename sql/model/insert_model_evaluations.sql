insert into ops.model_evaluations
    (run_id, snapshot_date, what, metric, value, baseline, baseline_value, details, beats_baseline,
     warning)
select run_id, snapshot_date, what, metric, value, baseline, baseline_value, cast(details as json),
       beats_baseline, warning
from _model_evaluations
