-- A reviewer's decision on one text of gen.product_descriptions.
update gen.product_descriptions set status = $status where output_id = $output_id
