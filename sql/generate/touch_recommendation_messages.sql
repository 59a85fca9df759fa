-- Inputs that were skipped because their output exists are still current on this snapshot.
update gen.recommendation_messages
set last_seen_date = greatest(last_seen_date, $snapshot_date)
where input_hash in (select unnest($hashes))
