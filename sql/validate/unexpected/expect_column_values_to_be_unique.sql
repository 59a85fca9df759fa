-- Every copy of a repeated non-null value is unexpected, as in Great Expectations.
{col} is not null and count(*) over (partition by {col}) > 1
