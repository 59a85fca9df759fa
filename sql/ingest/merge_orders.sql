-- Insert the good rows of one orders file. Lines already in raw.orders were removed just before
-- by delete_replaced_orders.sql (same transaction): a later file may change a line, e.g. its status.
insert into raw.orders (
    order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at,
    status, channel, discount, _source_file, _loaded_at
)
select order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at,
       status, channel, discount, $source_file, $loaded_at
from _good
