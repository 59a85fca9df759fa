-- Guardrail pass rates by task, check, prompt version and model: how often each check fails,
-- so a prompt or model change that makes the copy worse shows up as a falling pass rate.
-- One row per (task, prompt, model, check) for every declared check, plus '(any)' for outputs
-- with at least one failure. Status counts repeat on each row of the group.
create or replace view marts.guardrail_pass_rates as
with outputs as (
    select 'product_descriptions' as task, output_id, prompt_name, prompt_version, model, status,
           guardrail_failures, created_at
    from gen.product_descriptions
    union all
    select 'recommendation_messages', output_id, prompt_name, prompt_version, model, status,
           guardrail_failures, created_at
    from gen.recommendation_messages
    union all
    select 'demand_insights', output_id, prompt_name, prompt_version, model, status,
           guardrail_failures, created_at
    from gen.demand_insights
),
failures as (
    select task, output_id, prompt_name, prompt_version, model,
           unnest(from_json(guardrail_failures,
                            '[{"check":"VARCHAR","severity":"VARCHAR","detail":"VARCHAR"}]'),
                  recursive := true)
    from outputs
),
declared_checks (check_name, severity) as (
    -- Keep in step with shopcopy.llm.guardrails.CHECKS and the policy file (a test enforces it).
    values
        ('grounding.brand', 'hard'),
        ('grounding.product', 'hard'),
        ('grounding.model_number', 'hard'),
        ('grounding.number', 'hard'),
        ('grounding.price', 'hard'),
        ('grounding.date', 'hard'),
        ('grounding.stock', 'hard'),
        ('refusal', 'hard'),
        ('placeholder', 'hard'),
        ('prompt_leak', 'hard'),
        ('empty_field', 'hard'),
        ('output.url', 'hard'),
        ('output.email', 'hard'),
        ('output.phone', 'hard'),
        ('send_date.format', 'hard'),
        ('send_date.timing', 'soft'),
        ('duplicate_field', 'soft'),
        ('repetition', 'soft'),
        ('length', 'soft'),
        ('language', 'soft'),
        ('banned_phrase.absolute_claim', 'hard'),
        ('banned_phrase.medical_claim', 'hard'),
        ('banned_phrase.unsupported_offer', 'hard'),
        ('banned_phrase.pressure', 'soft')
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
