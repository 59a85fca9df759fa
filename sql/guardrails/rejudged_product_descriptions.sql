-- The gate in force judged one stored text of gen.product_descriptions again.
update gen.product_descriptions
set status = $status, guardrail_failures = $guardrail_failures, gate_version = $gate_version
where output_id = $output_id
