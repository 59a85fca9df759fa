-- Name the campaign the next multi-statement file works on (DuckDB binds parameters only in a
-- file's last statement, so those files read it with getvariable('campaign_id')).
-- param campaign_id
set variable campaign_id = $campaign_id
