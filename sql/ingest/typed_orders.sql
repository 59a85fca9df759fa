-- Cast one orders file's text columns and list every reason a row cannot be loaded.
-- Reads view _in (shopcopy/ingest/readers.py), macros from macros.sql. Reasons and the verbatim
-- row (_raw) are only built for rows that fail, so a clean 5-million-line file pays for a few
-- cheap predicates per row. Duplicate keys are flagged afterwards (flag_duplicates_orders.sql).
-- $conv is the decimal separator ('.' or ','), or 'auto' for a CSV's first pass, which reads only
-- the numbers that are the same either way (shopcopy/ingest/conventions.py).
-- _pos is the row's scan position (0-based, in file order: the numbering runs in one thread over
-- the scan). The typed table's rows are in another order than the file's on a big file (a
-- parallel scan and a join do not keep it, DuckDB 1.5.5 and 2.0.1 alike), so every later
-- statement names a row by _pos, never by rowid; sorting the table by _pos instead cost more than
-- all the typing rules together.
with source as (
    select *, row_number() over () - 1 as _pos from _in
),

cells as (
    select
        _pos, _row, _raw, _file,
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
    from source
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

plain as (
    -- A cell that casts as written and has no comma ('9.50', '2') skips the separator and
    -- currency rules; only the rest pays for them.
    select
        *,
        ln_v is not null and not contains(line_no_text, ',')      as ln_plain,
        qty_v is not null and not contains(quantity_text, ',')    as qty_plain,
        up_v is not null and not contains(unit_price_text, ',')   as up_plain,
        disc_v is not null and not contains(discount_text, ',')   as disc_plain,
        sc_instant(ordered_at_text, ordered_at_zoned, $tz)        as ordered_at_iso
    from cast_as_written
),

parts as (
    select
        *,
        case when not up_plain then sc_num_parts(unit_price_text) end as up_parts,
        case when ordered_at_iso is not null or ordered_at_text is null then ordered_at_iso
             else sc_instant_other(ordered_at_text, $tz) end as ordered_at
    from plain
),

digits as (
    select
        *,
        case when up_plain then unit_price_text else sc_num_digits(up_parts) end as up_digits,
        nullif(trim(up_parts['pre'] || up_parts['post']), '') as up_symbol
    from parts
),

classified as (
    select
        *,
        case when ln_plain then sc_num_class_plain(line_no_text) else sc_num_class(line_no_text) end as ln_class,
        case when qty_plain then sc_num_class_plain(quantity_text) else sc_num_class(quantity_text) end as qty_class,
        case when up_plain then sc_num_class_plain(unit_price_text)
             when up_parts['pre'] <> '' and up_parts['post'] <> '' then 9 else sc_num_class(up_digits) end as up_class,
        case when disc_plain then sc_num_class_plain(discount_text) else sc_num_class(discount_text) end as disc_class
    from digits
),

valued as (
    select
        *,
        sc_num_pick(ln_v, ln_plain, line_no_text, ln_class, $conv, $strict)      as line_no_value,
        sc_num_pick(qty_v, qty_plain, quantity_text, qty_class, $conv, $strict)  as quantity_value,
        sc_num_pick(up_v, up_plain, up_digits, up_class, $conv, $strict)         as unit_price,
        sc_num_pick(disc_v, disc_plain, discount_text, disc_class, $conv, $strict) as discount_value,
        -- The source's words for a status or channel, mapped by sources.toml (empty maps: as is).
        coalesce(map_extract_value(map($status_from::varchar[], $status_to::varchar[]), status_text), status_text) as status,
        coalesce(map_extract_value(map($channel_from::varchar[], $channel_to::varchar[]), channel_text), channel_text) as channel,
        sc_timestamp_problem('ordered_at', ordered_at_text, ordered_at_zoned, ordered_at, $tz, $dst_lo, $dst_hi) as ordered_at_problem
    from classified
),

typed as (
    select
        *,
        -- Only whole numbers are integers here: '1.5' is not rounded to 2.
        case when line_no_value % 1 = 0 then try_cast(line_no_value as integer) end  as line_no,
        case when quantity_value % 1 = 0 then try_cast(quantity_value as integer) end as quantity,
        -- A semi-join (IN), so the hash table is built over the catalog, never over the file's
        -- rows: a LEFT JOIN was planned the other way round and cost more than the whole scan.
        coalesce(product_id in (select product_id from raw.products), false) as known_product
    from valued
),

checked as (
    select
        t.*,
        not t.known_product as unknown_product,
        (t.order_id is not null and t.line_no is not null and t.user_id is not null
         and t.product_id is not null and t.known_product
         and t.quantity > 0 and t.unit_price >= 0 and not isinf(t.unit_price) and not isnan(t.unit_price)
         and (t.up_symbol is null or list_contains(sc_symbol_currencies(t.up_symbol), t.currency))
         and t.currency is not null and t.ordered_at is not null and t.ordered_at_problem is null
         and t.status is not null
         and (t.discount_text is null or t.discount_value is not null and not isnan(t.discount_value)
              and not isinf(t.discount_value))
        ) as ok
    from typed t
),

final as (
    select
        _pos, _row, _file,
        case when ok then null else to_json(_raw)::varchar end as _raw,
        order_id, line_no, user_id, product_id, quantity, unit_price, currency, ordered_at,
        status, channel, coalesce(discount_value, 0) as discount,
        -- What the row's numbers say about the file's decimal separator: bit 1 a decimal point,
        -- 2 a decimal comma, 4 either (shopcopy/ingest/conventions.py decides).
        ((1 in (ln_class, qty_class, up_class, disc_class))::int
         + 2 * (2 in (ln_class, qty_class, up_class, disc_class))::int
         + 4 * (3 in (ln_class, qty_class, up_class, disc_class))::int)::utinyint as _evidence,
        -- A row that cannot be loaded keeps what reasons_orders.sql needs to say why; that
        -- statement runs only when a file has such rows (a clean file never plans it). JSON text,
        -- not a struct: a struct column of 15 fields, NULL on every good row, cost a fifth of
        -- this statement on a clean file; a NULL text costs next to nothing.
        case when ok then null else to_json({'line_no_text': line_no_text, 'line_no_value': line_no_value, 'ln_class': ln_class,
                               'quantity_text': quantity_text, 'quantity_value': quantity_value, 'qty_class': qty_class,
                               'unit_price_text': unit_price_text, 'up_symbol': up_symbol, 'up_class': up_class,
                               'discount_text': discount_text, 'discount_value': discount_value, 'disc_class': disc_class,
                               'ordered_at_text': ordered_at_text, 'ordered_at_problem': ordered_at_problem,
                               'unknown_product': unknown_product})::varchar end as _why,
        case when ok then null else []::varchar[] end as reasons
    from checked
)

select * from final
