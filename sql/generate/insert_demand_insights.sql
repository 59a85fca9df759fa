-- Append one batch of generated demand_insights (registered by the caller as gen_batch).
insert into gen.demand_insights by name
select * from gen_batch
