-- Rows set aside by ingest and validation, counted by table and problem, with one example each.
with reasons as (
    select stage, table_name, source, unnest(reasons) as reason, created_at
    from ops.quarantine
)
select stage, table_name, split_part(reason, ':', 1) as problem, count(*) as rows,
       any_value(reason) as example, max(created_at) as last_seen
from reasons
group by all
order by rows desc
