-- Non-null value below min_value or above max_value (inclusive bounds; a null bound is open).
{col} is not null and (coalesce({col} < $min_value, false) or coalesce({col} > $max_value, false))
