-- The vocabulary reviewers taught the gate, per data locale.
select locale, word, added_by, output_id, added_at
from ops.guardrail_vocabulary
order by locale, word
