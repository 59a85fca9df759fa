-- Attribution: what each campaign member did in the campaign's window. An order counts when it
-- was placed strictly after the send and no later than send_at + window_days; cancelled lines
-- never count; revenue is kept revenue (returned lines excluded). Every assigned member is a
-- row, control and unsent members included, with zeros when they bought nothing (intention to
-- treat: comparing whole arms is what keeps the comparison randomised).
create or replace view staging.campaign_member_outcomes as
with campaigns as (
    select campaign_id, send_at, send_at + to_days(window_days) as window_end
    from ops.campaigns
),
lines as (
    select c.campaign_id, o.user_id, o.order_id, o.ordered_at,
           case when o.status = 'returned' then 0.0
                else o.quantity * o.unit_price * (1 - o.discount) end as kept_revenue
    from staging.orders o
    join ops.campaign_members m on m.user_id = o.user_id
    join campaigns c on c.campaign_id = m.campaign_id
    where o.status <> 'cancelled'
      and o.ordered_at > c.send_at
      and o.ordered_at <= c.window_end
),
per_member as (
    select campaign_id, user_id, count(distinct order_id) as orders,
           sum(kept_revenue) as revenue, min(ordered_at) as first_order_at
    from lines
    group by campaign_id, user_id
),
final as (
    select m.campaign_id, m.user_id, m.arm, m.output_id,
           coalesce(p.orders, 0) as orders,
           coalesce(p.orders, 0) > 0 as converted,
           coalesce(p.revenue, 0)::double as revenue,
           p.first_order_at
    from ops.campaign_members m
    left join per_member p using (campaign_id, user_id)
)
select * from final
