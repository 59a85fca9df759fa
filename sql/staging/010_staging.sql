-- Valid rows per raw table: what every downstream stage reads.
-- (The validation stage narrows these to rows that passed its critical row-level checks.)
create schema if not exists staging;
create or replace view staging.orders as select * exclude (_source_file, _loaded_at) from raw.orders;
create or replace view staging.products as select * exclude (_source_file, _loaded_at) from raw.products;
-- PII (email, phone, name) never leaves raw.customers: downstream stages cannot see it.
create or replace view staging.customers as
select user_id, locale, signup_at, marketing_consent, segment from raw.customers;
