-- Rows that the latest validation of each table hides from staging.* (critical failures), with
-- how many each reason hit and the table's size in raw.*: what a stage that finds no usable rows
-- says, so "0 users" never hides that every row was set aside.
with hidden as (
    select q.table_name, q.row_key, unnest(q.reasons) as reason
    from ops.quarantine as q
    join staging.latest_validation as v on v.table_name = q.table_name and v.run_id = q.run_id
    where q.stage = 'validate' and q.severity = 'critical'
),
by_reason as (
    select table_name, reason, count(distinct row_key) as n from hidden group by all
),
raw_rows as (
    select 'raw.orders' as table_name, count(*) as total from raw.orders
    union all select 'raw.customers', count(*) from raw.customers
    union all select 'raw.products', count(*) from raw.products
),
final as (
    select b.table_name,
           (select count(distinct h.row_key) from hidden h where h.table_name = b.table_name) as hidden,
           r.total,
           list(struct_pack(reason := b.reason, n := b.n) order by b.n desc, b.reason) as reasons
    from by_reason as b join raw_rows as r using (table_name)
    group by b.table_name, r.total
)
select * from final order by table_name
