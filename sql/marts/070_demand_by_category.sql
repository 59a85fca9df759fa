-- Expected demand for the next 30 days by category, per snapshot: how many shoppers are likely
-- to buy, how many orders to expect, and who is most likely to buy in each category next.
create or replace view marts.demand_by_category as
with source as (
    select * from predictions.user_demand
),

final as (
    select
        snapshot_date,
        coalesce(next_category, '(unknown)')                  as category,
        count(*)                                              as shoppers,
        round(sum(p_purchase_30d), 1)                         as expected_buyers_30d,
        round(sum(expected_orders_30d), 1)                    as expected_orders_30d,
        round(avg(p_purchase_30d), 3)                         as avg_p_purchase_30d,
        count(*) filter (where p_purchase_30d >= 0.5)         as likely_buyers,
        bool_or(low_confidence)                               as low_confidence
    from source
    group by snapshot_date, next_category
)

select * from final
