insert into ops.quality_results (
    run_id, snapshot_date, suite, table_name, expectation_name, expectation_type, expectation_id,
    column_name, severity, success, blocking, engine, element_count, unexpected_count,
    unexpected_percent, partial_unexpected, observed_value, mostly, created_at
) values (
    $run_id, $snapshot_date, $suite, $table_name, $expectation_name, $expectation_type, $expectation_id,
    $column_name, $severity, $success, $blocking, $engine, $element_count, $unexpected_count,
    $unexpected_percent, $partial_unexpected, $observed_value, $mostly, $created_at
)
