-- Cast one customers file's text columns and list every reason a row cannot be loaded.
with source as (
    select * from _in
),

typed as (
    select
        _row, _raw,
        nullif(trim(user_id), '')                       as user_id,
        nullif(trim(locale), '')                        as locale,
        try_cast(signup_at as timestamp)                as signup_at,
        try_cast(marketing_consent as boolean)          as marketing_consent,
        nullif(trim(segment), '')                       as segment,
        nullif(trim(email), '')                         as email,
        nullif(trim(phone), '')                         as phone,
        nullif(trim(name), '')                          as name,
        signup_at as signup_at_text, marketing_consent as consent_text
    from source
),

final as (
    select
        * exclude (signup_at_text, consent_text),
        nullif(list_filter([
            case when user_id is null then 'user_id: missing key' end,
            case when count(*) over (partition by user_id) > 1 and user_id is not null
                 then 'duplicate key user_id = ' || user_id || ' appears '
                      || count(*) over (partition by user_id) || ' times in this file' end,
            case when locale is null then 'locale: missing value' end,
            case when signup_at_text is not null and trim(signup_at_text) <> '' and signup_at is null
                 then 'signup_at: cannot read ''' || signup_at_text || ''' as a timestamp' end,
            case when consent_text is null or trim(consent_text) = '' then 'marketing_consent: missing value'
                 when marketing_consent is null then 'marketing_consent: cannot read ''' || consent_text || ''' as true/false' end
        ], lambda x: x is not null), []) as reasons
    from typed
)

select * from final
