-- A reviewer's decision on one text of gen.demand_insights.
update gen.demand_insights set status = $status where output_id = $output_id
