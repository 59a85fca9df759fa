-- `shopcopy eval copy`: one row per evaluation run x task x locale, keyed by model and prompt
-- version, so two configurations compare side by side in SQL. Shares are of the items evaluated;
-- distinctness and repetition are defined in shopcopy/generate/quality.py.
create table if not exists ops.copy_evals (
    eval_id               varchar   not null,
    created_at            timestamp not null,
    task                  varchar   not null,
    locale                varchar   not null,
    model                 varchar   not null,
    prompt_name           varchar   not null,   -- e.g. product_descriptions/v2-completion
    prompt_version        varchar   not null,
    candidates            integer   not null,   -- best-of-n setting the run used
    gate                  varchar   not null,   -- shopcopy.guardrails.gate_version() that judged
    items                 integer   not null,
    published_share       double    not null,
    needs_review_share    double    not null,
    rejected_share        double    not null,
    failed_share          double    not null,   -- no usable text at all
    in_language_share     double,               -- of published texts: in the locale's language
    calls                 integer   not null,
    tokens                integer   not null,
    calls_per_published   double,
    tokens_per_published  double,
    latency_ms_per_call   double,
    seconds               double    not null,   -- summed call latency of this task x locale
    published_per_minute  double,               -- published texts in the right language per minute
    fact_coverage         double,               -- mean over stored texts
    distinct_segments     double,               -- same product across segments (descriptions)
    distinct_users        double,               -- across users (messages, insights)
    repetition            double,
    top_checks            json      not null,   -- [{"check": ..., "count": ...}] of stored texts
    primary key (eval_id, task, locale)
);
