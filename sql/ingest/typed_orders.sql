-- Cast one orders file's text columns and list every reason a row cannot be loaded.
-- Reads view _in (shopcopy/readers.py). Reasons and the verbatim row (_raw) are only built for
-- rows that fail, so a clean 5-million-line file pays for one cheap predicate per row.
-- Duplicate keys are flagged afterwards by flag_duplicates_orders.sql (needs the whole file).
with source as (
    select * from _in
),

typed as (
    select
        _row, _raw,
        nullif(trim(order_id), '')                      as order_id,
        -- A bare integer cast rounds '1.5' to 2: only whole numbers are integers here.
        case when try_cast(line_no as double) % 1 = 0 then try_cast(line_no as integer) end as line_no,
        nullif(trim(user_id), '')                       as user_id,
        nullif(trim(product_id), '')                    as product_id,
        case when try_cast(quantity as double) % 1 = 0 then try_cast(quantity as integer) end as quantity,
        try_cast(unit_price as double)                  as unit_price,
        upper(nullif(trim(currency), ''))               as currency,
        try_cast(ordered_at as timestamp)               as ordered_at,
        lower(nullif(trim(status), ''))                 as status,
        lower(nullif(trim(channel), ''))                as channel,
        coalesce(try_cast(discount as double), 0)       as discount,
        line_no as line_no_text, quantity as quantity_text, unit_price as unit_price_text,
        ordered_at as ordered_at_text, discount as discount_text
    from source
),

checked as (
    select
        t.*,
        p.product_id is null as unknown_product,
        (t.order_id is not null and t.line_no is not null and t.user_id is not null
         and t.product_id is not null and p.product_id is not null
         and t.quantity > 0 and t.unit_price >= 0 and not isinf(t.unit_price)
         and t.currency is not null and t.ordered_at is not null and t.status is not null
         and (t.discount_text is null or trim(t.discount_text) = '' or try_cast(t.discount_text as double) is not null)
        ) as ok
    from typed t
    left join raw.products p on p.product_id = t.product_id
),

final as (
    select
        * exclude (_raw, line_no_text, quantity_text, unit_price_text, ordered_at_text, discount_text,
                   unknown_product, ok),
        case when ok then null else _raw end as _raw,
        case when ok then null else list_filter([
            case when order_id is null then 'order_id: missing key' end,
            case when line_no_text is null or trim(line_no_text) = '' then 'line_no: missing key'
                 when line_no is null then 'line_no: cannot read ''' || line_no_text || ''' as an integer' end,
            case when user_id is null then 'user_id: missing value' end,
            case when product_id is null then 'product_id: missing value'
                 when unknown_product then 'product_id: unknown product ''' || product_id || ''' (not in the catalog)' end,
            case when quantity_text is null or trim(quantity_text) = '' then 'quantity: missing value'
                 when quantity is null then 'quantity: cannot read ''' || quantity_text || ''' as an integer'
                 when quantity <= 0 then 'quantity: must be positive, got ' || quantity end,
            case when unit_price_text is null or trim(unit_price_text) = '' then 'unit_price: missing value'
                 when unit_price is null or isnan(unit_price) or isinf(unit_price)
                      then 'unit_price: cannot read ''' || unit_price_text || ''' as a number'
                 when unit_price < 0 then 'unit_price: must not be negative, got ' || unit_price end,
            case when currency is null then 'currency: missing value' end,
            case when ordered_at_text is null or trim(ordered_at_text) = '' then 'ordered_at: missing value'
                 when ordered_at is null then 'ordered_at: cannot read ''' || ordered_at_text || ''' as a timestamp' end,
            case when status is null then 'status: missing value' end,
            case when discount_text is not null and trim(discount_text) <> '' and try_cast(discount_text as double) is null
                 then 'discount: cannot read ''' || discount_text || ''' as a number' end
        ], lambda x: x is not null) end as reasons
    from checked
)

select * from final
