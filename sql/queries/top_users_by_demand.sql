-- Shoppers most likely to buy in the next 30 days, with what they will likely need next.
-- param limit: how many shoppers
select d.user_id, f.segment_label, f.locale, d.p_purchase_30d, d.expected_orders_30d,
       d.next_order_date, d.next_category, d.low_confidence
from predictions.user_demand d
join features.user_features f using (snapshot_date, user_id)
where d.snapshot_date = (select max(snapshot_date) from predictions.user_demand)
order by d.p_purchase_30d desc
limit $limit::integer
