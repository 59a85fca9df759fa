-- Insert every row of one plain orders file: the first statement the direct path
-- (shopcopy/ingest/direct.py) tries on a clean CSV, before insert_typed_orders.sql.
-- A plain file is what most exports are: every number written as DuckDB casts it, with no comma,
-- no currency symbol and no separator between thousands ('9.50', '2', '0.0'), every timestamp
-- ISO 8601 (naive, or with its offset). Such a row is read here by the same macros and the same
-- checks as typed_orders.sql, with none of the separator, symbol and epoch rules, no scan
-- position and nothing kept for a quarantine, which made up most of that statement's cost.
-- Any other row stops the statement with an error, and direct.py rolls back; then the typed
-- statement, when the row had a cell that is not plain, else the full path, reads the file.
-- So this statement never decides what a row means: it loads a row only as typed_orders.sql
-- would load it, value for value
-- (tests/ingest/test_direct_plain.py runs both statements over the same cells and compares).
insert into raw.orders (
    order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at,
    status, channel, discount, _source_file, _loaded_at
)
with cells as (
    select
        sc_text(order_id)                      as order_id,
        sc_text(user_id)                       as user_id,
        sc_text(product_id)                    as product_id,
        upper(sc_text(currency))               as currency,
        sc_text(ordered_at)                    as ordered_at_text,
        lower(sc_text(status))                 as status_text,
        lower(sc_text(channel))                as channel_text,
        sc_text(line_no)                       as line_no_text,
        sc_text(quantity)                      as quantity_text,
        sc_text(unit_price)                    as unit_price_text,
        sc_text(discount)                      as discount_text
    from _in
),

cast_as_written as (
    select
        *,
        try_cast(line_no_text as double)    as ln_v,
        try_cast(quantity_text as double)   as qty_v,
        try_cast(unit_price_text as double) as up_v,
        try_cast(discount_text as double)   as disc_v,
        sc_has_zone(ordered_at_text)        as ordered_at_zoned
    from cells
),

valued as (
    -- A cell is plain as typed_orders.sql says ('9.50', '2': it casts as written and has no
    -- comma); the value is then sc_num_pick's there. A written cell that is not plain makes its
    -- row not ok below, so what the value expression gives for it is never loaded.
    select
        *,
        line_no_text is null or ln_v is not null and not contains(line_no_text, ',')       as ln_plain,
        quantity_text is null or qty_v is not null and not contains(quantity_text, ',')    as qty_plain,
        unit_price_text is null or up_v is not null and not contains(unit_price_text, ',') as up_plain,
        discount_text is null or disc_v is not null and not contains(discount_text, ',')   as disc_plain,
        sc_num_pick(ln_v, true, line_no_text, sc_num_class_plain(line_no_text), $conv, $strict)      as line_no_value,
        sc_num_pick(qty_v, true, quantity_text, sc_num_class_plain(quantity_text), $conv, $strict)   as quantity_value,
        sc_num_pick(up_v, true, unit_price_text, sc_num_class_plain(unit_price_text), $conv, $strict) as unit_price,
        sc_num_pick(disc_v, true, discount_text, sc_num_class_plain(discount_text), $conv, $strict)  as discount_value,
        sc_instant(ordered_at_text, ordered_at_zoned, $tz) as ordered_at,
        coalesce(map_extract_value(map($status_from::varchar[], $status_to::varchar[]), status_text), status_text) as status,
        coalesce(map_extract_value(map($channel_from::varchar[], $channel_to::varchar[]), channel_text), channel_text) as channel
    from cast_as_written
),

typed as (
    select
        *,
        case when line_no_value % 1 = 0 then try_cast(line_no_value as integer) end  as line_no,
        case when quantity_value % 1 = 0 then try_cast(quantity_value as integer) end as quantity,
        sc_timestamp_problem('ordered_at', ordered_at_text, ordered_at_zoned, ordered_at, $tz, $dst_lo, $dst_hi) as ordered_at_problem,
        -- A semi-join, as in typed_orders.sql: the hash table is built over the catalog.
        coalesce(product_id in (select product_id from raw.products), false) as known_product
    from valued
),

plain as (
    select
        *,
        -- Every cell read as plain: then the typed rules read this row's values alike, and a row
        -- that is not ok fails there too (its error sends the file straight to the full path).
        (ln_plain and qty_plain and up_plain and disc_plain
         and (ordered_at_text is null or ordered_at is not null)) as plain
    from typed
),

checked as (
    select
        *,
        -- typed_orders.sql's `ok` for a plain row (no currency symbol, every number cell plain).
        (plain and order_id is not null and line_no is not null and user_id is not null
         and product_id is not null and known_product
         and quantity > 0 and unit_price >= 0 and not isinf(unit_price) and not isnan(unit_price)
         and currency is not null and ordered_at is not null and ordered_at_problem is null
         and status is not null
         and (discount_text is null or discount_value is not null and not isnan(discount_value)
              and not isinf(discount_value))
        ) as ok
    from plain
)

select order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at,
       status, channel, coalesce(discount_value, 0) as discount, $source_file, $loaded_at
from checked
where case when ok then true
           when plain then error('shopcopy: a row of this file needs the full ingest path')
           else error('shopcopy: a row of this file is not plain; the typed statement reads it') end
