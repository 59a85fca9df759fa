-- Upsert customers by user_id: the latest file wins.
merge into raw.customers as t
using _good as s
on t.user_id = s.user_id
when matched then update set
    locale = s.locale, signup_at = s.signup_at, marketing_consent = s.marketing_consent,
    segment = s.segment, email = s.email, phone = s.phone, name = s.name,
    _source_file = $source_file, _loaded_at = $loaded_at
when not matched then insert (
    user_id, locale, signup_at, marketing_consent, segment, email, phone, name,
    _source_file, _loaded_at
) values (
    s.user_id, s.locale, s.signup_at, s.marketing_consent, s.segment, s.email, s.phone, s.name,
    $source_file, $loaded_at
)
