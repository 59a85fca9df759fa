-- Non-null text that is not valid JSON.
{col} is not null and not json_valid({col}::varchar)
