-- A reviewer's decision on one text of gen.recommendation_messages.
update gen.recommendation_messages set status = $status where output_id = $output_id
