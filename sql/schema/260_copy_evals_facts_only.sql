-- `shopcopy eval copy`: of the published texts, the share that are the text without the model's
-- sentence (settings.llm_facts_only: no candidate passed the gate, the facts the templates quote
-- did), so a published share is never read as the model's own work.
alter table ops.copy_evals add column if not exists facts_only_share double;
