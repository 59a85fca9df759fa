-- Campaign results per arm: members, conversion, revenue, and uplift over control with its 95% interval.
-- param campaign: campaign name
select arm, members, exported, conversions, round(100 * conversion_rate, 2) as conversion_pct,
       round(revenue_per_member, 2) as revenue_per_member,
       round(uplift_pp, 2) as uplift_pp,
       round(uplift_ci_low_pp, 2) as ci_low_pp, round(uplift_ci_high_pp, 2) as ci_high_pp,
       round(p_adjusted, 4) as p_adjusted, significant, round(mde_pp, 2) as mde_pp,
       window_closed, observed_through
from marts.campaign_results
where campaign_id = $campaign
