-- Generated texts of every task in one shape, for the review queue (`review list` / `review show`).
-- Filters are optional: pass null to skip one.
select task, output_id, snapshot_date, last_seen_date, item_key as item, locale, output,
       status, guardrail_failures, inputs, run_id, input_hash, prompt_name, prompt_version,
       model, attempts, tokens_in, tokens_out, created_at
from staging.generated_texts
where ($output_id::varchar is null or output_id = $output_id::varchar)
  and ($task::varchar is null or task = $task::varchar)
  and ($status::varchar is null or status = $status::varchar)
order by created_at desc, output_id
limit $limit::bigint
