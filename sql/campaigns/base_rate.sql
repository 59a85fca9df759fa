-- How often the audience bought in a window of the same length just before the snapshot: the
-- baseline conversion the minimum detectable effect is computed for.
-- param user_ids, snapshot_date, window_days
with audience as (
    select unnest($user_ids::varchar[]) as user_id
),
buyers as (
    select distinct o.user_id
    from staging.orders o
    where o.status <> 'cancelled'
      and o.ordered_at >= $snapshot_date::timestamp - to_days($window_days::integer)
      and o.ordered_at < $snapshot_date::timestamp
)
select count(b.user_id)::double / nullif(count(*), 0) as base_rate
from audience a left join buyers b using (user_id)
