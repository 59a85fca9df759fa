-- Work list for product_descriptions: the top-N in-stock products by units sold in the 90 days
-- before the snapshot, times the (segment, locale) audiences present on that snapshot.
-- Ordered by value: best sellers first, then the largest audiences.
with sales as (
    select product_id, sum(quantity) as units
    from staging.orders
    where ordered_at < $snapshot_date
      and ordered_at >= $snapshot_date - interval 90 day
      and status not in ('cancelled', 'returned')
    group by product_id
),
ranked as (
    select
        p.product_id, p.title, p.brand, p.category, p.price, p.currency, p.attributes, p.description,
        row_number() over (order by coalesce(s.units, 0) desc, p.product_id) as sales_rank
    from staging.products as p
    left join sales as s using (product_id)
    where p.in_stock
),
audiences as (
    select
        coalesce(segment_label, 'unknown') as segment,
        coalesce(locale, 'en') as locale,
        count(*) as users
    from features.user_features
    where snapshot_date = $snapshot_date
    group by all
),
final as (
    select r.*, a.segment, a.locale, a.users
    from ranked as r
    cross join audiences as a
    where r.sales_rank <= $top_n
)
select * from final
order by sales_rank, users desc, segment, locale
