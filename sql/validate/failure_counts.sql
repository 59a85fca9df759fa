-- Unexpected rows per expectation name in the last evaluated table.
select name, count(*) as unexpected
from (select unnest(_failed) as name from _quality_failed)
group by name
