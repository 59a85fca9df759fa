-- The campaign audience: consenting users whose current message for the snapshot is ready to
-- send (marts.campaign_messages), with the text's facts so variants can be written from the
-- very same inputs.
-- param snapshot_date
select m.user_id, m.output_id, m.prompt_name, m.prompt_version, m.model, g.inputs
from marts.campaign_messages m
join gen.recommendation_messages g using (output_id)
where m.last_seen_date = $snapshot_date
order by m.user_id
