delete from ops.model_evaluations where snapshot_date = $snapshot
