-- Does a key (order_id, line_no) appear more than once among the rows just inserted from one file
-- (insert_typed_orders.sql)? Then the file takes the full path, which quarantines every copy
-- (flag_duplicates_orders.sql). The file's rows are the ones with its path and load time; direct.py
-- checks that no earlier row has both before it inserts.
select exists (
    select 1
    from raw.orders
    where _source_file = $source_file and _loaded_at = $loaded_at
    group by order_id, line_no
    having count(*) > 1
)
