-- Conversions of earlier campaigns' variant arms whose window has closed, pooled by the
-- variant's prompt and model: the history Thompson sampling learns from.
-- param before: only campaigns whose window closed before this instant
select a.prompt_name, a.prompt_version, a.model,
       sum(r.conversions)::bigint as conversions, sum(r.members - r.conversions)::bigint as non_conversions
from ops.campaign_arm_results r
join ops.campaign_arms a using (campaign_id, arm)
join ops.campaigns c using (campaign_id)
where not a.is_control and r.window_closed
  and c.send_at + to_days(c.window_days) < $before::timestamp
group by all
