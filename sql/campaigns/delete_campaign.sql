-- Remove a campaign that was never exported, so `campaign create` can rebuild it (same name, same
-- hash buckets: the same members land in the same arms). Run use_campaign first.
delete from ops.campaign_members where campaign_id = getvariable('campaign_id');
delete from ops.campaign_arms where campaign_id = getvariable('campaign_id');
delete from ops.campaign_arm_results where campaign_id = getvariable('campaign_id');
delete from ops.campaign_comparisons where campaign_id = getvariable('campaign_id');
delete from ops.campaigns where campaign_id = getvariable('campaign_id');
