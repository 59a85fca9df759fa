-- How far the orders in the warehouse reach: the latest order placed (any shopper).
select max(ordered_at) as latest_order from staging.orders
