-- Users who get a recommendation message and a demand insight: marketing consent both in the
-- snapshot's features and in the current customer record (a withdrawn consent wins), most likely
-- buyers first, capped per run. Only allow-listed, non-PII columns are selected.
with eligible as (
    select
        f.user_id,
        coalesce(f.locale, 'en') as locale,
        coalesce(f.segment_label, 'unknown') as segment,
        f.segment_label, f.top_category, f.recency_days, f.frequency,
        d.p_purchase_30d, d.expected_orders_30d, d.next_order_date, d.next_category
    from features.user_features as f
    join predictions.user_demand as d using (snapshot_date, user_id)
    join staging.customers as c using (user_id)
    where f.snapshot_date = $snapshot_date
      and f.marketing_consent
      and c.marketing_consent
)
select * from eligible
order by p_purchase_30d desc, user_id
limit $max_users
