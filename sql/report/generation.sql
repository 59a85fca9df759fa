-- What this run's generation did per task (the figures of the report and the generation-summary
-- artifact): one row per task from marts.generation_by_run.
select task, items, unchanged, parked, asked, written, published, needs_review, rejected, approved,
       failed, left_for_next_run, calls, tokens_in, tokens_out
from marts.generation_by_run
where run_id = $run_id
order by task
