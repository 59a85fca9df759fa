-- What each member of one campaign did in its window (staging.campaign_member_outcomes), with
-- whether the member was in any export.
-- param campaign_id
select o.user_id, o.arm, o.orders, o.converted, o.revenue, o.first_order_at,
       exists (select 1 from ops.campaign_export_members e
               where e.campaign_id = o.campaign_id and e.user_id = o.user_id) as exported
from staging.campaign_member_outcomes o
where o.campaign_id = $campaign_id
order by o.user_id
