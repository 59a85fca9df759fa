delete from predictions.user_demand where snapshot_date = $snapshot
