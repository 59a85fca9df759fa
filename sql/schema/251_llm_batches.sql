-- Past one machine (batch API): every provider batch a run submitted, recorded as soon as it is
-- submitted, so a run interrupted while waiting (killed, timed out, machine lost) resumes
-- polling that same batch on the next run instead of submitting, and paying for, it again.
-- A batch is found again by the digest of its request file: the same work plan gives the same
-- file. collected_at stays null until its replies are written to the warehouse.
create table if not exists ops.llm_batches (
    batch_id          varchar   primary key,
    endpoint          varchar   not null,   -- the base URL it was submitted to
    requests_sha256   varchar   not null,   -- sha256 of the JSONL request file
    requests          integer   not null,
    input_file_id     varchar   not null,
    run_id            varchar   not null,   -- the run that submitted it
    snapshot_date     date      not null,
    submitted_at      timestamp not null,
    collected_run_id  varchar,              -- the run that wrote its replies
    collected_at      timestamp
);
