-- How often each guardrail check passes, by task, prompt version and model.
select * from marts.guardrail_pass_rates order by task, prompt_version, model, 1
