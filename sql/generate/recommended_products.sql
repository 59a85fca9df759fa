-- The top in-stock recommended products per user on the snapshot, with their catalog facts.
with recs as (
    select r.user_id, r.rank, p.product_id, p.title, p.brand, p.category, p.price, p.currency
    from recs.user_recommendations as r
    join staging.products as p using (product_id)
    where r.snapshot_date = $snapshot_date
      and p.in_stock
      and r.user_id in (select unnest($user_ids))
    qualify row_number() over (partition by r.user_id order by r.rank) <= $per_user
)
select * from recs
order by user_id, rank
