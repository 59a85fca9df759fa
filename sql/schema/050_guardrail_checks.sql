-- Every guardrail check the gate can report, with its severity. Rewritten on every connect from
-- the guardrails package (shopcopy.guardrails.all_checks), so marts count against the real list.
create table if not exists ops.guardrail_checks (
    check_name  varchar not null,
    severity    varchar not null
);
