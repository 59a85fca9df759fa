-- Cast one customers file's text columns and list every reason a row cannot be loaded.
-- signup_at becomes a UTC instant (macros.sql): naive text is in the source's time zone.
-- _pos: the row's scan position (see typed_orders.sql); the duplicate-key windows below put the
-- rows out of file order, so rowid is not it.
with source as (
    select *, row_number() over () - 1 as _pos from _in
),

cells as (
    select
        _pos, _row, _raw,
        sc_text(user_id)                       as user_id,
        sc_text(locale)                        as locale,
        sc_text(signup_at)                     as signup_at_text,
        try_cast(marketing_consent as boolean)          as marketing_consent,
        sc_text(segment)                       as segment,
        sc_text(email)                         as email,
        sc_text(phone)                         as phone,
        sc_text(name)                          as name,
        marketing_consent as consent_text
    from source
),

zoned as (
    select *, sc_has_zone(signup_at_text) as signup_at_zoned,
           sc_instant(signup_at_text, signup_at_zoned, $tz) as signup_at_iso
    from cells
),

typed as (
    select
        *,
        case when signup_at_iso is not null or signup_at_text is null then signup_at_iso
             else sc_instant_other(signup_at_text, $tz) end as signup_at,
        sc_timestamp_problem('signup_at', signup_at_text, signup_at_zoned, signup_at, $tz, $dst_lo, $dst_hi) as signup_at_problem
    from zoned
),

final as (
    select
        _pos, _row, to_json(_raw)::varchar as _raw, user_id, locale, signup_at, marketing_consent, segment, email, phone, name,
        0::utinyint as _evidence,
        nullif(list_filter([
            case when user_id is null then 'user_id: missing key' end,
            case when count(*) over (partition by user_id) > 1 and user_id is not null
                 then 'duplicate key user_id = ' || user_id || ' appears '
                      || count(*) over (partition by user_id) || ' times in this file' end,
            case when locale is null then 'locale: missing value' end,
            signup_at_problem,
            case when consent_text is null or trim(consent_text) = '' then 'marketing_consent: missing value'
                 when marketing_consent is null then 'marketing_consent: cannot read ''' || consent_text || ''' as true/false' end
        ], lambda x: x is not null), []) as reasons
    from typed
)

select * from final
