-- Did the stored text itself fail a hard guardrail check? guardrail_failures also keeps the
-- failures of an earlier attempt whose text was discarded and rewritten under a stricter prompt
-- (tagged with that attempt's number); only failures of the final attempt (the row's
-- `attempts`), or untagged ones, speak about the text in the row.
create or replace macro hard_failure_of_final_text(failures, attempts) as
    coalesce(list_bool_or(list_transform(
        from_json(failures, '[{"severity":"VARCHAR","attempt":"INTEGER"}]'),
        lambda f: f.severity = 'hard' and coalesce(f.attempt, attempts) >= attempts)), false);
