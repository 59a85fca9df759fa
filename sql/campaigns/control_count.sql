-- How many members of a campaign are held back.
-- param campaign_id
select count(*) from ops.campaign_members where campaign_id = $campaign_id and arm = 'control'
