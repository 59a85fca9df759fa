-- Teach the gate one word (idempotent: the first teacher is kept). MERGE: both backends.
merge into ops.guardrail_vocabulary as v
using (select $locale as locale, $word as word, $added_by as added_by, $output_id as output_id) as s
on v.locale = s.locale and v.word = s.word
when not matched then insert (locale, word, added_by, output_id)
    values (s.locale, s.word, s.added_by, s.output_id)
