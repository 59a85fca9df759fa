-- Insert every row of one clean orders file straight from its typed statement (typed_orders.sql,
-- put in at the marker below by shopcopy/ingest/direct.py), with no temp table in between.
-- A row the typed statement would not load (it has reasons) stops the statement with an error,
-- and shopcopy/ingest/direct.py rolls the file's transaction back and takes the full path
-- (stage.py), which quarantines it with its reasons: this statement only ever loads a file whose
-- every row loads. The error text names no conflict, so the write retries never repeat it.
insert into raw.orders (
    order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at,
    status, channel, discount, _source_file, _loaded_at
)
select order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at,
       status, channel, discount, $source_file, $loaded_at
from (
-- typed_orders.sql
) as t
where case when t.reasons is null then true
           else error('shopcopy: a row of this file needs the full ingest path') end
