-- Append one `shopcopy eval copy` run's results (registered by the caller as copy_eval_batch).
insert into ops.copy_evals by name
select * from copy_eval_batch
