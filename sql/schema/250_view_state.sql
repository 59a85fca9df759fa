-- Past one machine (scale): the fingerprint of the views, guardrail checks and gate a warehouse
-- was last refreshed with. On a DuckLake every refresh is a catalog commit that concurrent
-- connections would fight over, so a connect refreshes only when the fingerprint changed.
create table if not exists ops.view_state (
    fingerprint   varchar   not null,
    refreshed_at  timestamp not null default current_timestamp
);
