-- The items this run parked (see repeated_failures.sql).
insert into ops.parked_items by name
select * from parked_batch
