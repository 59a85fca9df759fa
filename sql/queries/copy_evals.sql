-- Copy quality per evaluation run, model and prompt version, newest first (`shopcopy eval copy`).
with final as (
    select created_at, eval_id, task, locale, model, prompt_name, prompt_version, candidates,
           items, round(published_share, 2) as published, round(needs_review_share, 2) as review,
           round(rejected_share, 2) as rejected, round(in_language_share, 2) as in_language,
           round(calls_per_published, 2) as calls_per_published,
           round(published_per_minute, 2) as published_per_minute,
           round(fact_coverage, 2) as fact_coverage, round(distinct_segments, 2) as distinct_segments,
           round(distinct_users, 2) as distinct_users, round(repetition, 3) as repetition, top_checks
    from ops.copy_evals
)
select * from final
order by created_at desc, task, locale
