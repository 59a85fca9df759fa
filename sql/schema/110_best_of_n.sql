-- Best-of-n generation: each gen row records which candidate won and why, and each call in
-- ops.llm_calls which candidate it belongs to (a candidate can cost two calls: ask + re-ask).
-- Nullable, so rows written before best-of-n stay valid (they were all candidate 1).
alter table gen.product_descriptions add column if not exists candidate integer;
alter table gen.product_descriptions add column if not exists selection json;
alter table gen.recommendation_messages add column if not exists candidate integer;
alter table gen.recommendation_messages add column if not exists selection json;
alter table gen.demand_insights add column if not exists candidate integer;
alter table gen.demand_insights add column if not exists selection json;
alter table ops.llm_calls add column if not exists candidate integer;
