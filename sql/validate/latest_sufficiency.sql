-- The most recent verdict for a snapshot date, whichever run wrote it.
select run_id, snapshot_date, sufficient, low_confidence, buyers, history_days, orders_last_30d,
       repeat_buyers, reasons, created_at
from ops.data_sufficiency
where snapshot_date = $snapshot_date
order by created_at desc, run_id desc
limit 1
