-- The rows of one staged file that can be loaded: no reasons (NULL), and not a duplicate key.
create or replace temp view _good as
select * from _typed t
where t.reasons is null and not exists (select 1 from _dups d where d.pos = t._pos)
