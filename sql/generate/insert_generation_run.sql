-- One run's per-task tallies (rerun-safe: the same run and task replace their row).
insert or replace into ops.generation_runs by name
select * from tallies_batch
