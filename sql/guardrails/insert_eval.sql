-- One evaluation run's figures (registered by the caller as eval_batch).
insert into ops.guardrail_evals by name
select * from eval_batch
