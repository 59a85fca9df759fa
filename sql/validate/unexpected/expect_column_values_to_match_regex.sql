-- Non-null text with no match of the pattern.
{col} is not null and not regexp_matches({col}::varchar, $regex)
