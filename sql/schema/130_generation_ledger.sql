-- What each generation run planned and what became of it, per task. ops.llm_calls holds only the
-- calls; the work list, the unchanged skips, the parked items and what the budget left over are
-- known only to the run, so it records them here and the report, the generation-summary artifact
-- and marts.generation_by_run all read this one table (never in-memory counters).
create table if not exists ops.generation_runs (
    run_id             varchar   not null,
    snapshot_date      date      not null,
    task               varchar   not null,
    items              integer   not null,   -- work items for the snapshot
    unchanged          integer   not null,   -- a text for the same inputs exists: no call
    parked             integer   not null,   -- failed the same way on its last runs: not asked
    written            integer   not null,   -- texts stored, any status
    failed             integer   not null,   -- asked, no usable text; asked again next run
    left_for_next_run  integer   not null,   -- not asked (or not finished): the budget was used up
    created_at         timestamp not null,
    primary key (run_id, task)
);

-- Items a run did not pay for because they failed for the same reason on their last K runs
-- (SHOPCOPY_LLM_PARK_AFTER_FAILURES). The input hash covers the inputs, the prompt version and
-- the model, so a changed input or prompt is a new item and is asked again.
create table if not exists ops.parked_items (
    run_id          varchar   not null,
    task            varchar   not null,
    item_key        varchar   not null,
    input_hash      varchar   not null,
    outcome         varchar   not null,   -- the repeated failure, e.g. invalid_json
    error           varchar,              -- its last error message
    failed_runs     integer   not null,   -- how many runs in a row it failed that way
    last_failed_at  timestamp not null,
    created_at      timestamp not null
);
