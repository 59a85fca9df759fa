-- Runs that wrote texts for a campaign variant (`shopcopy campaign create` records them with flow
-- 'campaign'). On a tie of last_seen_date such a text never displaces the nightly's own current
-- text (staging.current_texts, marts.campaign_messages); once a nightly's work list holds the
-- same input (the variant's prompt made the default), the nightly touches it and it is current.
create or replace view staging.campaign_variant_runs as
select run_id from ops.runs where flow = 'campaign';
