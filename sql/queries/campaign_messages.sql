-- Campaign messages ready to send (passed every check or approved), with the products they name.
select user_id, locale, segment, subject, body,
       list_transform(products, lambda p: p.title || ' (' || p.price || ' ' || p.currency || ')') as products,
       status
from marts.campaign_messages
order by created_at desc, user_id
limit 20
