-- The rows of one staged file that can be loaded: no reasons, and not a duplicate key.
create or replace temp view _good as
select * from _typed t
where len(t.reasons) = 0 and not exists (select 1 from _dups d where d.pos = t.rowid)
