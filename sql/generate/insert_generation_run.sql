-- One run's per-task tallies (rerun-safe: the same run and task replace their row).
-- MERGE (both backends; a DuckLake has no `insert or replace`).
merge into ops.generation_runs as g
using tallies_batch as s
on g.run_id = s.run_id and g.task = s.task
when matched then update by name
when not matched then insert by name
