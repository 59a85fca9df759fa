-- Campaign results for consumers: one row per campaign and arm with its members, conversions
-- and revenue, and (for variants) the uplift over the control group with its 95% interval, as
-- last computed by `shopcopy campaign report` or the nightly. Percentages are points (pp).
create or replace view marts.campaign_results as
with arms as (
    select * from ops.campaign_arm_results
),
conversion as (
    select * from ops.campaign_comparisons where metric = 'conversion' and compared_to = 'control'
),
revenue as (
    select * from ops.campaign_comparisons where metric = 'revenue_per_member' and compared_to = 'control'
),
final as (
    select a.campaign_id, c.send_at, c.window_days, a.arm, ca.prompt_name, ca.prompt_version, ca.model,
           a.members, a.exported, a.conversions, a.conversion_rate, a.orders, a.revenue,
           a.revenue_per_member,
           100 * cv.estimate as uplift_pp, 100 * cv.ci_low as uplift_ci_low_pp,
           100 * cv.ci_high as uplift_ci_high_pp, cv.p_value, cv.p_adjusted, cv.significant,
           rv.estimate as revenue_uplift_per_member, rv.ci_low as revenue_uplift_ci_low,
           rv.ci_high as revenue_uplift_ci_high,
           100 * ca.mde as mde_pp, a.observed_through, a.window_closed, a.computed_at
    from arms a
    join ops.campaigns c using (campaign_id)
    join ops.campaign_arms ca using (campaign_id, arm)
    left join conversion cv using (campaign_id, arm)
    left join revenue rv using (campaign_id, arm)
)
select * from final
order by campaign_id, arm = 'control' desc, arm
