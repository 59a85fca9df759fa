-- Append one batch of generated recommendation_messages (registered by the caller as gen_batch).
insert into gen.recommendation_messages by name
select * from gen_batch
