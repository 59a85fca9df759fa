-- The snapshot's expected demand by category (the report's chart), from marts.demand_by_category.
select category, shoppers, expected_buyers_30d, expected_orders_30d, low_confidence
from marts.demand_by_category
where snapshot_date = $snapshot_date
order by expected_orders_30d desc, category
