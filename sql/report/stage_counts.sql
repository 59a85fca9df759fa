-- Rows the feature, prediction and recommendation stages hold for the snapshot.
select
    (select count(*) from features.user_features where snapshot_date = $snapshot_date)           as features,
    (select count(*) from predictions.user_demand where snapshot_date = $snapshot_date)          as predictions,
    (select count(*) from predictions.user_demand
      where snapshot_date = $snapshot_date and low_confidence)                                   as low_confidence,
    (select count(distinct user_id) from recs.user_recommendations where snapshot_date = $snapshot_date) as rec_users,
    (select count(*) from recs.user_recommendations where snapshot_date = $snapshot_date)        as recs
