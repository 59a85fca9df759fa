-- --force: drop the stored outputs for these inputs before their new ones are inserted.
delete from gen.recommendation_messages
where input_hash in (select unnest($hashes))
