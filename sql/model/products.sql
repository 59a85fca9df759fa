-- The current catalog as recommendations see it: what exists, where it belongs, can it ship.
with source as (
    select product_id, category, in_stock from staging.products
),
final as (
    select product_id, category, coalesce(in_stock, false) as in_stock from source
)
select * from final
