-- Parsing rules the typed_* statements share: timestamps become UTC instants, numbers are read
-- with the file's decimal separator, currency symbols must match the row's currency.
-- Temp macros on the ingest connection (shopcopy/ingest/readers.py creates them once).

-- A text cell without the spaces around it, NULL when nothing is left: nullif(trim(t), '') for
-- every cell, but trim() (which copies each string) runs only where it can change something: an
-- ASCII cell that starts or ends with a space, or any cell with a non-ASCII character (trim also
-- removes U+00A0, U+3000 and the other Unicode space separators). Most cells are neither.
create or replace temp macro sc_text(t) as
    nullif(case when t like ' %' or t like '% ' or strlen(t) <> length(t) then trim(t) else t end, '');

-- Does the text carry its own zone (Z, +02:00, -0500, +08, UTC, Europe/Berlin) after the time?
-- 'YYYY-MM-DD HH:MM:SS' has no room for one (the common case, no regex); otherwise characters
-- 12.. are past the date and its separator, and a naive time has only digits, ':' and '.' there.
create or replace temp macro sc_has_zone(t) as
    case when length(t) = 19 and substr(t, 11, 1) in (' ', 'T') then false
         else regexp_matches(substr(t, 12), '[A-Za-z+-]') end;

-- The instant a timestamp text names, as the naive UTC value TIMESTAMP columns hold (see
-- shopcopy/clock.py). Naive text is wall-clock time in `tz`; text with an offset keeps its instant.
-- Never a cast of naive text to TIMESTAMPTZ: that would use the session's zone.
create or replace temp macro sc_instant(t, zoned, tz) as
    case when zoned then make_timestamp(epoch_us(try_cast(t as timestamptz)))
         when tz = 'UTC' then try_cast(t as timestamp)
         else make_timestamp(epoch_us(timezone(tz, try_cast(t as timestamp)))) end;

-- For text that is not ISO 8601: epoch seconds (10 digits, optional fraction) or milliseconds
-- (13 digits), UTC by definition; or a space before the offset ('10:00:00 +02:00').
create or replace temp macro sc_instant_other(t, tz) as
    case when regexp_full_match(t, '[0-9]{10}(\.[0-9]{1,6})?') then make_timestamp((t::double * 1000000)::bigint)
         when regexp_full_match(t, '[0-9]{13}') then make_timestamp(t::bigint * 1000)
         when regexp_matches(t, '\s[+-][0-9]{2}(:?[0-9]{2})?$')
             then sc_instant(regexp_replace(t, '\s+([+-][0-9]{2}(:?[0-9]{2})?)$', '\1'), true, tz) end;

-- Why a timestamp cell cannot be trusted, or NULL. `lo`..`hi` are the local hours in which `tz`
-- changes its clocks (NULL: never), so the extra conversions run on few rows.
create or replace temp macro sc_timestamp_problem(col, t, zoned, ts, tz, lo, hi) as
    case
        when t is null or ts is not null and not zoned and (lo is null or tz = 'UTC') then null
        when ts is null and regexp_full_match(t, '[0-9]{5}(\.[0-9]+)?')
            then col || ': ''' || t || ''' looks like a spreadsheet serial date, which has no time zone '
                 || 'and two calendars (1900, 1904); export dates as text, e.g. 2026-03-01 10:00:00+01:00'
        when ts is null then col || ': cannot read ''' || t || ''' as a timestamp (write e.g. 2026-03-01 '
                 || '10:00:00, with an offset such as +01:00 or Z when not in the shop''s zone)'
        when zoned then
            case when regexp_matches(substr(t, 12), '[A-Za-z]{2}')
                      and not regexp_matches(substr(t, 12), '(?i)(UTC|GMT|/)')
                 then col || ': ''' || t || ''' names its zone by an abbreviation, which is ambiguous '
                      || '(CST, IST, ...); export with a numeric offset such as +08:00' end
        when hour(try_cast(t as timestamp)) not between lo and hi then null
        when timezone(tz, timezone(tz, try_cast(t as timestamp))) <> try_cast(t as timestamp)
            then col || ': ''' || t || ''' does not exist in ' || tz || ' (the clocks skip it); export with an offset'
        when timezone(tz, timezone(tz, try_cast(t as timestamp)) - interval 1 hour) = try_cast(t as timestamp)
          or timezone(tz, timezone(tz, try_cast(t as timestamp)) + interval 1 hour) = try_cast(t as timestamp)
            then col || ': ''' || t || ''' happens twice in ' || tz || ' (the clocks go back); export with an offset'
    end;

-- A number cell split from a currency symbol or code: '€ 12,50' -> sign '', symbol '€', digits '12,50'.
create or replace temp macro sc_num_parts(s) as
    regexp_extract(s, '^([+-]?)\s*([^0-9+.,-]*?)\s*([+-]?[0-9][0-9.,'' ]*?)\s*([^0-9.,]*?)\s*$',
                   ['sign', 'pre', 'digits', 'post']);

-- Digits with spaces or apostrophes between groups of three ('1 234,56', '1''234.50') lose them;
-- any other space stays, so the cell is unreadable rather than guessed.
create or replace temp macro sc_num_digits(p) as
    case when regexp_full_match(p['digits'], '[+-]?[0-9]{1,3}([ ''][0-9]{3})+([.,][0-9]+)?')
         then p['sign'] || replace(replace(p['digits'], ' ', ''), '''', '') else p['sign'] || p['digits'] end;

-- What a number cell that casts as written ('9.50', '12', '1e12') says about the decimal
-- separator: 0 nothing, 1 a decimal point, 3 either ('1.234': one separator, three digits after).
create or replace temp macro sc_num_class_plain(n) as
    case when not contains(n, '.') then 0
         when length(n) - strpos(n, '.') <> 3 then 1
         when regexp_full_match(n, '[+-]?[1-9][0-9]{0,2}\.[0-9]{3}') then 3
         else 1 end;

-- The same for any other cell (its currency symbol already split off): 1 a decimal point
-- ('1,234.5'), 2 a decimal comma ('9,50', '1.234,5', '1.234.567'), 3 either ('1,234'), 9 not a number.
create or replace temp macro sc_num_class(n) as
    case
        when n is null or n = '' then 9
        when not contains(n, ',') and try_cast(n as double) is not null then sc_num_class_plain(n)
        when regexp_full_match(n, '[+-]?[1-9][0-9]{0,2},[0-9]{3}') then 3
        when regexp_full_match(n, '[+-]?[0-9]*,[0-9]+') then 2
        when regexp_full_match(n, '[+-]?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?') then 2
        when regexp_full_match(n, '[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?') then 1
        else 9
    end;

-- The value of digits `n` of class `cls` under convention `conv` ('.' or ','); NULL when they contradict it.
create or replace temp macro sc_num_value(n, cls, conv) as
    case
        when cls = 0 then try_cast(n as double)
        when conv = '.' and cls in (1, 3) then try_cast(replace(n, ',', '') as double)
        when conv = ',' and cls in (2, 3) then try_cast(replace(replace(n, '.', ''), ',', '.') as double)
    end;

-- A cell's value under the file's convention: `v` is the cell cast as written, `plain` whether that
-- reading stands ('9.50'), `n`/`cls` its digits and class. In the first pass of a CSV (conv 'auto')
-- only what reads the same under both conventions is taken; `strict` quarantines class 3 too.
create or replace temp macro sc_num_pick(v, plain, n, cls, conv, strict) as
    case when cls = 3 and (strict or conv = 'auto') or cls = 2 and conv = 'auto' then null
         when plain and (conv <> ',' or cls = 0) then v
         else sc_num_value(n, cls, case when conv = 'auto' then '.' else conv end) end;

-- The currencies a price cell's symbol or code may stand for ('$' is any of the dollars).
create or replace temp macro sc_symbol_currencies(sym) as
    map {'$': ['USD', 'CAD', 'AUD'], 'US$': ['USD'], 'USD': ['USD'],
         'C$': ['CAD'], 'CA$': ['CAD'], 'CAD': ['CAD'], 'A$': ['AUD'], 'AU$': ['AUD'], 'AUD': ['AUD'],
         '€': ['EUR'], 'EUR': ['EUR'], '£': ['GBP'], 'GBP': ['GBP'],
         '¥': ['JPY', 'CNY'], '￥': ['JPY', 'CNY'], 'JP¥': ['JPY'], 'JPY': ['JPY'], '円': ['JPY'],
         'CN¥': ['CNY'], 'CNY': ['CNY'], 'RMB': ['CNY'], '元': ['CNY'],
         'CHF': ['CHF'], 'FR.': ['CHF'], 'SFR.': ['CHF']}[upper(sym)];

-- Why a number cell cannot be loaded, or NULL. `note` says where the file's convention came from.
create or replace temp macro sc_num_problem(col, s, sym, cls, v, currency, conv, note) as
    case
        when s is null then null
        when sym is not null and sc_symbol_currencies(sym) is null
            then col || ': cannot read ''' || s || ''' as a number (unknown currency ''' || sym || ''')'
        when sym is not null and (currency is null or not list_contains(sc_symbol_currencies(sym), currency))
            then col || ': ''' || s || ''' is priced in ' || array_to_string(sc_symbol_currencies(sym), '/')
                 || ' but the row''s currency is ' || coalesce(currency, 'missing')
        when cls = 9 then col || ': cannot read ''' || s || ''' as a number'
        when cls = 3 and conv = 'auto'
            then col || ': ''' || s || ''' is ambiguous (decimal point or thousands separator?) and no other '
                 || 'number in this file shows which; set decimal = "." or "," for its source in sources.toml'
        when v is null and cls = 1
            then col || ': ''' || s || ''' uses a decimal point but ' || note
        when v is null and cls = 2
            then col || ': ''' || s || ''' uses a decimal comma but ' || note
        when v is null then col || ': ''' || s || ''' is ambiguous (decimal point or thousands separator?) and ' || note
        when isnan(v) or isinf(v) then col || ': cannot read ''' || s || ''' as a number'
    end;
