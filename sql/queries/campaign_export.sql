-- Campaign messages for one snapshot date, flattened for a CRM import (one row per message).
-- param date: snapshot date, YYYY-MM-DD
select user_id, locale, segment, subject, body,
       array_to_string(product_ids, ';') as product_ids,
       to_json(products)::varchar as products_json,
       status, approved_by, output_id, prompt_version, model, created_at
from marts.campaign_messages
where last_seen_date = $date::date
order by user_id
