-- Expected buyers and orders in the next 30 days by category, for the latest snapshot.
select category, shoppers, expected_buyers_30d, expected_orders_30d, likely_buyers, low_confidence
from marts.demand_by_category
where snapshot_date = (select max(snapshot_date) from predictions.user_demand)
order by expected_orders_30d desc
