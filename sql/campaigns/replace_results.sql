-- Replace a campaign's computed results (registered by the caller as arm_results_batch and
-- comparisons_batch). Run use_campaign first; the caller wraps this in one transaction.
delete from ops.campaign_arm_results where campaign_id = getvariable('campaign_id');
delete from ops.campaign_comparisons where campaign_id = getvariable('campaign_id');
insert into ops.campaign_arm_results by name select * from arm_results_batch;
insert into ops.campaign_comparisons by name select * from comparisons_batch;
