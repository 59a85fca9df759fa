-- Human review of generated text: who approved or rejected what, when and why.
-- Append-only audit trail; refused approvals are recorded too (action = 'approve_refused').
create sequence if not exists ops.review_log_seq;
create table if not exists ops.review_log (
    review_id    bigint    primary key default nextval('ops.review_log_seq'),
    output_id    varchar   not null,
    task         varchar   not null,   -- product_descriptions | recommendation_messages | demand_insights
    action       varchar   not null,   -- approve | reject | approve_refused
    from_status  varchar,
    to_status    varchar,
    reviewer     varchar   not null,
    reason       varchar,
    reviewed_at  timestamp not null default current_timestamp
);
