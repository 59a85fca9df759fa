-- Generated texts of every task in one shape, for the review queue (`review list` / `review show`).
-- Filters are optional: pass null to skip one.
with texts as (
    select 'product_descriptions' as task, output_id, snapshot_date, last_seen_date,
           product_id || ' / ' || segment || ' / ' || locale as item, locale,
           json_object('headline', headline, 'description', description) as output,
           status, guardrail_failures, inputs, run_id, input_hash, prompt_name, prompt_version,
           model, attempts, tokens_in, tokens_out, created_at
    from gen.product_descriptions
    union all
    select 'recommendation_messages', output_id, snapshot_date, last_seen_date,
           user_id || ' / ' || array_to_string(product_ids, ','), locale,
           json_object('subject', subject, 'body', body),
           status, guardrail_failures, inputs, run_id, input_hash, prompt_name, prompt_version,
           model, attempts, tokens_in, tokens_out, created_at
    from gen.recommendation_messages
    union all
    select 'demand_insights', output_id, snapshot_date, last_seen_date,
           user_id, locale,
           json_object('summary', summary, 'next_need', next_need,
                       'suggested_send_date', suggested_send_date),
           status, guardrail_failures, inputs, run_id, input_hash, prompt_name, prompt_version,
           model, attempts, tokens_in, tokens_out, created_at
    from gen.demand_insights
)
select * from texts
where ($output_id::varchar is null or output_id = $output_id::varchar)
  and ($task::varchar is null or task = $task::varchar)
  and ($status::varchar is null or status = $status::varchar)
order by created_at desc, output_id
limit $limit::bigint
