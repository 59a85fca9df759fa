-- The send list of one campaign: treated members only (the control arm has no text and is never
-- selected), each with the text assigned at creation, re-checked now: the customer still
-- consents, the text is still published/approved (a reviewer may have rejected it since), and
-- every product it names is still in stock at the written price (staging.message_products).
-- `reason` is null for a row to send, else why it is dropped.
-- param campaign_id
with members as (
    select * from ops.campaign_members
    where campaign_id = $campaign_id and arm <> 'control'
),
texts as (
    select m.user_id, m.arm, m.output_id, g.locale, g.segment, g.subject, g.body, g.product_ids,
           g.status, g.prompt_name, g.prompt_version, g.model,
           coalesce(g.status in ('published', 'approved')
             and not hard_failure_of_final_text(g.guardrail_failures, g.attempts), false) as still_ready,
           mp.products, coalesce(mp.sendable, false) as products_ok,
           coalesce(c.marketing_consent, false) as consent
    from members m
    left join gen.recommendation_messages g on g.output_id = m.output_id  -- null: no sendable text
    left join staging.message_products mp on mp.output_id = g.output_id
    left join staging.customers c on c.user_id = m.user_id
),
final as (
    select *, case when not consent then 'no_consent'
                   when not (still_ready and products_ok) then 'not_sendable' end as reason
    from texts
)
select * from final order by user_id
