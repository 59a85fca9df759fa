-- Guardrails v2 (gate): which gate judged each stored text, the gate in force, the vocabulary
-- reviewers taught it, and the corpus evaluations that show what a policy change did.

-- The gate version that last judged the text (shopcopy.guardrails.gate_version()). The marts
-- show a text only when the gate in force judged it, so a stricter gate never leaves old,
-- now-failing text in a marts view; texts judged by an older gate are re-judged on connect.
alter table gen.product_descriptions add column if not exists gate_version varchar;
alter table gen.recommendation_messages add column if not exists gate_version varchar;
alter table gen.demand_insights add column if not exists gate_version varchar;

-- The gate in force: rewritten on every (writable) connect from the guardrails package.
create table if not exists ops.guardrail_policy (
    gate_version  varchar   not null,
    created_at    timestamp not null default current_timestamp   -- when it came into force
);

-- Words reviewers approved with `shopcopy review approve --learn`: merged with the packaged
-- vocabulary (shopcopy/guardrails/data/vocabulary_<locale>.yaml) whenever the gate runs.
create table if not exists ops.guardrail_vocabulary (
    locale      varchar   not null,   -- data locale: en-US | zh-CN
    word        varchar   not null,
    added_by    varchar   not null,
    output_id   varchar,              -- the text whose approval taught it
    added_at    timestamp not null default current_timestamp,
    primary key (locale, word)
);

-- `shopcopy eval guardrails`: one row per (split, locale, family, label) of one evaluation run.
create table if not exists ops.guardrail_evals (
    eval_id         varchar   not null,
    gate_version    varchar   not null,
    corpus_version  varchar   not null,
    split           varchar   not null,   -- dev | holdout | (all)
    locale          varchar   not null,
    family          varchar   not null,   -- a corpus family or (all)
    label           varchar   not null,   -- bad | good
    cases           integer   not null,
    published       integer   not null,
    needs_review    integer   not null,
    rejected        integer   not null,
    recall          double,               -- bad: share kept out of the marts
    false_hold      double,               -- good: share wrongly kept out
    mean_ms         double,               -- gate cost per text in this run
    created_at      timestamp not null default current_timestamp
);
