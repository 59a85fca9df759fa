-- Product ids the catalog knows: the value set for "order product_id present in products".
select coalesce(list(distinct product_id), []::varchar[]) from raw.products where product_id is not null
