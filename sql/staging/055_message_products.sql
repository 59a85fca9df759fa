-- For every recommendation message: the products it names with their current title and price,
-- and whether it can still be sent as written (every product in stock at the price the text was
-- written with). marts.campaign_messages and the campaign send list both read this, so "still
-- sendable" means the same in both.
create or replace view staging.message_products as
with named as (
    select output_id, unnest(product_ids) as product_id, generate_subscripts(product_ids, 1) as position
    from gen.recommendation_messages
),
input_prices as (
    select output_id, unnest(from_json(json_extract(inputs, '$.products'),
                                       '[{"product_id":"VARCHAR","price":"DOUBLE"}]'), recursive := true)
    from gen.recommendation_messages
),
final as (
    select n.output_id,
           list(struct_pack(product_id := n.product_id, title := p.title, price := p.price,
                            currency := p.currency) order by n.position) as products,
           bool_and(coalesce(p.in_stock, false)
                    and round(p.price, 2) = round(coalesce(i.price, p.price), 2)) as sendable
    from named n
    left join staging.products p using (product_id)
    left join input_prices i on i.output_id = n.output_id and i.product_id = n.product_id
    group by n.output_id
)
select * from final;
