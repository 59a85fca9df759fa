-- What the simulated shop sells: products in stock now at their current price, weighted by how
-- often they sold before (plus one, so every product can sell).
with sold as (
    select product_id, count(*) as lines from staging.orders where status <> 'cancelled' group by 1
)
select p.product_id, p.price, p.currency, coalesce(s.lines, 0) + 1 as weight
from staging.products p left join sold s using (product_id)
where p.in_stock
order by p.product_id
