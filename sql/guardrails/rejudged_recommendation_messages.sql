-- The gate in force judged one stored text of gen.recommendation_messages again.
update gen.recommendation_messages
set status = $status, guardrail_failures = $guardrail_failures, gate_version = $gate_version
where output_id = $output_id
