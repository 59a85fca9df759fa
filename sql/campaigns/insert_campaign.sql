-- A new campaign, its arms and its members (registered by the caller as campaign_batch,
-- arms_batch and members_batch).
insert into ops.campaigns by name select * from campaign_batch;
insert into ops.campaign_arms by name select * from arms_batch;
insert into ops.campaign_members by name select * from members_batch;
