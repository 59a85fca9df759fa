"""Corpus cases shaped like real shop-platform and spreadsheet exports (issue 14): time zone
offsets, quoting, number locales, duplicate columns, line endings, compression, encodings, epoch
and serial dates, currency symbols, and the per-source vocabulary mapping (issue 16).

Every good row carries the exact value raw.* must hold: the UTC instant, the price, the text with
its newline. A silent wrong value (a wall clock kept, 1.234 for 1234) fails the case.
"""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from tests.reliability import corpus as c
from tests.reliability.cases import Case, Expect, rejected
from tests.reliability.corpus import customer as cu
from tests.reliability.corpus import order as o
from tests.reliability.corpus import product as p


def utc(*args) -> datetime:
    return datetime(*args)  # raw.* holds UTC instants as naive TIMESTAMP values


def typed(row: dict, **values) -> dict:
    """The row as raw.orders holds it: the builder's defaults typed, then the values these
    parsing rules must give (a price as written, an instant) spelled out by the case."""
    plain = {**row, "ordered_at": "2026-03-01 10:00:00", "unit_price": values.get("unit_price", row["unit_price"])}
    return {**c.typed_order(plain), **values}


def csv_case(name: str, rows, good, cols=c.ORDER_COLS, sep=",", newline="\n", encoding="utf-8",
             compress=None):
    def build(folder):
        body = c.csv_text(rows, cols=cols, sep=sep, newline=newline).encode(encoding)
        return c.Built(c.write(folder, name, _compress(body, compress)), good)
    return build


def raw_case(name: str, body: str | bytes, good=()):
    return lambda folder: c.Built(c.write(folder, name, body), list(good))


def _compress(body: bytes, how: str | None) -> bytes:
    if how == "gzip":
        return gzip.compress(body, mtime=0)
    if how == "zstd":
        return zstandard.ZstdCompressor().compress(body)
    return body


# --- time zones ---------------------------------------------------------------------------------
OFFSETS = [o("T1", ordered_at="2026-03-01 10:00:00+02:00"), o("T2", ordered_at="2026-03-01T10:00:00-05:00"),
           o("T3", ordered_at="2026-03-01 10:00:00+0200"), o("T4", ordered_at="2026-03-01T10:00:00+08:00"),
           o("T5", ordered_at="2026-03-01T10:00:00Z"), o("T6", ordered_at="2026-03-01 10:00:00"),
           o("T7", ordered_at="2026-03-01 10:00:00.250+05:30"), o("T8", ordered_at="2026-03-01 10:00:00 +02:00")]
OFFSETS_UTC = [utc(2026, 3, 1, 8), utc(2026, 3, 1, 15), utc(2026, 3, 1, 8), utc(2026, 3, 1, 2),
               utc(2026, 3, 1, 10), utc(2026, 3, 1, 10), utc(2026, 3, 1, 4, 30, 0, 250000), utc(2026, 3, 1, 8)]
NAIVE_BERLIN = [o("Z1", ordered_at="2026-03-01 10:00:00"), o("Z2", ordered_at="2026-07-01 10:00:00"),
                o("Z3", ordered_at="2026-03-01 10:00:00+02:00"), o("Z4", ordered_at="2026-03-29 02:30:00"),
                o("Z5", ordered_at="2026-10-25 02:30:00"), o("Z6", ordered_at="2026-03-01 10:00 CST")]
EPOCHS = [o("E1", ordered_at="1772359200"), o("E2", ordered_at="1772359200123"),
          o("E3", ordered_at="46082.4166667"), o("E4", ordered_at="177235920")]
PEOPLE_TZ = [cu("Y1", signup_at="2025-05-01T09:30:00+08:00"), cu("Y2", signup_at="2025-05-01 09:30:00-0500"),
             cu("Y3", signup_at="2025-05-01T09:30:00Z"), cu("Y4", signup_at="2025-05-01 09:30:00")]
PEOPLE_TZ_UTC = [utc(2025, 5, 1, 1, 30), utc(2025, 5, 1, 14, 30), utc(2025, 5, 1, 9, 30), utc(2025, 5, 1, 9, 30)]


def _parquet_instants(folder):
    """A catalog whose updated_at is timestamp[tz=UTC] in one file: the instant, whatever the host TZ."""
    rows = [p("Q1"), p("Q2")]
    table = pa.table({**{k: [r[k] for r in rows] for k in c.PRODUCT_COLS if k != "updated_at"},
                      "updated_at": pa.array([datetime(2026, 2, 1, 12, tzinfo=UTC), datetime(2026, 2, 1, 23, 30, tzinfo=UTC)],
                                             pa.timestamp("us", tz="UTC"))})
    path = folder / "aware.parquet"
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)
    good = [{**c.typed_product(r), "updated_at": t} for r, t in zip(rows, (utc(2026, 2, 1, 12), utc(2026, 2, 1, 23, 30)), strict=True)]
    return c.Built(path, good)


# --- quoting and line endings -------------------------------------------------------------------
STRAY = [o(f"S{i}") for i in range(1, 21)] + ['S21,1,"U1,P1,2,9.50,usd,2026-03-01 10:00:00,delivered,web,0'] \
    + [o(f"S{i}") for i in range(22, 40)] + [o("S40", user="Smith, Ann"), o("S41", user='Lee "Jr"'),
                                             'S42,1,12" tablet fan,P1,2,9.50,usd,2026-03-01 10:00:00,delivered,web,0']
STRAY_GOOD = [typed(r) for r in STRAY if isinstance(r, dict)] + [typed(o("S42", user='12" tablet fan'))]
MIXED = [o("M1"), o("M2", user="two\r\nlines"), o("M3"), o("M4", user="lf\nonly"), o("M5")]


def _mixed_endings(folder):
    """Records end in CRLF and LF by turns; the newlines inside quoted values stay as written."""
    records = [c.csv_text([r]).split("\n", 1)[1][:-1] for r in MIXED]
    text = ",".join(c.ORDER_COLS) + "\n" + "".join(r + ("\r\n" if i % 2 else "\n") for i, r in enumerate(records))
    return c.Built(c.write(folder, "mixed.csv", text), [typed(r) for r in MIXED])


# --- numbers, locales and currency symbols ------------------------------------------------------
EU = [o("D1", price="9,50"), o("D2", price="1.234,56"), o("D3", price="1.234"), o("D4", price="12"),
      o("D5", price="€ 7,25"), o("D6", price="0,125 EUR", qty="3")]
EU = [{**r, "currency": "eur"} for r in EU]
EU_VALUES = [9.5, 1234.56, 1234.0, 12.0, 7.25, 0.125]
AMBIGUOUS = [o("A1", price="1.234"), o("A2", price="12")]
MIXED_LOCALE = [o("X1", price="9.50"), o("X2", price="19.99"), o("X3", price="9,50"), o("X4", price="1.234"),
                o("X5", price="2.75")]
SYMBOLS = [o("C1", price="$12.50"), o("C2", price="12.50 USD"), o("C3", price="US$1,234.50"),
           {**o("C4", price="€12.50")}, o("C5", price="12.50 zł"), o("C6", price="¥1200")]
TEXT_PRICES = [{**p("R1"), "price": "€39.00", "currency": "EUR"}, {**p("R2"), "price": "39,00 €", "currency": "EUR"},
               {**p("R3"), "price": "£39.00", "currency": "EUR"}]


def _parquet_text_prices(folder):
    return c.products_parquet(folder, "textprices.parquet", c.products_frame(TEXT_PRICES),
                              [{**r, "price": 39.0} for r in TEXT_PRICES[:1]])


# --- encodings, compression, duplicate columns --------------------------------------------------
LATIN = [o("W1", user="José Núñez"), o("W2", user="Café “Zoë” – 5 €")]
HANZI = [o("G1", user="王伟"), o("G2", user="李娜，北京")]


def _jsonl(rows, compress):
    return lambda folder: c.Built(c.write(folder, f"people.jsonl.{'gz' if compress == 'gzip' else 'zst'}",
                                          _compress(c.jsonl(rows).encode(), compress)),
                                  [c.typed_customer(r) for r in rows])


def _parquet_dup_columns(folder):
    folder.mkdir(parents=True, exist_ok=True)
    frame = c.products_frame([p("U1")]).to_arrow()
    table = pa.Table.from_arrays([*frame.columns, pa.array([1.0])], names=[*frame.column_names, "price"])
    pq.write_table(table, folder / "dup.parquet")
    return c.Built(folder / "dup.parquet", [])


def _truncated_gzip(folder):
    body = gzip.compress(c.csv_text([o(f"K{i}") for i in range(200)]).encode(), mtime=0)
    return c.Built(c.write(folder, "cut.csv.gz", body[: len(body) // 2]), [])


VOCAB = [o("V1", status="Completed", channel="online_store"), o("V2", status="fulfilled", channel="pos"),
         o("V3", status="paid", channel="web"), o("V4", status="refunded", channel="app")]
VOCAB_SOURCE = {"status": {"completed": "delivered", "fulfilled": "shipped", "refunded": "returned"},
                "channel": {"online_store": "web", "pos": "store"}}

EXPORT_CASES = [
    Case("orders-offsets", "orders", csv_case("offsets.csv", OFFSETS, [typed(r, ordered_at=t) for r, t in zip(OFFSETS, OFFSETS_UTC, strict=True)]),
         Expect("loaded", 8), "was: +02:00, -05:00, +0200, +08:00 loaded as the wall clock; each is now its instant "
         "(naive text is in SHOPCOPY_TIMEZONE, UTC here; a space before the offset is read too)"),
    Case("orders-naive-in-source-zone", "orders",
         csv_case("berlin.csv", NAIVE_BERLIN, [typed(NAIVE_BERLIN[0], ordered_at=utc(2026, 3, 1, 9)),
                                                typed(NAIVE_BERLIN[1], ordered_at=utc(2026, 7, 1, 8)),
                                                typed(NAIVE_BERLIN[2], ordered_at=utc(2026, 3, 1, 8))]),
         Expect("loaded_with_warnings", 3, 3, (5, 6, 7), "'2026-10-25 02:30:00' happens twice in Europe/Berlin"),
         "naive times are Berlin wall clock (winter +01, summer +02); a time the clocks skip or repeat, "
         "or a zone abbreviation (CST: China or Central?), is quarantined, never guessed",
         source={"timezone": "Europe/Berlin"}),
    Case("orders-epoch-and-serial-dates", "orders",
         csv_case("epoch.csv", EPOCHS, [typed(EPOCHS[0], ordered_at=utc(2026, 3, 1, 10)),
                                         typed(EPOCHS[1], ordered_at=utc(2026, 3, 1, 10, 0, 0, 123000))]),
         Expect("loaded_with_warnings", 2, 2, (4, 5), "looks like a spreadsheet serial date"),
         "epoch seconds (10 digits) and milliseconds (13) are UTC by definition; a spreadsheet serial has "
         "no zone and two calendars (1900/1904), and a 9-digit number is no date: quarantined"),
    Case("customers-offsets", "customers",
         lambda d: c.Built(c.write(d, "tz.jsonl", c.jsonl(PEOPLE_TZ)),
                           [{**r, "signup_at": t} for r, t in zip(PEOPLE_TZ, PEOPLE_TZ_UTC, strict=True)]),
         Expect("loaded", 4), "customers' signup_at keeps its offset the same way"),
    Case("products-parquet-timestamptz", "products", _parquet_instants, Expect("loaded", 2),
         "was: timestamp[tz=UTC] read one or two hours off under a non-UTC TZ; the instant is kept "
         "(tests/ingest/test_timezones.py runs it under two host zones)"),
    Case("orders-stray-quote", "orders", csv_case("stray.csv", STRAY, STRAY_GOOD),
         Expect("loaded_with_warnings", 41, 1, (22,), "malformed CSV line 22: a quote opens a value that is never closed"),
         "was: the quote swallowed 19 lines and switched quoting off; now that line alone is quarantined "
         "and quoted values after it load without their quotes; a quote inside a value is kept"),
    Case("orders-mixed-line-endings", "orders", _mixed_endings, Expect("loaded", 5),
         "was: rejected as 'not valid UTF-8'; LF and CRLF both end a record, newlines inside quotes stay exact"),
    Case("orders-european-semicolon", "orders",
         csv_case("eu.csv", EU, [typed(r, unit_price=v, currency="EUR") for r, v in zip(EU, EU_VALUES, strict=True)], sep=";"),
         Expect("loaded", 6), "was: '1.234' read as 1.234 (a 1000x error) while '9,50' was quarantined; the file's "
         "decimal comma is found from its numbers, so 1.234 is 1234; € and EUR match the row's currency"),
    Case("orders-ambiguous-number", "orders", csv_case("ambiguous.csv", AMBIGUOUS, [typed(AMBIGUOUS[1], unit_price=12.0)]),
         Expect("loaded_with_warnings", 1, 1, (2,), "'1.234' is ambiguous (decimal point or thousands separator?)"),
         "nothing in the file shows its decimal separator: 1.234 or 1234 is not ours to guess"),
    Case("orders-configured-decimal", "orders", csv_case("conf.csv", AMBIGUOUS, [typed(AMBIGUOUS[0], unit_price=1234.0),
                                                                              typed(AMBIGUOUS[1], unit_price=12.0)]),
         Expect("loaded", 2), "the source says decimal = \",\", so '1.234' is 1234", source={"decimal": ","}),
    Case("orders-mixed-decimal-conventions", "orders",
         csv_case("mixedlocale.csv", MIXED_LOCALE, [typed(r, unit_price=v) for r, v in
                                                    zip(MIXED_LOCALE[:2] + MIXED_LOCALE[4:], (9.5, 19.99, 2.75), strict=True)]),
         Expect("loaded_with_warnings", 3, 2, (4, 5), "'9,50' uses a decimal comma but most numbers in this file use a decimal point"),
         "two conventions in one file: the minority and the ambiguous values are quarantined"),
    Case("orders-currency-symbols", "orders",
         csv_case("symbols.csv", SYMBOLS, [typed(SYMBOLS[0], unit_price=12.5), typed(SYMBOLS[1], unit_price=12.5),
                                            typed(SYMBOLS[2], unit_price=1234.5)]),
         Expect("loaded_with_warnings", 3, 3, (5, 6, 7), "'€12.50' is priced in EUR but the row's currency is USD"),
         "a symbol or code that matches the row's currency is stripped; another currency, or one we do not "
         "know, is quarantined"),
    Case("products-parquet-text-prices", "products", _parquet_text_prices,
         Expect("loaded_with_warnings", 1, 2, (2, 3), "price: '39,00 €' uses a decimal comma but numbers in parquet files"),
         "text prices in a typed file follow the same rules; a Parquet file's numbers use a decimal point"),
    Case("orders-duplicate-column", "orders",
         raw_case("dupcol.csv", c.csv_text([{**o("DC1"), "unit_price2": "99"}], cols=[*c.ORDER_COLS, "unit_price2"])
                  .replace("unit_price2", "Unit_Price", 1)),
         rejected("column 'unit_price' and 'Unit_Price' (columns 6 and 12)"),
         "was: one of the two loaded silently ('extra' column); which one holds the price is not ours to guess"),
    Case("products-parquet-duplicate-column", "products", _parquet_dup_columns, rejected("column 'price' twice"),
         "was: DuckDB renamed the second one price_1 and the first one loaded"),
    Case("customers-json-duplicate-key", "customers",
         raw_case("dupkey.jsonl", '{"user_id": "DK1", "locale": "en-US", "marketing_consent": true, "locale": "zh-CN"}\n'),
         rejected("line 1 has the key 'locale' twice"), "two values for one key: neither is chosen"),
    Case("orders-csv-gzip", "orders", csv_case("orders.csv.gz", GZ := [o("GZ1"), o("GZ2", user="Zoë, 🛒")],
                                               [typed(r) for r in GZ], compress="gzip"),
         Expect("loaded", 2), "was: refused; read directly, the ledger's sha256 is of the compressed bytes"),
    Case("orders-csv-zstd", "orders", csv_case("orders.csv.zst", ZS := [o("ZS1"), o("ZS2", price="1,234.50")],
                                               [typed(ZS[0]), typed(ZS[1], unit_price=1234.5)], compress="zstd"),
         Expect("loaded", 2), "zstd too; '1,234.50' has both separators, so it is 1234.5 in any file"),
    Case("customers-jsonl-gzip", "customers", _jsonl([cu("JG1", name="王伟"), cu("JG2")], "gzip"), Expect("loaded", 2),
         "was: refused; JSON lines compressed with gzip"),
    Case("customers-jsonl-zstd", "customers", _jsonl([cu("JZ1"), cu("JZ2", name="Zoë")], "zstd"), Expect("loaded", 2),
         "and with zstd"),
    Case("orders-gz-not-gzip", "orders", raw_case("plain.csv.gz", c.csv_text([o("NG1")])),
         rejected("the name says gzip-compressed (.gz) but the content is not"), "the name promises gzip; no guessing"),
    Case("orders-gzip-truncated", "orders", _truncated_gzip, rejected("cannot decompress the file"),
         "a cut compressed file cannot be trusted at all"),
    Case("orders-windows-1252", "orders", csv_case("cp1252.csv", LATIN, [typed(r) for r in LATIN], encoding="cp1252"),
         Expect("loaded", 2), "the source says encoding = \"windows-1252\": converted to UTF-8 on read (“ ” – € differ from latin-1)",
         source={"encoding": "windows-1252"}),
    Case("orders-windows-1252-unconfigured", "orders", raw_case("cp1252x.csv", c.csv_text(LATIN).encode("cp1252")),
         rejected("it looks like windows-1252: set encoding = \"windows-1252\""),
         "without the setting the file is refused whole, saying which encoding it looks like"),
    Case("orders-gbk", "orders", csv_case("gbk.csv", HANZI, [typed(r) for r in HANZI], encoding="gbk"),
         Expect("loaded", 2), "GBK exports of Chinese shops, converted on read", source={"encoding": "gbk"}),
    Case("orders-gbk-unconfigured", "orders", raw_case("gbkx.csv", c.csv_text(HANZI).encode("gbk")),
         rejected("it looks like gbk"), "named as GBK, not just 'not UTF-8'"),
    Case("orders-status-channel-mapping", "orders",
         csv_case("vocab.csv", VOCAB, [typed(VOCAB[0], status="delivered", channel="web"), typed(VOCAB[1], status="shipped", channel="store"),
                                        typed(VOCAB[2], status="paid"), typed(VOCAB[3], status="returned", channel="app")]),
         Expect("loaded_with_warnings", 4, message="status: 1 row(s) have values validation will refuse: 'paid' (1); "
                "allowed: placed, shipped, delivered, cancelled, returned", hidden=("V3|1",)),
         "the source maps its words to the warehouse's; a word it does not map is named at load time with the "
         "allowed values, and validation hides its row", source=VOCAB_SOURCE),
]
