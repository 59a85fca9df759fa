-- Validation stage: one row per expectation outcome per run, the data-sufficiency verdicts,
-- and the severity of a validation quarantine row (critical rows are hidden from staging.*).
create table if not exists ops.quality_results (
    run_id               varchar   not null,
    snapshot_date        date,
    suite                varchar   not null,   -- expectations/<suite>.json
    table_name           varchar   not null,   -- raw.orders | raw.products | raw.customers | ...
    expectation_name     varchar   not null,   -- meta.name: stable id used in quarantine reasons
    expectation_type     varchar   not null,   -- e.g. expect_column_values_to_be_between
    expectation_id       varchar,              -- Great Expectations' own id of the configuration
    column_name          varchar,              -- column, or comma-joined column_list
    severity             varchar   not null,   -- critical | warning
    success              boolean   not null,   -- as Great Expectations judged it (`mostly` applied)
    blocking             boolean   not null,   -- critical and not successful: stops the run
    engine               varchar   not null,   -- gx (pandas checkpoint) | duckdb (same rules in SQL)
    element_count        bigint,
    unexpected_count     bigint,
    unexpected_percent   double,
    partial_unexpected   json,                 -- up to 20 unexpected values
    observed_value       json,                 -- table-level expectations (e.g. row count)
    mostly               double,
    created_at           timestamp not null,
    primary key (run_id, suite, expectation_name)
);

create table if not exists ops.data_sufficiency (
    run_id           varchar   not null,
    snapshot_date    date      not null,
    sufficient       boolean   not null,   -- every threshold met: predict normally
    low_confidence   boolean   not null,   -- usable but thin: predict, flagged low confidence
    buyers           bigint    not null,
    history_days     integer   not null,
    orders_last_30d  bigint    not null,
    repeat_buyers    bigint    not null,
    reasons          varchar[] not null,
    created_at       timestamp not null,
    primary key (run_id, snapshot_date)
);

alter table ops.quarantine add column if not exists severity varchar;
