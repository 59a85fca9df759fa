delete from recs.user_recommendations where snapshot_date = $snapshot
