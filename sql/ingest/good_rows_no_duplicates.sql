-- The rows of one staged file that can be loaded, when the file has no duplicate keys: the
-- common case skips the anti-join against _dups on every row.
create or replace temp view _good as
select * from _typed t
where t.reasons is null
