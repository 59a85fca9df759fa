-- One verdict per (run, snapshot): re-running replaces it.
insert or replace into ops.data_sufficiency (
    run_id, snapshot_date, sufficient, low_confidence, buyers, history_days, orders_last_30d,
    repeat_buyers, reasons, created_at
) values (
    $run_id, $snapshot_date, $sufficient, $low_confidence, $buyers, $history_days,
    $orders_last_30d, $repeat_buyers, $reasons, $created_at
)
