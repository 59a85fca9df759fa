-- Cast one catalog file's text columns and list every reason a row cannot be loaded.
-- Same rules as typed_orders.sql (macros.sql): updated_at becomes a UTC instant, price is read
-- with the file's decimal separator and may carry a currency symbol only if it is the row's.
-- _pos: the row's scan position (see typed_orders.sql); the duplicate-key windows below put the
-- rows out of file order, so rowid is not it.
with source as (
    select *, row_number() over () - 1 as _pos from _in
),

cells as (
    select
        _pos, _row, _raw,
        sc_text(product_id)                    as product_id,
        sc_text(title)                         as title,
        sc_text(brand)                         as brand,
        sc_text(category)                      as category,
        sc_text(price)                         as price_text,
        upper(sc_text(currency))               as currency,
        case when attributes is null or trim(attributes) = '' then null
             when json_valid(attributes) then attributes::json end as attributes,
        description,
        try_cast(in_stock as boolean)                   as in_stock,
        sc_text(updated_at)                    as updated_at_text,
        attributes as attributes_text, in_stock as in_stock_text
    from source
),

cast_as_written as (
    select
        *,
        try_cast(price_text as double)  as p_v,
        p_v is not null and not contains(price_text, ',') as p_plain,
        case when not p_plain then sc_num_parts(price_text) end as p_parts,
        sc_has_zone(updated_at_text)    as updated_at_zoned,
        sc_instant(updated_at_text, updated_at_zoned, $tz) as updated_at_iso
    from cells
),

typed as (
    select
        *,
        case when p_plain then price_text else sc_num_digits(p_parts) end as p_digits,
        nullif(trim(p_parts['pre'] || p_parts['post']), '') as p_symbol,
        case when p_plain then sc_num_class_plain(price_text)
             when p_parts['pre'] <> '' and p_parts['post'] <> '' then 9 else sc_num_class(p_digits) end as p_class,
        sc_num_pick(p_v, p_plain, p_digits, p_class, $conv, $strict) as price,
        case when updated_at_iso is not null or updated_at_text is null then updated_at_iso
             else sc_instant_other(updated_at_text, $tz) end as updated_at,
        sc_timestamp_problem('updated_at', updated_at_text, updated_at_zoned, updated_at, $tz, $dst_lo, $dst_hi) as updated_at_problem
    from cast_as_written
),

final as (
    select
        _pos, _row, to_json(_raw)::varchar as _raw, product_id, title, brand, category, price, currency, attributes, description,
        in_stock, updated_at,
        ((p_class = 1)::int + 2 * (p_class = 2)::int + 4 * (p_class = 3)::int)::utinyint as _evidence,
        nullif(list_filter([
            case when product_id is null then 'product_id: missing key' end,
            case when count(*) over (partition by product_id, updated_at) > 1 and product_id is not null
                 then 'duplicate key (product_id, updated_at) = (' || product_id || ', ' || coalesce(updated_at_text, 'null')
                      || ') appears ' || count(*) over (partition by product_id, updated_at) || ' times in this file' end,
            case when title is null then 'title: missing value' end,
            case when category is null then 'category: missing value' end,
            case when price_text is null then 'price: missing value'
                 else coalesce(sc_num_problem('price', price_text, p_symbol, p_class, price, currency, $conv, $note),
                               case when price < 0 then 'price: must not be negative, got ' || price end) end,
            case when currency is null then 'currency: missing value' end,
            case when attributes_text is not null and trim(attributes_text) <> '' and not json_valid(attributes_text)
                 then 'attributes: not valid JSON' end,
            case when in_stock_text is null or trim(in_stock_text) = '' then 'in_stock: missing value'
                 when in_stock is null then 'in_stock: cannot read ''' || in_stock_text || ''' as true/false' end,
            case when updated_at_text is null then 'updated_at: missing value'
                 else updated_at_problem end
        ], lambda x: x is not null), []) as reasons
    from typed
)

select * from final
