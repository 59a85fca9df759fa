-- The gate in force (one row): what the marts compare each text's gate_version with.
delete from ops.guardrail_policy;
insert into ops.guardrail_policy (gate_version) values ($gate_version);
