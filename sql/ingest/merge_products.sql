-- Upsert the newest version of each product in one catalog file: the latest updated_at wins,
-- so replaying an older export never rolls a price back.
merge into raw.products as t
using (
    select * from _good
    qualify row_number() over (partition by product_id order by updated_at desc) = 1
) as s
on t.product_id = s.product_id
when matched and s.updated_at >= t.updated_at then update set
    title = s.title, brand = s.brand, category = s.category, price = s.price,
    currency = s.currency, attributes = s.attributes, description = s.description,
    in_stock = s.in_stock, updated_at = s.updated_at,
    _source_file = $source_file, _loaded_at = $loaded_at
when not matched then insert (
    product_id, title, brand, category, price, currency, attributes, description, in_stock,
    updated_at, _source_file, _loaded_at
) values (
    s.product_id, s.title, s.brand, s.category, s.price, s.currency, s.attributes,
    s.description, s.in_stock, s.updated_at, $source_file, $loaded_at
)
