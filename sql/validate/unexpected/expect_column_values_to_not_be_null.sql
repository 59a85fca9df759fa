-- A row is unexpected when the value is missing.
{col} is null
