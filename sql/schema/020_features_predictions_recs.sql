-- Per-user features, demand predictions, recommendations and offline evaluations.
-- Each table is keyed by snapshot_date so a rerun replaces that date's rows.
-- Every feature is computed from orders placed strictly before snapshot_date; cancelled lines
-- never count as purchases, returned lines count as purchases but feed returns_share.
create table if not exists features.user_features (
    snapshot_date        date      not null,
    user_id              varchar   not null,
    locale               varchar,
    marketing_consent    boolean,
    tenure_days          integer,           -- days since signup (or first order, if earlier)
    first_order_date     date,
    last_order_date      date,
    recency_days         integer,           -- snapshot_date - last order date; null: never ordered
    frequency            integer,           -- distinct orders before the snapshot
    monetary             double,            -- kept spend: quantity * unit_price * (1 - discount), returns excluded
    avg_order_value      double,
    r_score              integer,           -- quintile scores 1..5 among buyers (5 = best)
    f_score              integer,
    m_score              integer,
    orders_30d           integer,           -- orders in the 30 / 90 days before the snapshot
    orders_90d           integer,
    avg_gap_days         double,            -- mean days between consecutive orders
    last_gap_days        integer,           -- days between the last two orders
    top_category         varchar,
    top_categories       varchar[],         -- up to 3, by share of spend
    category_affinity    struct(category varchar, share double)[],  -- share of spend, desc
    price_ratio          double,            -- median unit_price / category median unit_price
    price_band           varchar,           -- budget | mid | premium
    discount_share       double,            -- share of lines bought with a discount
    returns_share        double,            -- share of lines returned
    channel_web_share    double,            -- share of orders per channel
    channel_app_share    double,
    channel_store_share  double,
    segment_label        varchar,           -- prospect | new | lapsed | bargain-hunter | loyal | at-risk | occasional
    primary key (snapshot_date, user_id)
);

create table if not exists predictions.user_demand (
    snapshot_date        date     not null,
    user_id              varchar  not null,
    p_purchase_30d       double   not null,
    expected_orders_30d  double   not null,
    next_order_date      date,
    next_category        varchar,
    model_version        varchar  not null,
    low_confidence       boolean  not null default false,
    primary key (snapshot_date, user_id)
);

create table if not exists recs.user_recommendations (
    snapshot_date  date     not null,
    user_id        varchar  not null,
    rank           integer  not null,
    product_id     varchar  not null,
    score          double   not null,
    reason         varchar  not null,      -- e.g. bought_with:P00012 | top_category:kitchen | popular
    primary key (snapshot_date, user_id, rank)
);

create table if not exists ops.model_evaluations (
    run_id          varchar,
    snapshot_date   date,
    what            varchar   not null,    -- demand | next_category | recommendations
    metric          varchar   not null,    -- auc | top1_accuracy | hit_rate@10 | ndcg@10 | ...
    value           double,
    baseline        varchar,
    baseline_value  double,
    details         json,
    created_at      timestamp not null default current_timestamp
);
