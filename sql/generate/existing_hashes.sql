-- Which of the given input hashes already have a stored output (so they cost no new call).
with stored as (
    select 'product_descriptions' as task, input_hash from gen.product_descriptions
    union all
    select 'recommendation_messages', input_hash from gen.recommendation_messages
    union all
    select 'demand_insights', input_hash from gen.demand_insights
)
select distinct task, input_hash from stored
where input_hash in (select unnest($hashes))
