-- --force: drop the stored outputs for these inputs before their new ones are inserted.
delete from gen.demand_insights
where input_hash in (select unnest($hashes))
