-- The gate in force judged one stored text of gen.demand_insights again.
update gen.demand_insights
set status = $status, guardrail_failures = $guardrail_failures, gate_version = $gate_version
where output_id = $output_id
