-- The catalog dictionary the guardrails search generated text for (names, prices, stock).
select product_id, title, brand, category, price, currency, in_stock
from staging.products
order by product_id
