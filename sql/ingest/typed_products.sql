-- Cast one catalog file's text columns and list every reason a row cannot be loaded.
with source as (
    select * from _in
),

typed as (
    select
        _row, _raw,
        nullif(trim(product_id), '')                    as product_id,
        nullif(trim(title), '')                         as title,
        nullif(trim(brand), '')                         as brand,
        nullif(trim(category), '')                      as category,
        try_cast(price as double)                       as price,
        upper(nullif(trim(currency), ''))               as currency,
        case when attributes is null or trim(attributes) = '' then null
             when json_valid(attributes) then attributes::json end as attributes,
        description,
        try_cast(in_stock as boolean)                   as in_stock,
        try_cast(updated_at as timestamp)               as updated_at,
        price as price_text, attributes as attributes_text, in_stock as in_stock_text,
        updated_at as updated_at_text
    from source
),

final as (
    select
        * exclude (price_text, attributes_text, in_stock_text, updated_at_text),
        nullif(list_filter([
            case when product_id is null then 'product_id: missing key' end,
            case when count(*) over (partition by product_id, updated_at) > 1 and product_id is not null
                 then 'duplicate key (product_id, updated_at) = (' || product_id || ', ' || coalesce(updated_at_text, 'null')
                      || ') appears ' || count(*) over (partition by product_id, updated_at) || ' times in this file' end,
            case when title is null then 'title: missing value' end,
            case when category is null then 'category: missing value' end,
            case when price_text is null or trim(price_text) = '' then 'price: missing value'
                 when price is null or isnan(price) or isinf(price) then 'price: cannot read ''' || price_text || ''' as a number'
                 when price < 0 then 'price: must not be negative, got ' || price end,
            case when currency is null then 'currency: missing value' end,
            case when attributes_text is not null and trim(attributes_text) <> '' and not json_valid(attributes_text)
                 then 'attributes: not valid JSON' end,
            case when in_stock_text is null or trim(in_stock_text) = '' then 'in_stock: missing value'
                 when in_stock is null then 'in_stock: cannot read ''' || in_stock_text || ''' as true/false' end,
            case when updated_at_text is null or trim(updated_at_text) = '' then 'updated_at: missing value'
                 when updated_at is null then 'updated_at: cannot read ''' || updated_at_text || ''' as a timestamp' end
        ], lambda x: x is not null), []) as reasons
    from typed
)

select * from final
