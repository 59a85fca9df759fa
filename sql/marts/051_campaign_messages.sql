-- Recommendation messages ready to send: the user's current message when it passed every
-- guardrail or was approved, for consenting users, with the products it names (current title,
-- price, stock). A message naming a product that is now out of stock, gone, or repriced since the
-- text was written is held back.
create or replace view marts.campaign_messages as
with latest as (
    select * from gen.recommendation_messages
    qualify row_number() over (partition by user_id order by last_seen_date desc, created_at desc) = 1
),
source as (
    select * from latest
    where status in ('published', 'approved')
      and not hard_failure_of_final_text(guardrail_failures, attempts)
      -- judged by the gate in force (re-judged on connect when the gate changes)
      and gate_version = current_gate_version()
),
named as (
    select output_id, unnest(product_ids) as product_id, generate_subscripts(product_ids, 1) as position
    from source
),
input_prices as (
    select output_id, unnest(from_json(json_extract(inputs, '$.products'),
                                       '[{"product_id":"VARCHAR","price":"DOUBLE"}]'), recursive := true)
    from source
),
products as (
    select n.output_id,
           list(struct_pack(product_id := n.product_id, title := p.title, price := p.price,
                            currency := p.currency) order by n.position) as products,
           bool_and(coalesce(p.in_stock, false)
                    and round(p.price, 2) = round(coalesce(i.price, p.price), 2)) as sendable
    from named n
    left join staging.products p using (product_id)
    left join input_prices i on i.output_id = n.output_id and i.product_id = n.product_id
    group by n.output_id
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
