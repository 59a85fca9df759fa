-- The text each member of a variant arm gets: the row written from the member's inputs with
-- the variant's prompt and model (found by its input hash), and whether it is ready to send.
-- param hashes: input hashes, one per member (user_id, input_hash pairs come in as a list)
select g.user_id, g.input_hash, g.output_id, g.status,
       g.status in ('published', 'approved')
         and not hard_failure_of_final_text(g.guardrail_failures, g.attempts) as ready
from gen.recommendation_messages g
where g.input_hash in (select unnest($hashes::varchar[]))
qualify row_number() over (partition by g.input_hash order by g.created_at desc) = 1
