-- Offline evaluation of the models for the snapshot (latest run), with their baselines, rounded
-- for people; a backtest that lacked data has metric 'skipped' and its reason in `note`; a model
-- that did not beat its baseline on a planning metric has the words in `warning`.
select what, metric, round(value, 4) as value, baseline, round(baseline_value, 4) as baseline_value,
       beats_baseline, warning, details->>'reason' as note
from ops.model_evaluations
where snapshot_date = $snapshot_date
qualify row_number() over (partition by what, metric, baseline order by created_at desc) = 1
order by what, metric, baseline
