-- Remove the order lines this file replaces (same order_id, line_no); merge_orders.sql re-inserts them.
delete from raw.orders as o
using _good as s
where o.order_id = s.order_id and o.line_no = s.line_no
