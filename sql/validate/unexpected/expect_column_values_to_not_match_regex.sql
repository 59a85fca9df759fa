-- Non-null text that contains a match of the pattern (search, like Python's re.search).
{col} is not null and regexp_matches({col}::varchar, $regex)
