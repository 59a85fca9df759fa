-- The gate in force (see ops.guardrail_policy): the marts show only text it has judged.
create or replace macro current_gate_version() as (select max(gate_version) from ops.guardrail_policy);
