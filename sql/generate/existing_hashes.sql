-- Which of the given input hashes already have a stored output (so they cost no new call).
select distinct task, input_hash
from staging.generated_texts
where input_hash in (select unnest($hashes))
