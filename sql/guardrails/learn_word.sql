-- Teach the gate one word (idempotent: the first teacher is kept).
insert into ops.guardrail_vocabulary (locale, word, added_by, output_id)
values ($locale, $word, $added_by, $output_id)
on conflict do nothing
