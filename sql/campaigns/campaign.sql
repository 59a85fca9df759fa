-- One campaign with its arms.
-- param campaign_id
select c.*, a.arm, a.is_control, a.share, a.bucket_low, a.bucket_high, a.prompt_name,
       a.prompt_version, a.model, a.mde,
       (select count(*) from ops.campaign_exports e where e.campaign_id = c.campaign_id) as exports
from ops.campaigns c
join ops.campaign_arms a using (campaign_id)
where c.campaign_id = $campaign_id
order by a.is_control desc, a.arm
