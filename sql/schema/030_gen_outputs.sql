-- Generated text (gen.*) with full lineage, and one ledger row per LLM call (ops.llm_calls).
-- A gen row is written once per distinct input (input_hash): the same facts, prompt version and
-- model are never paid for twice. `inputs` holds the exact canonical facts the prompt quoted, so
-- any guardrail can be re-run later. `last_seen_date` is the latest snapshot whose work list
-- contained this input (consumers pick current copy with it).
create table if not exists gen.product_descriptions (
    output_id           varchar   primary key,
    snapshot_date       date      not null,
    last_seen_date      date      not null,
    product_id          varchar   not null,
    segment             varchar   not null,
    locale              varchar   not null,
    headline            varchar   not null,
    description         varchar   not null,
    run_id              varchar   not null,
    input_hash          varchar   not null,
    prompt_name         varchar   not null,
    prompt_version      varchar   not null,
    model               varchar   not null,
    status              varchar   not null,   -- published | needs_review | rejected | approved
    guardrail_failures  json      not null,
    attempts            integer   not null,   -- LLM calls this row cost (re-asks, strict retry)
    tokens_in           integer   not null,
    tokens_out          integer   not null,
    inputs              json      not null,
    created_at          timestamp not null
);

create table if not exists gen.recommendation_messages (
    output_id           varchar   primary key,
    snapshot_date       date      not null,
    last_seen_date      date      not null,
    user_id             varchar   not null,
    segment             varchar   not null,
    locale              varchar   not null,
    product_ids         varchar[] not null,   -- the recommended products the message is about
    subject             varchar   not null,
    body                varchar   not null,
    run_id              varchar   not null,
    input_hash          varchar   not null,
    prompt_name         varchar   not null,
    prompt_version      varchar   not null,
    model               varchar   not null,
    status              varchar   not null,
    guardrail_failures  json      not null,
    attempts            integer   not null,
    tokens_in           integer   not null,
    tokens_out          integer   not null,
    inputs              json      not null,
    created_at          timestamp not null
);

create table if not exists gen.demand_insights (
    output_id            varchar   primary key,
    snapshot_date        date      not null,
    last_seen_date       date      not null,
    user_id              varchar   not null,
    segment              varchar   not null,
    locale               varchar   not null,
    summary              varchar   not null,
    next_need            varchar   not null,
    suggested_send_date  varchar   not null,
    run_id               varchar   not null,
    input_hash           varchar   not null,
    prompt_name          varchar   not null,
    prompt_version       varchar   not null,
    model                varchar   not null,
    status               varchar   not null,
    guardrail_failures   json      not null,
    attempts             integer   not null,
    tokens_in            integer   not null,
    tokens_out           integer   not null,
    inputs               json      not null,
    created_at           timestamp not null
);

-- No unique index on input_hash: DuckDB rejects delete+insert of the same key in one
-- transaction (which --force needs); generate.py keeps one row per input_hash instead.
create table if not exists ops.llm_calls (
    call_id         varchar   primary key,
    run_id          varchar   not null,
    task            varchar   not null,
    item_key        varchar   not null,   -- product_id|segment|locale or user_id
    prompt_name     varchar   not null,
    prompt_version  varchar   not null,
    model           varchar   not null,
    input_hash      varchar   not null,
    tokens_in       integer   not null,
    tokens_out      integer   not null,
    latency_ms      integer   not null,
    attempt         integer   not null,   -- 1 first ask, 2 re-ask; strict retry continues the count
    outcome         varchar   not null,   -- ok | invalid_json | schema_error | http_error | timeout | rate_limited | budget
    error           varchar,
    created_at      timestamp not null
);
