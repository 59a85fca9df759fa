-- The backtest did not beat its baseline (or its total was off): every prediction of the
-- snapshot came from that model, so each is marked, with the reasons appended to the row's own.
update predictions.user_demand
set low_confidence = true,
    low_confidence_reason = concat_ws('; ', nullif(low_confidence_reason, ''), $reason)
where snapshot_date = $snapshot
  and (low_confidence_reason is null or not contains(low_confidence_reason, $reason))
