-- Everyone the simulated shop hears from after a campaign's send: every shopper with a demand
-- prediction on the campaign's snapshot (their 30-day purchase probability drives the baseline),
-- their arm and whether they were exported (null arm: not in the campaign), and the products they
-- are likely to buy (the message's products first, then their recommendations).
-- param campaign_id
with campaign as (
    select * from ops.campaigns where campaign_id = $campaign_id
),
recs as (
    select r.user_id, list(r.product_id order by r.rank) as rec_products
    from recs.user_recommendations r, campaign c
    where r.snapshot_date = c.snapshot_date and r.rank <= 5
    group by r.user_id
),
final as (
    select d.user_id, d.p_purchase_30d, m.arm,
           coalesce(exists (select 1 from ops.campaign_export_members e
                            where e.campaign_id = c.campaign_id and e.user_id = d.user_id), false) as exported,
           list_distinct(list_concat(coalesce(g.product_ids, []), coalesce(r.rec_products, []))) as rec_products
    from predictions.user_demand d
    join campaign c on d.snapshot_date = c.snapshot_date
    left join ops.campaign_members m on m.campaign_id = c.campaign_id and m.user_id = d.user_id
    left join gen.recommendation_messages g on g.output_id = m.output_id
    left join recs r on r.user_id = d.user_id
)
select * from final order by user_id
