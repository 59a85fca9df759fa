-- Texts waiting for a person (shopcopy review approve/reject ID).
select output_id, task, title, created_at
from staging.generated_texts
where status = 'needs_review'
order by created_at desc
limit 50
