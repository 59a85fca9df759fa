-- How much order history staging.orders holds before the snapshot date (orders on or after it
-- are the future for this snapshot). Cancelled lines do not make a buyer.
with source as (
    select user_id, order_id, ordered_at
    from staging.orders
    where ordered_at < $snapshot_date::date and status <> 'cancelled'
),

per_user as (
    select user_id, count(distinct order_id) as orders from source group by user_id
),

final as (
    select
        (select count(*) from per_user)                                   as buyers,
        coalesce(datediff('day', (select min(ordered_at) from source)::date,
                          $snapshot_date::date), 0)::integer              as history_days,
        (select count(distinct order_id) from source
         where ordered_at >= $snapshot_date::date - interval 30 day)      as orders_last_30d,
        (select count(*) from per_user where orders >= 2)                 as repeat_buyers
)

select * from final
