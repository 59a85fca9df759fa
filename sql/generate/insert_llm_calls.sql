-- Append one batch of LLM call records (registered by the caller as calls_batch).
insert into ops.llm_calls by name
select * from calls_batch
