delete from features.user_features where snapshot_date = $snapshot
