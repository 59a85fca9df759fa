-- Purchased order lines placed strictly before $snapshot, with the product's category.
-- Cancelled lines are not purchases, so they never reach features, demand or recs.
with orders as (
    select * from staging.orders
    where ordered_at < cast($snapshot as timestamp) and status <> 'cancelled'
),
products as (
    select product_id, category from staging.products
),
final as (
    select
        o.user_id,
        o.order_id,
        o.product_id,
        coalesce(p.category, 'unknown')                 as category,
        o.quantity,
        o.unit_price,
        o.discount,
        o.quantity * o.unit_price * (1 - o.discount)    as line_value,
        cast(o.ordered_at as date)                      as order_date,
        o.status = 'returned'                           as is_returned,
        coalesce(o.channel, 'unknown')                  as channel,
        o.line_no
    from orders as o
    left join products as p using (product_id)
)
-- A fixed order makes float sums, and so features and models, reproducible bit for bit. It must
-- be a total order: (user, order, product) ties when an order repeats a product on two lines, and
-- then the tie's order followed the rows' physical order, which a rerun after a crash changes.
select * exclude (line_no) from (select * from final order by user_id, order_id, product_id, line_no)
