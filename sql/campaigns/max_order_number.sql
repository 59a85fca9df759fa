-- The highest numeric order id so far (ids like O0001234), so new orders continue the sequence.
select coalesce(max(try_cast(regexp_extract(order_id, '^O([0-9]+)$', 1) as bigint)), 0) from raw.orders
