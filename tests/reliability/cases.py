"""The bad-input corpus as a table: one case = a file builder, the decided outcome, and why.

Outcomes are what a careful data engineer wants, not what the code happened to do; cases whose
`why` starts with "was:" record a behaviour that was fixed in shopcopy/readers.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.reliability import corpus as c
from tests.reliability.corpus import customer as cu
from tests.reliability.corpus import order as o
from tests.reliability.corpus import product as p


@dataclass(frozen=True)
class Expect:
    status: str                      # loaded | loaded_with_warnings | rejected
    loaded: int = 0                  # rows merged into raw.*
    quarantined: int = 0             # rows written to ops.quarantine by ingest
    lines: tuple[int, ...] = ()      # their row_number (line in the file; CSV: record number)
    message: str = ""                # in the ledger error (rejected) or warnings/quarantine reasons
    hidden: tuple[str, ...] = ()     # keys staging.* hides after validation (critical failures)
    flagged: tuple[str, ...] = ()    # keys a warning expectation flags; still visible downstream


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    build: Callable[[Path], c.Built]
    expect: Expect
    why: str
    source: dict | None = None       # sources.toml options the file is read with (SourceOptions)


def rejected(message: str) -> Expect:
    return Expect("rejected", message=message)


def _orders(name, rows, good, **fmt):
    return lambda d: c.orders_csv(d, name, rows, good, **fmt)


def _raw(name, body, good=()):
    return lambda d: c.Built(c.write(d, name, body), list(good))


def _parquet(name, rows, good=None, frame=None):
    return lambda d: c.products_parquet(d, name, frame if frame is not None else c.products_frame(rows),
                                        rows if good is None else good)


def _customers(name, rows, good, **fmt):
    return lambda d: c.customers_jsonl(d, name, rows, good, **fmt)


GOOD = [o("O1"), o("O2", product="P2", price="39.00")]
HEADER_ONLY = ",".join(c.ORDER_COLS) + "\n"
BAD_TYPES = [o("O1"), o("O2", qty="two"), o("O3", price="9,50"), o("O4", line_no="1.5"),
             o("O5", ordered_at="03/01/2026 10am"), o("O6", discount="ten%"), o("O7", qty="2.5")]
ABSURD = [o("O1", qty="1000000000"), o("O2", price="1e12"), o("O3", qty="99999999999"), o("O4")]
NULL_KEYS = [o(""), o("O2", line_no=""), o("O3", user=""), o("O4")]
DUPS = [o("O1", qty="1"), o("O1", qty="5"), o("O2")]
DATES = [o("O1", ordered_at="2040-01-01 00:00:00"), o("O2", ordered_at="1999-12-31 23:59:59"), o("O3")]
UNICODE = [o("订单-1", user="顾客😀"), o("O2", user="Zoë 🛒")]
QUOTED = [o('O"7", part 2', user="U1, the first"), o("O8", user="U1\nsecond line")]
INJECT = [o("O1'); drop table raw.orders; --"), o("O2", user="{{ system }} <|im_start|>")]
TRUNCATED = c.csv_text(GOOD)[:-15]

ORDER_CASES = [
    Case("orders-control", "orders", _orders("good.csv", GOOD, GOOD), Expect("loaded", 2),
         "control: a clean export loads every row"),
    Case("orders-empty", "orders", _raw("empty.csv", b""), rejected("empty (0 bytes)"),
         "nothing to load and no header to check: an export that failed"),
    Case("orders-binary", "orders", _raw("binary.csv", bytes(range(256)) * 8), rejected("not valid UTF-8"),
         "not text at all"),
    Case("orders-truncated", "orders", _raw("cut.csv", TRUNCATED), rejected("truncated"),
         "cut off mid-line: the rows after the cut are missing, so none of it is trusted"),
    Case("orders-semicolon", "orders", _orders("semi.csv", GOOD, GOOD, sep=";"), Expect("loaded", 2),
         "DuckDB's sniffer detects the delimiter; values are read correctly"),
    Case("orders-tab", "orders", _orders("tab.csv", GOOD, GOOD, sep="\t"), Expect("loaded", 2),
         "tab-separated is detected like semicolons"),
    Case("orders-latin1", "orders", _raw("latin1.csv", c.csv_text([o("O1", user="José")]).encode("latin-1")),
         rejected("not valid UTF-8"), "a wrong encoding garbles every non-ASCII value"),
    Case("orders-utf16-bom", "orders", _raw("utf16.csv", c.csv_text(GOOD).encode("utf-16")),
         rejected("UTF-16"), "UTF-16 is named as such so the fix (re-export as UTF-8) is obvious"),
    Case("orders-utf16le-no-bom", "orders", _raw("utf16le.csv", c.csv_text(GOOD).encode("utf-16-le")),
         rejected("UTF-16"), "was: 'missing columns o\\x00r\\x00d…' (fixed: sniffed before parsing)"),
    Case("orders-utf8-bom", "orders", _raw("bom.csv", "\ufeff" + c.csv_text(GOOD), [c.typed_order(r) for r in GOOD]),
         Expect("loaded", 2), "the BOM is not part of the first column's name"),
    Case("orders-header-only", "orders", _raw("header.csv", HEADER_ONLY), Expect("loaded_with_warnings", message="no data rows"),
         "a day without orders is valid; the ledger warns so a silent empty export is visible"),
    Case("orders-missing-column", "orders",
         _raw("nocol.csv", c.csv_text([{k: v for k, v in GOOD[0].items() if k != "quantity"}],
                                      cols=[k for k in c.ORDER_COLS if k != "quantity"])),
         rejected("missing required column(s) quantity"), "no row can be complete without it"),
    Case("orders-renamed-column", "orders",
         _raw("renamed.csv", c.csv_text(GOOD).replace("quantity", "qty", 1)),
         rejected("missing required column(s) quantity; found order_id, line_no, user_id, product_id, qty"),
         "a renamed column is not guessed; the error lists what was found"),
    Case("orders-extra-columns", "orders",
         _raw("extra.csv", c.csv_text([{**GOOD[0], "coupon": "SAVE10", "gift": "no"}], cols=[*c.ORDER_COLS, "coupon", "gift"]),
              [c.typed_order(GOOD[0])]),
         Expect("loaded_with_warnings", 1, message="extra column(s) ignored: coupon, gift"),
         "known columns load; extra ones are named in the ledger (extra_columns)"),
    Case("orders-wrong-types", "orders", _orders("types.csv", BAD_TYPES, BAD_TYPES[:1]),
         Expect("loaded_with_warnings", 1, 6, (3, 4, 5, 6, 7, 8), "line_no: cannot read '1.5' as an integer"),
         "a value that cannot be cast is never guessed (9,50 is not 9.50 or 950); "
         "was: '1.5' and '2.5' silently rounded to 2 and 3 (fixed in typed_orders.sql)"),
    Case("orders-negative", "orders",
         _orders("neg.csv", [o("O1"), o("O2", qty="-1"), o("O3", price="-5"), o("O4", qty="0")], [o("O1")]),
         Expect("loaded_with_warnings", 1, 3, (3, 4, 5), "quantity: must be positive, got -1"),
         "negative or zero quantities and negative prices are impossible facts"),
    Case("orders-absurd-values", "orders", _orders("absurd.csv", ABSURD, [ABSURD[0], ABSURD[1], ABSURD[3]]),
         Expect("loaded_with_warnings", 3, 1, (4,), "cannot read '99999999999' as an integer", hidden=("O1|1", "O2|1")),
         "1e9 pieces / 1e12 each are stored (raw keeps facts) but validation hides them; "
         "a quantity past the integer range cannot be stored and is quarantined"),
    Case("orders-null-keys", "orders", _orders("nullkeys.csv", NULL_KEYS, NULL_KEYS[3:]),
         Expect("loaded_with_warnings", 1, 3, (2, 3, 4), "order_id: missing key"),
         "a row without its key cannot be merged or found again"),
    Case("orders-duplicate-keys", "orders", _orders("dups.csv", DUPS, DUPS[2:]),
         Expect("loaded_with_warnings", 1, 2, (2, 3), "appears 2 times in this file"),
         "which copy is right is not ours to guess: both go to quarantine"),
    Case("orders-unknown-product", "orders", _orders("fk.csv", [o("O1", product="P404"), o("O2")], [o("O2")]),
         Expect("loaded_with_warnings", 1, 1, (2,), "unknown product 'P404'"),
         "an order line must point at a catalog product (products load first)"),
    Case("orders-unknown-user", "orders", _orders("nouser.csv", [o("O1", user="U999")], [o("O1", user="U999")]),
         Expect("loaded", 1), "the customer export may lag the orders export; the sale still happened"),
    Case("orders-future-and-ancient", "orders", _orders("dates.csv", DATES, DATES),
         Expect("loaded_with_warnings", 3, message="ordered_at: 1 row(s) are dated before the shop opened (2015-01-01",
                hidden=("O1|1", "O2|1")),
         "parseable dates are stored; validation hides orders after the snapshot or before the shop opened, "
         "and the ledger says so at load time (issue 16)"),
    Case("orders-1mb-field", "orders", _orders("huge.csv", [o("O1", user="u" * 1_000_000), o("O2")],
                                               [o("O1", user="u" * 1_000_000), o("O2")]),
         Expect("loaded", 2, hidden=("O1|1",)), "stored whole; the id-length rule hides it downstream"),
    Case("orders-3mb-line", "orders", _orders("huge3.csv", [o("O1", user="u" * 3_000_000), o("O2")],
                                              [o("O1", user="u" * 3_000_000), o("O2")]),
         Expect("loaded", 2, hidden=("O1|1",)),
         "was: whole file rejected with 'CSV Error on Line: 1' (fixed: lines up to 16 MB)"),
    Case("orders-chinese-emoji", "orders", _orders("unicode.csv", UNICODE, UNICODE), Expect("loaded", 2),
         "UTF-8 text round-trips exactly"),
    Case("orders-crlf", "orders", _orders("crlf.csv", GOOD, GOOD, newline="\r\n"), Expect("loaded", 2),
         "Windows line endings are not part of the last value"),
    Case("orders-quoted-comma-newline", "orders",
         _orders("quoted.csv", [*QUOTED, "X1,1,U1", o("O9")], [*QUOTED, o("O9")]),
         Expect("loaded_with_warnings", 3, 1, (4,), "malformed CSV line 4"),
         "RFC 4180 quoting keeps commas, quotes and newlines inside values; the short line "
         "after them is record 4 (CSV row numbers count records, header = 1)"),
    Case("orders-trailing-blank-lines", "orders", _raw("trail.csv", c.csv_text(GOOD) + "\n\n\n",
                                                       [c.typed_order(r) for r in GOOD]),
         Expect("loaded", 2), "blank lines at the end are not rows"),
    Case("orders-malformed-lines", "orders",
         _orders("malformed.csv", [o("O1"), "X1,1,U1", o("O2"), "X2,1,U1,P1,2,9.5,usd,2026-03-01,placed,web,0,x,y"],
                 [o("O1"), o("O2")]),
         Expect("loaded_with_warnings", 2, 2, (3, 5), "Expected Number of Columns: 11 Found: 3"),
         "a line with the wrong number of fields is kept verbatim with its line number"),
    Case("orders-injection-text", "orders", _orders("inject.csv", INJECT, INJECT), Expect("loaded", 2),
         "values are bound data, never SQL or template code: stored literally"),
]

UNI = [p("N1", "保温杯 ☕ Travel Mug 🚀", description="不锈钢，保温 12 小时。Keeps tea hot 🍵",
         attributes='{"颜色": "白色", "emoji": "🚀"}')]
STRINGLY = [{**p("N1"), "price": "12.50", "in_stock": 1}, {**p("N2"), "price": "7", "in_stock": 0}]
STRINGLY_GOOD = [{**p("N1"), "price": 12.5, "in_stock": True}, {**p("N2"), "price": 7.0, "in_stock": False}]
UNREADABLE = [{**p("N1"), "price": "12.50", "in_stock": "true"}, {**p("N2"), "price": "n/a", "in_stock": "true"},
              {**p("N3"), "price": "3", "in_stock": "maybe"}]
PRICES = [p("N1", price=1e12), p("N2", price=-5.0), p("N3")]
KEYS = [p(None), p("N1"), p("N1", price=1.0), p("N2")]
BIG_TITLE = [p("N1", title=("Mug " * 250_000).strip()), p("N2")]
INJECTED = [p("N1", title=c.INJECTION, description="Nice mug. Visit https://evil.example now!"), p("N2")]
QUOTED_P = [p("N1", "Tea Towel, 2-pack", description='He said "wow",\r\nthen bought two.'), p("N2")]
WHEN = [p("N1", updated_at="2040-01-01 00:00:00"), p("N2", updated_at="2001-01-01 00:00:00"), p("N3")]


def _frame_nested(d: Path) -> c.Built:
    """A catalog whose export changed shape: attributes as a struct, and a new column."""
    import polars as pl

    frame = c.products_frame([p("N1")]).drop("attributes").with_columns(
        pl.struct(capacity=pl.lit("1.7 L"), watts=pl.lit(2200)).alias("attributes"), pl.lit("ACME Ltd").alias("supplier"))
    return c.products_parquet(d, "nested.parquet", frame, [{**p("N1"), "attributes": '{"capacity": "1.7 L", "watts": 2200}'}])


def _parquet_cut(d: Path) -> c.Built:
    built = c.products_parquet(d, "cut.parquet", c.products_frame([p("N1"), p("N2")]), [])
    built.path.write_bytes(built.path.read_bytes()[:300])
    return built


PRODUCT_CASES = [
    Case("products-parquet-chinese-emoji", "products", _parquet("uni.parquet", UNI), Expect("loaded", 1),
         "titles, descriptions and JSON attribute keys round-trip exactly"),
    Case("products-parquet-types-changed", "products",
         _parquet("stringly.parquet", None, STRINGLY_GOOD, frame=c.products_frame(STRINGLY)), Expect("loaded", 2),
         "price as text and in_stock as 0/1 cast cleanly: the values are unambiguous"),
    Case("products-parquet-types-unreadable", "products",
         _parquet("unreadable.parquet", None, [{**p("N1"), "price": 12.5}], frame=c.products_frame(UNREADABLE)),
         Expect("loaded_with_warnings", 1, 2, (2, 3), "price: cannot read 'n/a' as a number"),
         "text that is not a price or a boolean is quarantined, row by row"),
    Case("products-parquet-missing-columns", "products",
         _parquet("narrow.parquet", None, [], frame=c.products_frame([p("N1")]).drop("price", "currency")),
         rejected("missing required column(s) price, currency"), "no row of it could be priced"),
    Case("products-parquet-truncated", "products", _parquet_cut, rejected("not a readable Parquet file"),
         "the footer holds the schema: a cut Parquet file cannot be read at all"),
    Case("products-csv-named-parquet", "products", _raw("fake.parquet", "product_id,title\nN1,Mug\n"),
         rejected("not a readable Parquet file"), "the extension promises Parquet; no guessing"),
    Case("products-parquet-nested-and-extra", "products", _frame_nested,
         Expect("loaded_with_warnings", 1, message="extra column(s) ignored: supplier"),
         "a struct becomes JSON text in raw.products.attributes; the new column is named in the ledger"),
    Case("products-absurd-and-negative-price", "products", _parquet("prices.parquet", PRICES, [PRICES[0], PRICES[2]]),
         Expect("loaded_with_warnings", 2, 1, (2,), "price: must not be negative, got -5.0", hidden=("N1",)),
         "a negative price is impossible (quarantined); 1e12 is stored but hidden by the price range rule"),
    Case("products-null-and-duplicate-keys", "products", _parquet("keys.parquet", KEYS, KEYS[3:]),
         Expect("loaded_with_warnings", 1, 3, (1, 2, 3), "appears 2 times in this file"),
         "two versions of N1 with the same updated_at disagree on price: neither is chosen"),
    Case("products-1mb-title", "products", _parquet("bigtitle.parquet", BIG_TITLE), Expect("loaded", 2, hidden=("N1",)),
         "stored whole (nothing truncated silently); the title-length rule keeps it away from prompts"),
    Case("products-injection-title", "products", _parquet("inject.parquet", INJECTED),
         Expect("loaded", 2, flagged=("N1",)),
         "catalog text is data: stored, flagged by the prompt-injection warning rules for a person; "
         "prompts quote it and the guardrails check the output"),
    Case("products-csv-quoted-crlf", "products",
         lambda d: c.Built(c.write(d, "catalog.csv", c.csv_text(QUOTED_P, cols=c.PRODUCT_COLS, newline="\r\n")),
                           [c.typed_product(r) for r in QUOTED_P]),
         Expect("loaded", 2), "CSV catalogs load too; quoted commas, quotes and CRLF inside values survive"),
    Case("products-json-array", "products",
         lambda d: c.Built(c.write(d, "catalog.json", json.dumps([{**r, "attributes": json.loads(r["attributes"])} for r in UNI],
                                                                 ensure_ascii=False)), [c.typed_product(r) for r in UNI]),
         Expect("loaded", 1), "a JSON array of objects; nested attributes stay JSON"),
    Case("products-future-and-ancient", "products", _parquet("when.parquet", WHEN),
         Expect("loaded_with_warnings", 3, message="updated_at: 1 row(s) are dated in the future", hidden=("N1", "N2")),
         "updated_at after the snapshot or before the shop opened is stored but hidden, with a warning at load"),
]

PEOPLE = [cu("C1", "zh-CN", name="王伟 😀"), cu("C2", name="Zoë O'Brien")]
PEOPLE_GOOD = [c.typed_customer(r) for r in PEOPLE]
BAD_LINES = [cu("C1"), '{"user_id": "C2", oops', "[1, 2]", cu("C4")]
CUST_KEYS = [cu("C1"), {**cu("C0"), "user_id": None}, {**cu("C0"), "user_id": " "}, cu("C2"), cu("C2", locale="zh-CN")]
CUST_TYPES = [cu("C1"), {**cu("C2"), "marketing_consent": "perhaps"}, cu("C3", signup_at="last tuesday"),
              {**cu("C4"), "locale": None}]
RANGES = [cu("C1", locale="fr-FR"), cu("C2", signup_at="2040-01-01 00:00:00"), cu("C3", signup_at="1990-01-01 00:00:00"), cu("C4")]


def _text(rows) -> str:
    return json.dumps(rows, ensure_ascii=False)


CUSTOMER_CASES = [
    Case("customers-jsonl-chinese-emoji", "customers", _customers("people.jsonl", PEOPLE, PEOPLE), Expect("loaded", 2),
         "names keep every character"),
    Case("customers-json-array", "customers", _raw("people.json", _text(PEOPLE), PEOPLE_GOOD), Expect("loaded", 2),
         "a JSON array of objects"),
    Case("customers-json-one-object", "customers", _raw("one.json", json.dumps(PEOPLE[1], indent=2), PEOPLE_GOOD[1:]),
         Expect("loaded", 1), "was: rejected as 'no JSON objects found' (fixed: a pretty-printed object is one row)"),
    Case("customers-json-wrapper-object", "customers", _raw("wrapped.json", json.dumps({"customers": PEOPLE}, indent=2)),
         rejected("missing required column(s) user_id, locale, marketing_consent; found customers"),
         "not an array of rows: the message names what the file holds instead"),
    Case("customers-json-scalars", "customers", _raw("scalars.json", "[1, 2, 3]"), rejected("no JSON objects found"),
         "an array of numbers has no rows"),
    Case("customers-json-empty-array", "customers", _raw("none.json", "[]"), rejected("the JSON array is empty"),
         "no columns to check, like a 0-byte file (was: a confusing 'no JSON objects found')"),
    Case("customers-csv-named-jsonl", "customers", _raw("people.jsonl", "user_id,locale\nC1,en-US\n"),
         rejected("no JSON objects found"), "not JSON lines at all"),
    Case("customers-jsonl-bad-lines", "customers", _customers("mixed.jsonl", BAD_LINES, [BAD_LINES[0], BAD_LINES[3]]),
         Expect("loaded_with_warnings", 2, 2, (2, 3), "line 2: not valid JSON"),
         "one broken line does not cost the others; it is kept with its line number"),
    Case("customers-jsonl-truncated", "customers", _raw("cut.jsonl", c.jsonl(PEOPLE)[:-25]), rejected("truncated"),
         "was: loaded minus the cut line (fixed: same rule as CSV, the rest of the export is missing)"),
    Case("customers-json-array-truncated", "customers", _raw("cut.json", json.dumps(PEOPLE, indent=1)[:-40]),
         rejected("starts like a JSON array but is not valid JSON"),
         "was: 'no JSON objects found'; read line by line a cut array could load stray lines (fixed)"),
    Case("customers-jsonl-bom", "customers", _raw("bom.jsonl", "\ufeff" + c.jsonl(PEOPLE), PEOPLE_GOOD),
         Expect("loaded", 2), "a UTF-8 BOM is not part of the first object"),
    Case("customers-utf16", "customers", _raw("utf16.jsonl", c.jsonl(PEOPLE).encode("utf-16")), rejected("UTF-16"),
         "named encoding, clear fix"),
    Case("customers-latin1", "customers", _raw("latin1.jsonl", c.jsonl([cu("C1", name="José")]).encode("latin-1")),
         rejected("not valid UTF-8"), "a wrong encoding garbles names"),
    Case("customers-empty", "customers", _raw("empty.jsonl", b""), rejected("empty (0 bytes)"), "an export that failed"),
    Case("customers-null-and-duplicate-keys", "customers", _customers("keys.jsonl", CUST_KEYS, CUST_KEYS[:1]),
         Expect("loaded_with_warnings", 1, 4, (2, 3, 4, 5), "duplicate key user_id = C2 appears 2 times"),
         "no key, blank key, and two different C2 rows: nothing to merge on, or two truths"),
    Case("customers-wrong-types", "customers", _customers("types.jsonl", CUST_TYPES, CUST_TYPES[:1]),
         Expect("loaded_with_warnings", 1, 3, (2, 3, 4), "marketing_consent: cannot read 'perhaps' as true/false"),
         "consent is never guessed: a wrong guess means mailing someone who said no"),
    Case("customers-out-of-range", "customers", _customers("ranges.jsonl", RANGES, RANGES),
         Expect("loaded_with_warnings", 4, message="locale: 1 row(s) have values validation will refuse: 'fr-FR' (1); "
                                                   "allowed: en-US, zh-CN", hidden=("C1", "C2", "C3")),
         "unknown locale, future or pre-opening signup: stored, hidden from downstream by validation; "
         "the ledger names the refused values and the allowed ones at load time"),
    Case("customers-crlf-blank-lines", "customers", _raw("crlf.jsonl", c.jsonl(PEOPLE, newline="\r\n") + "\r\n\r\n", PEOPLE_GOOD),
         Expect("loaded", 2), "CRLF and blank lines are not rows"),
    Case("customers-extra-nested-field", "customers",
         _customers("prefs.jsonl", [{**PEOPLE[0], "prefs": {"newsletter": True}}], PEOPLE[:1]),
         Expect("loaded_with_warnings", 1, message="extra column(s) ignored: prefs"), "a new nested field is named, not loaded"),
    Case("customers-missing-required", "customers",
         _raw("nolocale.jsonl", c.jsonl([{k: v for k, v in r.items() if k != "locale"} for r in PEOPLE])),
         rejected("missing required column(s) locale"), "no row of it can be complete"),
]

CASES = ORDER_CASES + PRODUCT_CASES + CUSTOMER_CASES
