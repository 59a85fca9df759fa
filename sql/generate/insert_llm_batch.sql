-- A batch just submitted (committed at once: it must outlive the process that waits for it).
insert into ops.llm_batches (batch_id, endpoint, requests_sha256, requests, input_file_id, run_id,
                             snapshot_date, submitted_at)
values ($batch_id, $endpoint, $requests_sha256, $requests, $input_file_id, $run_id, $snapshot_date,
        $submitted_at)
