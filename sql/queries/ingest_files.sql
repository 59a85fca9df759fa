-- What happened to each inbox file: loaded, rejected (with why) or a duplicate.
select loaded_at, status, kind, path, rows_loaded, rows_quarantined, coalesce(error, array_to_string(warnings, '; ')) as notes
from ops.ingest_files
order by loaded_at desc, path
