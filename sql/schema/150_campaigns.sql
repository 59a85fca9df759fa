-- Campaigns with holdouts: the campaign, its arms (control + variants), who is in which arm with
-- which text, what was exported to the CRM, and the measured results.
-- All timestamps are UTC instants (see shopcopy/clock.py).
create table if not exists ops.campaigns (
    campaign_id    varchar   primary key,   -- the name given to `shopcopy campaign create`
    snapshot_date  date      not null,      -- the snapshot whose published messages form the audience
    send_at        timestamp not null,      -- orders strictly after this instant can be attributed
    window_days    integer   not null,      -- ... up to send_at + window_days
    holdout_share  double    not null,
    assignment     varchar   not null,      -- hash | thompson
    audience       integer   not null,
    base_rate      double,                  -- audience's conversion in the window before the snapshot
    alpha          double    not null,
    power          double    not null,
    run_id         varchar   not null,      -- ops.runs row of the create (and its variant texts)
    created_at     timestamp not null
);

create table if not exists ops.campaign_arms (
    campaign_id     varchar  not null,
    arm             varchar  not null,      -- control | A | B | ...
    is_control      boolean  not null,
    share           double   not null,      -- of the audience
    bucket_low      double   not null,      -- members whose hash bucket is in [low, high)
    bucket_high     double   not null,
    prompt_name     varchar,                -- the variant's prompt and model (null for control)
    prompt_version  varchar,
    model           varchar,
    mde             double,                 -- minimum detectable uplift vs control before the send
    primary key (campaign_id, arm)
);

create table if not exists ops.campaign_members (
    campaign_id  varchar   not null,
    user_id      varchar   not null,
    arm          varchar   not null,
    bucket       double    not null,        -- sha256(campaign, user) as a number in [0, 1)
    output_id    varchar,                   -- the text this member is sent; null for control
    text_status  varchar   not null,        -- holdout | ready | not_sendable (status of its text)
    assigned_at  timestamp not null,
    primary key (campaign_id, user_id)
);

create table if not exists ops.campaign_exports (
    export_id           varchar   primary key,
    campaign_id         varchar   not null,
    exported_at         timestamp not null,
    path                varchar   not null,
    format              varchar   not null,
    rows                integer   not null,
    dropped_no_consent  integer   not null,   -- consent withdrawn since the text was written
    dropped_not_sendable integer  not null,   -- text rejected since, or a product gone/repriced
    control_members     integer   not null    -- held back, never exported
);

create table if not exists ops.campaign_export_members (
    export_id    varchar not null,
    campaign_id  varchar not null,
    user_id      varchar not null,
    arm          varchar not null,
    output_id    varchar not null,
    primary key (export_id, user_id)
);

-- Results as last computed (replaced per campaign): per arm, and per comparison of two arms.
create table if not exists ops.campaign_arm_results (
    campaign_id        varchar   not null,
    arm                varchar   not null,
    members            integer   not null,
    exported           integer   not null,
    conversions        integer   not null,
    conversion_rate    double,
    orders             integer   not null,
    revenue            double    not null,
    revenue_per_member double,
    observed_through   timestamp,           -- orders seen up to here (window end or latest order)
    window_closed      boolean   not null,
    computed_at        timestamp not null,
    primary key (campaign_id, arm)
);

create table if not exists ops.campaign_comparisons (
    campaign_id   varchar   not null,
    arm           varchar   not null,
    compared_to   varchar   not null,       -- control, or another variant
    metric        varchar   not null,       -- conversion | revenue_per_member
    estimate      double,                   -- arm minus compared_to
    ci_low        double,
    ci_high       double,
    p_value       double,
    p_adjusted    double,                   -- Holm, within the metric's family of comparisons
    significant   boolean   not null,
    note          varchar,
    computed_at   timestamp not null,
    primary key (campaign_id, arm, compared_to, metric)
);
