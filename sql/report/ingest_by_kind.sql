-- Files and rows this run ingested, per table.
select kind,
       count(*) filter (where status <> 'duplicate')  as files,
       coalesce(sum(rows_loaded), 0)                   as rows_loaded,
       coalesce(sum(rows_quarantined), 0)              as rows_quarantined,
       count(*) filter (where status = 'rejected')     as rejected
from ops.ingest_files
where run_id = $run_id
group by kind
order by kind
