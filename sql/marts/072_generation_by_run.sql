-- What each generation run did per task: planned items, unchanged skips, parked items, items
-- asked, texts written by status (as they stand now: a reviewer may have approved some since),
-- failures and what the budget left for the next run, with the calls and tokens it paid for.
-- The nightly report, its charts and the generation-summary artifact read this view.
create or replace view marts.generation_by_run as
with tallies as (
    select g.*, r.flow, r.started_at
    from ops.generation_runs g
    left join ops.runs r using (run_id)
),

texts as (
    select run_id, task,
           count(*) filter (where status = 'published')    as published,
           count(*) filter (where status = 'needs_review') as needs_review,
           count(*) filter (where status = 'rejected')     as rejected,
           count(*) filter (where status = 'approved')     as approved
    from staging.generated_texts
    group by all
),

calls as (
    select run_id, task,
           count(distinct input_hash) filter (where outcome <> 'budget') as asked,
           count(*) filter (where outcome <> 'budget')             as calls,
           count(*) filter (where outcome not in ('ok', 'budget')) as failed_calls,
           sum(tokens_in)                                          as tokens_in,
           sum(tokens_out)                                         as tokens_out
    from ops.llm_calls
    group by all
),

final as (
    select t.run_id, t.flow, t.snapshot_date, coalesce(t.started_at, t.created_at) as run_at, t.task,
           t.items, t.unchanged, t.parked, coalesce(c.asked, 0) as asked, t.written,
           coalesce(x.published, 0) as published, coalesce(x.needs_review, 0) as needs_review,
           coalesce(x.rejected, 0) as rejected, coalesce(x.approved, 0) as approved,
           t.failed, t.left_for_next_run,
           coalesce(c.calls, 0) as calls, coalesce(c.failed_calls, 0) as failed_calls,
           coalesce(c.tokens_in, 0) as tokens_in, coalesce(c.tokens_out, 0) as tokens_out
    from tallies t
    left join texts x using (run_id, task)
    left join calls c using (run_id, task)
)

select * from final
