-- Guardrail pass rates by task, check, prompt version and model: how often each check fails,
-- so a prompt or model change that makes the copy worse shows up as a falling pass rate.
-- One row per (task, prompt, model, check) for every declared check, plus '(any)' for outputs
-- with at least one failure. Status counts repeat on each row of the group.
create or replace view marts.guardrail_pass_rates as
with outputs as (
    select task, output_id, prompt_name, prompt_version, model, status, guardrail_failures, created_at
    from staging.generated_texts
),
failures as (
    select task, output_id, prompt_name, prompt_version, model,
           unnest(from_json(guardrail_failures,
                            '[{"check":"VARCHAR","severity":"VARCHAR","detail":"VARCHAR"}]'),
                  recursive := true)
    from outputs
),
declared_checks as (
    -- written on every connect from shopcopy.guardrails.all_checks()
    select check_name, severity from ops.guardrail_checks
),
checks as (
    select check_name, severity from declared_checks
    union
    select distinct "check", severity from failures
    union
    select '(any)', null
),
groups as (
    select task, prompt_name, prompt_version, model,
           count(*) as outputs,
           count(*) filter (where status = 'published') as published,
           count(*) filter (where status = 'approved') as approved,
           count(*) filter (where status = 'needs_review') as needs_review,
           count(*) filter (where status = 'rejected') as rejected,
           min(created_at) as first_created_at,
           max(created_at) as last_created_at
    from outputs
    group by all
),
failed as (
    select task, prompt_name, prompt_version, model, "check" as check_name,
           count(distinct output_id) as failed
    from failures
    group by all
    union all
    select task, prompt_name, prompt_version, model, '(any)', count(distinct output_id)
    from failures
    group by all
),
final as (
    select g.task, g.prompt_name, g.prompt_version, g.model, c.check_name, c.severity,
           g.outputs, coalesce(f.failed, 0) as failed,
           round(1 - coalesce(f.failed, 0) / g.outputs, 4) as pass_rate,
           g.published, g.approved, g.needs_review, g.rejected,
           g.first_created_at, g.last_created_at
    from groups g
    cross join checks c
    left join failed f
        on f.task = g.task and f.prompt_name = g.prompt_name
       and f.prompt_version = g.prompt_version and f.model = g.model
       and f.check_name = c.check_name
)
select * from final
