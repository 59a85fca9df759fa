-- Remove the order lines a file just inserted (insert_typed_orders.sql) replaces: an earlier row
-- with the same (order_id, line_no). The same rule as delete_replaced_orders.sql, run after the
-- insert instead of before it, so the file's own rows (its path and load time) are kept.
delete from raw.orders as o
using (
    select order_id, line_no
    from raw.orders
    where _source_file = $source_file and _loaded_at = $loaded_at
) as s
where o.order_id = s.order_id and o.line_no = s.line_no
  and not (o._source_file = $source_file and o._loaded_at = $loaded_at)
