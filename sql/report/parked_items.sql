-- Items this run did not ask because they failed alike on their last runs (ops.parked_items).
select task, item_key, outcome, failed_runs, last_failed_at, left(error, 120) as error
from ops.parked_items
where run_id = $run_id
order by task, item_key
