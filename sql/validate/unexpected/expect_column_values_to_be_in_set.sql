-- Non-null value outside the allowed set (nulls are GE's 'missing', not unexpected).
{col} is not null and not list_contains($value_set, {col})
