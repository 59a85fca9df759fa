-- A submitted batch of exactly these requests on this endpoint whose replies were never written:
-- the run that submitted it was interrupted, so this run polls it instead of paying again.
select batch_id
from ops.llm_batches
where requests_sha256 = $requests_sha256 and endpoint = $endpoint and collected_at is null
order by submitted_at desc
limit 1
