-- Texts waiting for a person (shopcopy review approve/reject ID).
select output_id, 'product_descriptions' as task, headline as title, created_at from gen.product_descriptions where status = 'needs_review'
union all select output_id, 'recommendation_messages', subject, created_at from gen.recommendation_messages where status = 'needs_review'
union all select output_id, 'demand_insights', summary, created_at from gen.demand_insights where status = 'needs_review'
order by created_at desc
limit 50
