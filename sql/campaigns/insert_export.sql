-- Record one export and exactly who was in it (registered by the caller as export_batch and
-- export_members_batch).
insert into ops.campaign_exports by name select * from export_batch;
insert into ops.campaign_export_members by name select * from export_members_batch;
