-- Keep every (product, updated_at) version seen: the history of price and stock changes.
insert or ignore into raw.product_history
    (product_id, updated_at, price, currency, in_stock, _source_file, _loaded_at)
select product_id, updated_at, price, currency, in_stock, $source_file, $loaded_at
from _good
