-- Campaigns whose attribution window is open at the end of the snapshot day, with each variant's
-- uplift over control so far (as last computed, which the nightly does just before the report).
-- param snapshot_date
select r.campaign_id, r.arm, r.members, r.conversions, round(100 * r.conversion_rate, 2) as conversion_pct,
       round(r.uplift_pp, 2) as uplift_pp, round(r.uplift_ci_low_pp, 2) as ci_low_pp,
       round(r.uplift_ci_high_pp, 2) as ci_high_pp,
       date_diff('day', r.send_at, least($snapshot_date::date + 1, r.send_at + to_days(r.window_days))) as days_in,
       r.window_days
from marts.campaign_results r
where r.send_at < $snapshot_date::date + 1
  and r.send_at + to_days(r.window_days) >= $snapshot_date::date + 1
order by r.campaign_id, r.arm = 'control' desc, r.arm
