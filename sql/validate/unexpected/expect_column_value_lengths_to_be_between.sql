-- Non-null text whose length is outside [min_value, max_value].
{col} is not null and (coalesce(length({col}) < $min_value, false) or coalesce(length({col}) > $max_value, false))
