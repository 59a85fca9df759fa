-- LLM calls, tokens and speed per run: what each night cost.
select run_id, flow, snapshot_date, model, calls, failed_calls, tokens_in, tokens_out,
       avg_latency_ms, tokens_out_per_s, first_call_at
from marts.llm_usage_by_run
order by first_call_at desc
