-- Keep every row of the file that cannot be loaded, verbatim and with its reasons: nothing is dropped.
-- A row's number is the file's own when the reader knew it, else its scan position mapped to a line.
-- Ids are computed after the highest so far (a DuckLake has no sequences).
insert into ops.quarantine (quarantine_id, run_id, stage, source, table_name, row_number, row_key, row_data, reasons, created_at)
select (select coalesce(max(quarantine_id), 0) from ops.quarantine) + row_number() over (), *
from (
    select $run_id, 'ingest', $source_file, $table_name, coalesce(t._row, m.line, t._pos + 2), null,
           coalesce(t._raw, d.raw)::json,
           case when d.pos is null then coalesce(r.reasons, t.reasons)
                else list_append(coalesce(r.reasons, t.reasons, []), d.reason) end,
           $loaded_at
    from _typed t
    left join _dups d on d.pos = t._pos
    left join _reasons r on r.rid = t._pos
    left join _linemap m on m.rid = t._pos
    where t.reasons is not null or d.pos is not null
    union all
    select $run_id, 'ingest', $source_file, $table_name, _row, null, _raw::json, [reason], $loaded_at
    from _malformed
) as q
