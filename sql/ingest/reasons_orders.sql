-- Every reason an order line of the staged file cannot be loaded, for the rows typed_orders.sql
-- set aside (`_why` holds their cells and what the parsing rules made of them). A table of its own
-- keyed by scan position: an UPDATE of _typed could move its rows, and positions are line numbers.
create or replace temp table _reasons as
select _pos as rid, list_filter([
    case when order_id is null then 'order_id: missing key' end,
    case when _why.line_no_text is null then 'line_no: missing key'
         when line_no is null
             then coalesce(sc_num_problem('line_no', _why.line_no_text, null, _why.ln_class, _why.line_no_value, null, $conv, $note),
                           'line_no: cannot read ''' || _why.line_no_text || ''' as an integer') end,
    case when user_id is null then 'user_id: missing value' end,
    case when product_id is null then 'product_id: missing value'
         when _why.unknown_product then 'product_id: unknown product ''' || product_id || ''' (not in the catalog)' end,
    case when _why.quantity_text is null then 'quantity: missing value'
         when quantity is null
             then coalesce(sc_num_problem('quantity', _why.quantity_text, null, _why.qty_class, _why.quantity_value, null, $conv, $note),
                           'quantity: cannot read ''' || _why.quantity_text || ''' as an integer')
         when quantity <= 0 then 'quantity: must be positive, got ' || quantity end,
    case when _why.unit_price_text is null then 'unit_price: missing value'
         else coalesce(sc_num_problem('unit_price', _why.unit_price_text, _why.up_symbol, _why.up_class, unit_price, currency, $conv, $note),
                       case when unit_price < 0 then 'unit_price: must not be negative, got ' || unit_price end) end,
    case when currency is null then 'currency: missing value' end,
    case when _why.ordered_at_text is null then 'ordered_at: missing value' else _why.ordered_at_problem end,
    case when status is null then 'status: missing value' end,
    case when _why.discount_text is not null
         then sc_num_problem('discount', _why.discount_text, null, _why.disc_class, _why.discount_value, null, $conv, $note) end
], lambda x: x is not null) as reasons
from (
    -- _why is JSON text (typed_orders.sql): back to the struct it was made from, NaN and Infinity included.
    select * replace (from_json(_why, '{"line_no_text": "VARCHAR", "line_no_value": "DOUBLE", "ln_class": "INTEGER",
        "quantity_text": "VARCHAR", "quantity_value": "DOUBLE", "qty_class": "INTEGER",
        "unit_price_text": "VARCHAR", "up_symbol": "VARCHAR", "up_class": "INTEGER",
        "discount_text": "VARCHAR", "discount_value": "DOUBLE", "disc_class": "INTEGER",
        "ordered_at_text": "VARCHAR", "ordered_at_problem": "VARCHAR", "unknown_product": "BOOLEAN"}') as _why)
    from _typed
    where _why is not null
)
