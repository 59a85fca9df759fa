-- One verdict per (run, snapshot): re-running replaces it (MERGE: both backends).
merge into ops.data_sufficiency as d
using (select $run_id as run_id, $snapshot_date::date as snapshot_date, $sufficient as sufficient,
              $low_confidence as low_confidence, $buyers as buyers, $history_days as history_days,
              $orders_last_30d as orders_last_30d, $repeat_buyers as repeat_buyers,
              $reasons::varchar[] as reasons, $created_at::timestamp as created_at) as s
on d.run_id = s.run_id and d.snapshot_date = s.snapshot_date
when matched then update by name
when not matched then insert by name
