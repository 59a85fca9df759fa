-- Every copy of a repeated key combination is unexpected.
count(*) over (partition by {cols}) > 1
