-- Customer-facing product copy: the current text per (product, segment, locale) among those that
-- passed every guardrail or that a person approved. Nothing else reaches this view.
create or replace view marts.published_product_copy as
with source as (
    select * from gen.product_descriptions
    where status in ('published', 'approved')
      -- defence in depth: a text that failed a hard check never reaches a mart, whatever its status
      and not hard_failure_of_final_text(guardrail_failures, attempts)
      -- judged by the gate in force (re-judged on connect when the gate changes)
      and gate_version = current_gate_version()
),
current_copy as (
    select * from source
    qualify row_number() over (
        partition by product_id, segment, locale order by last_seen_date desc, created_at desc) = 1
),
approvals as (
    select * from staging.latest_approvals
),
final as (
    select c.snapshot_date, c.last_seen_date, c.product_id, c.segment, c.locale,
           c.headline, c.description,
           p.title, p.brand, p.category, p.price, p.currency, p.in_stock,
           c.status, a.approved_by, a.approved_at,
           c.output_id, c.run_id, c.input_hash, c.prompt_name, c.prompt_version, c.model, c.created_at
    from current_copy c
    join staging.products p using (product_id)
    left join approvals a using (output_id)
    -- copy written for another price may quote it: withdrawn until the next run rewrites it
    where round(json_extract(c.inputs, '$.product.price')::double, 2) = round(p.price, 2)
)
select * from final
