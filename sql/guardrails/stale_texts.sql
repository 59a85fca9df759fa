-- Texts the marts could show (published or approved) that the gate in force has not judged.
select task, output_id, output, inputs, status, guardrail_failures, attempts
from staging.generated_texts
where status in ('published', 'approved')
  and gate_version is distinct from $gate_version
order by task, output_id
