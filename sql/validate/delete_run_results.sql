-- Re-validating a run replaces that run's results for the suite (never duplicates them).
delete from ops.quality_results where run_id = $run_id and suite = $suite
