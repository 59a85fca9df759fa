-- The batch's replies are in the warehouse: no later run polls it again.
update ops.llm_batches
set collected_run_id = $run_id, collected_at = $collected_at
where batch_id = $batch_id
