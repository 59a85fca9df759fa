-- Keep every (product, updated_at) version seen: the history of price and stock changes.
-- MERGE inserting only new versions (both backends; a DuckLake has no `insert or ignore`).
merge into raw.product_history as h
using (select distinct on (product_id, updated_at) product_id, updated_at, price, currency, in_stock
       from _good) as s
on h.product_id = s.product_id and h.updated_at = s.updated_at
when not matched then insert (product_id, updated_at, price, currency, in_stock, _source_file, _loaded_at)
    values (s.product_id, s.updated_at, s.price, s.currency, s.in_stock, $source_file, $loaded_at)
