-- Demand insights for marketers: each user's current insight when it passed every guardrail or
-- was approved, with the prediction facts it was written from.
create or replace view marts.demand_insights as
with latest as (
    select * from gen.demand_insights
    qualify row_number() over (partition by user_id order by last_seen_date desc, created_at desc) = 1
),
source as (
    select * from latest
    where status in ('published', 'approved')
      and not hard_failure_of_final_text(guardrail_failures, attempts)
      -- judged by the gate in force (re-judged on connect when the gate changes)
      and gate_version = current_gate_version()
),
approvals as (
    select * from staging.latest_approvals
),
final as (
    select s.snapshot_date, s.last_seen_date, s.user_id, s.segment, s.locale,
           s.summary, s.next_need, try_cast(s.suggested_send_date as date) as suggested_send_date,
           json_extract(s.inputs, '$.prediction.p_purchase_30d')::double as p_purchase_30d,
           json_extract(s.inputs, '$.prediction.expected_orders_30d')::double as expected_orders_30d,
           try_cast(json_extract_string(s.inputs, '$.prediction.next_order_date') as date) as next_order_date,
           json_extract_string(s.inputs, '$.prediction.next_category') as next_category,
           s.status, a.approved_by, a.approved_at,
           s.output_id, s.run_id, s.input_hash, s.prompt_name, s.prompt_version, s.model, s.created_at
    from source s
    left join approvals a using (output_id)
)
select * from final
