-- Core schemas, the raw landing tables and the operational ledger tables.
create schema if not exists raw;
create schema if not exists ops;
create schema if not exists features;
create schema if not exists predictions;
create schema if not exists recs;
create schema if not exists gen;
create schema if not exists marts;

-- One row per order line; a later file may change a line's status (returns arrive later).
create table if not exists raw.orders (
    order_id      varchar   not null,
    line_no       integer   not null,
    user_id       varchar   not null,
    product_id    varchar   not null,
    quantity      integer   not null,
    unit_price    double    not null,
    currency      varchar   not null,
    ordered_at    timestamp not null,
    status        varchar   not null,
    channel       varchar,
    discount      double    not null default 0,
    _source_file  varchar   not null,
    _loaded_at    timestamp not null,
    primary key (order_id, line_no)
);

-- Current state of the catalog: latest updated_at wins.
create table if not exists raw.products (
    product_id    varchar   primary key,
    title         varchar   not null,
    brand         varchar,
    category      varchar   not null,
    price         double    not null,
    currency      varchar   not null,
    attributes    json,
    description   varchar,
    in_stock      boolean   not null,
    updated_at    timestamp not null,
    _source_file  varchar   not null,
    _loaded_at    timestamp not null
);

-- Every distinct (product, updated_at) version seen: the history of price and stock changes.
create table if not exists raw.product_history (
    product_id    varchar   not null,
    updated_at    timestamp not null,
    price         double    not null,
    currency      varchar   not null,
    in_stock      boolean   not null,
    _source_file  varchar   not null,
    _loaded_at    timestamp not null,
    primary key (product_id, updated_at)
);

-- Customers. email/phone/name are PII: they never leave the warehouse (never in a prompt).
create table if not exists raw.customers (
    user_id            varchar   primary key,
    locale             varchar,
    signup_at          timestamp,
    marketing_consent  boolean   not null default false,
    segment            varchar,
    email              varchar,
    phone              varchar,
    name               varchar,
    _source_file       varchar   not null,
    _loaded_at         timestamp not null
);

create table if not exists ops.runs (
    run_id         varchar   primary key,
    flow           varchar   not null,
    snapshot_date  date,
    started_at     timestamp not null,
    finished_at    timestamp,
    status         varchar   not null,   -- running | completed | failed
    message        varchar,
    summary        json
);

-- File ledger: one row per file attempt that did something (loaded, rejected, duplicate).
create table if not exists ops.ingest_files (
    path              varchar   not null,
    kind              varchar   not null,   -- orders | products | customers
    sha256            varchar   not null,
    size_bytes        bigint,
    rows              bigint    not null default 0,   -- rows read from the file
    rows_loaded       bigint    not null default 0,
    rows_quarantined  bigint    not null default 0,
    status            varchar   not null,   -- loaded | loaded_with_warnings | rejected | duplicate
    error             varchar,
    warnings          varchar[],
    extra_columns     varchar[],
    run_id            varchar,
    loaded_at         timestamp not null
);

-- Rows that could not be used, with why. Nothing is dropped silently.
create sequence if not exists ops.quarantine_seq;
create table if not exists ops.quarantine (
    quarantine_id  bigint    primary key default nextval('ops.quarantine_seq'),
    run_id         varchar,
    stage          varchar   not null,   -- ingest | validate
    source         varchar   not null,   -- file path, or table name for validation
    table_name     varchar   not null,   -- raw.orders | raw.products | raw.customers
    row_number     bigint,               -- 1-based line/row in the source file when known
    row_key        varchar,
    row_data       json      not null,
    reasons        varchar[] not null,
    created_at     timestamp not null
);
