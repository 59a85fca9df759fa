-- Customers known on $snapshot (signed up before it), without PII.
with source as (
    select user_id, locale, marketing_consent, signup_at from staging.customers
),
final as (
    select user_id, locale, marketing_consent, cast(signup_at as date) as signup_date
    from source
    where signup_at is null or signup_at < cast($snapshot as timestamp)
)
select * from final
