-- Three campaign messages that are ready to send.
select subject, body, locale, segment
from marts.campaign_messages
order by created_at desc, user_id
limit 3
