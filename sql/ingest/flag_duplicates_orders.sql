-- Order lines whose key appears more than once in the same file: which copy is right is not
-- ours to guess, so every copy is quarantined. Recorded by scan position (_typed._pos).
create or replace temp table _dups as
with keys as (
    select order_id, line_no, count(*) as copies
    from _typed
    where order_id is not null and line_no is not null
    group by order_id, line_no
    having count(*) > 1
)
select
    t._pos as pos,
    'duplicate key (order_id, line_no) = (' || t.order_id || ', ' || t.line_no || ') appears '
        || k.copies || ' times in this file' as reason,
    to_json({'order_id': t.order_id, 'line_no': t.line_no, 'user_id': t.user_id,
             'product_id': t.product_id, 'quantity': t.quantity, 'unit_price': t.unit_price,
             'currency': t.currency, 'ordered_at': t.ordered_at, 'status': t.status,
             'channel': t.channel, 'discount': t.discount})::varchar as raw
from _typed t
join keys k on k.order_id = t.order_id and k.line_no = t.line_no
