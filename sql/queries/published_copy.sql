-- Product copy that is live: one text per product, audience segment and locale.
-- param locale: en-US or zh-CN
select product_id, segment, locale, headline, description, status
from marts.published_product_copy
where locale = $locale
order by product_id, segment
