-- Recommendation messages ready to send: the user's current message when it passed every
-- guardrail or was approved, for consenting users, with the products it names (current title,
-- price, stock). A message naming a product that is now out of stock, gone, or repriced since the
-- text was written is held back.
create or replace view marts.campaign_messages as
with latest as (
    -- a campaign variant's text never wins a tie against the nightly's (staging.campaign_variant_runs)
    select * from gen.recommendation_messages
    qualify row_number() over (partition by user_id order by last_seen_date desc,
        run_id in (select run_id from staging.campaign_variant_runs), created_at desc) = 1
),
source as (
    select * from latest
    where status in ('published', 'approved')
      and not hard_failure_of_final_text(guardrail_failures, attempts)
      -- judged by the gate in force (re-judged on connect when the gate changes)
      and gate_version = current_gate_version()
),
products as (
    select * from staging.message_products where output_id in (select output_id from source)
),
approvals as (
    select * from staging.latest_approvals
),
final as (
    select s.snapshot_date, s.last_seen_date, s.user_id, s.segment, s.locale,
           s.subject, s.body, p.products, s.product_ids,
           s.status, a.approved_by, a.approved_at,
           s.output_id, s.run_id, s.input_hash, s.prompt_name, s.prompt_version, s.model, s.created_at
    from source s
    join products p using (output_id)
    join staging.customers c using (user_id)
    left join approvals a using (output_id)
    where p.sendable and c.marketing_consent
)
select * from final
