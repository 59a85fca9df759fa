-- Rows this run set aside, per stage and table.
select stage, table_name, count(*) as rows
from ops.quarantine
where run_id = $run_id
group by all
order by stage, table_name
