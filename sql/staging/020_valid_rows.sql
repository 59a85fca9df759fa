-- staging.* narrowed to the rows that passed the validation stage's critical row-level checks:
-- rows quarantined as critical by the latest validation of their table are hidden (raw.* keeps
-- them). Before any validation, or for rows loaded since, the view shows everything, as 010 did.
-- The row key is concat_ws('|', key columns), the same text shopcopy/quality_sql.py stores.
create or replace view staging.latest_validation as
select table_name, arg_max(run_id, created_at) as run_id
from ops.quality_results
group by table_name;

create or replace view staging.rejected_rows as
select q.table_name, q.row_key
from ops.quarantine q
join staging.latest_validation v on v.table_name = q.table_name and v.run_id = q.run_id
where q.stage = 'validate' and q.severity = 'critical';

create or replace view staging.orders as
select * exclude (_source_file, _loaded_at)
from raw.orders o
where not exists (
    select 1 from staging.rejected_rows r
    where r.table_name = 'raw.orders' and r.row_key = concat_ws('|', o.order_id, o.line_no)
);

create or replace view staging.products as
select * exclude (_source_file, _loaded_at)
from raw.products p
where not exists (
    select 1 from staging.rejected_rows r
    where r.table_name = 'raw.products' and r.row_key = concat_ws('|', p.product_id)
);

-- PII (email, phone, name) never leaves raw.customers: downstream stages cannot see it.
create or replace view staging.customers as
select user_id, locale, signup_at, marketing_consent, segment
from raw.customers c
where not exists (
    select 1 from staging.rejected_rows r
    where r.table_name = 'raw.customers' and r.row_key = concat_ws('|', c.user_id)
);
