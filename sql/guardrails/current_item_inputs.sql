-- The inputs of an item's current text (for `shopcopy guard check --item`).
select inputs
from staging.current_texts
where task = $task and replace(item_key, ' / ', '|') = replace($item_key, ' / ', '|')
