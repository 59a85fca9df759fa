"""Bad-input corpus (issue #8): every crafted file ends exactly as its case in cases.py decides.

Each case runs on a private copy of a small clean warehouse (3 products, 3 customers, 3 orders).
A rejected file must leave every table's content unchanged except for its one ledger row; a
loaded file must keep every good row with its values, quarantine exactly the bad rows with their
line numbers, and after validation staging.* must hide exactly the rows a critical rule failed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from shopcopy import warehouse
from shopcopy.ingest.load import KIND_BY_NAME, FileOutcome, ingest_file, ingest_inbox
from shopcopy.ingest.sources import Source, SourceOptions
from shopcopy.settings import get_settings
from shopcopy.validate.suites import validate
from tests.fixtures.warehouse import SAMPLE_SNAPSHOT
from tests.reliability import corpus as c
from tests.reliability.cases import CASES as BAD_INPUT
from tests.reliability.cases import Case, Expect
from tests.reliability.cases_exports import EXPORT_CASES

RUN = "r-corpus"
CASES = BAD_INPUT + EXPORT_CASES
# The same key text the validation stage stores in ops.quarantine.row_key.
STAGING_KEY = {"orders": "concat_ws('|', order_id, line_no)", "products": "product_id", "customers": "user_id"}


@pytest.fixture(scope="module")
def base_warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    c.base_inbox(root / "inbox")
    path = root / "base.duckdb"
    with warehouse.connect(path) as con:
        report = ingest_inbox(con, root / "inbox", "base")
        assert [(f.status, f.rows_loaded) for f in report.files] == [("loaded", 3)] * 3
    return path


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return get_settings(docs_dir=tmp_path_factory.mktemp("docs"))


@pytest.fixture
def wh(base_warehouse, tmp_path):
    path = tmp_path / "wh.duckdb"
    shutil.copy(base_warehouse, path)
    con = warehouse.connect(path)
    yield con
    con.close()


def contents(con) -> dict[str, list[str]]:
    """Every row of every table in the warehouse, comparable across a load."""
    tables = [t for (t,) in con.execute(
        "select schema_name || '.' || table_name from duckdb_tables() "
        "where not temporary and database_name = current_database() order by 1").fetchall()]
    return {t: sorted(map(repr, con.execute(f"select * from {t}").fetchall())) for t in tables}


def key_text(kind: str, row: dict) -> str:
    return "|".join(str(row[k]) for k in c.KEYS[kind])


def test_corpus_is_big_and_varied():
    assert len(CASES) >= 30 and len({k.id for k in CASES}) == len(CASES)
    kinds = Counter(k.kind for k in CASES)
    outcomes = Counter("rejected" if k.expect.status == "rejected" else
                       "quarantined" if k.expect.quarantined else "loaded" for k in CASES)
    assert min(kinds.values()) >= 10 and min(outcomes.values()) >= 10, (kinds, outcomes)


@pytest.mark.parametrize("case", CASES, ids=[k.id for k in CASES])
def test_bad_input_case(case: Case, wh, tmp_path, settings):
    before = contents(wh)
    built = case.build(tmp_path / "inbox" / case.kind)
    outcome = ingest_file(wh, KIND_BY_NAME[case.kind], built.path, RUN, source_of(case))
    e = case.expect
    assert (outcome.status, outcome.rows_loaded, outcome.rows_quarantined) == (e.status, e.loaded, e.quarantined), outcome
    after = contents(wh)
    assert_one_new_ledger_row(wh, before.pop("ops.ingest_files"), after.pop("ops.ingest_files"), outcome, e)
    if e.status == "rejected":
        assert e.message in outcome.error
        assert after == before  # byte-for-byte the same content everywhere else
        return
    assert_good_rows_kept(wh, case.kind, built, before, after, e)
    assert_quarantined(wh, built.path, outcome, e)
    assert_staging_after_validation(wh, case.kind, built, e, settings)


def source_of(case: Case) -> Source:
    options = SourceOptions(**(case.source or {}))
    return Source(name="case", options=options, timezone=options.timezone or "UTC")


def assert_one_new_ledger_row(con, before: list, after: list, outcome: FileOutcome, e: Expect) -> None:
    assert set(before) < set(after) and len(after) == len(before) + 1
    row = con.execute("select status, rows, rows_loaded, rows_quarantined, error, run_id, sha256 "
                      "from ops.ingest_files where path = ?", [outcome.path]).fetchall()
    received = hashlib.sha256(Path(outcome.path).read_bytes()).hexdigest()  # compressed or not
    assert row == [(e.status, e.loaded + e.quarantined, e.loaded, e.quarantined, outcome.error, RUN, received)]


def assert_good_rows_kept(con, kind: str, built: c.Built, before: dict, after: dict, e: Expect) -> None:
    """Nothing that was there is gone, and each good row of the file is there with its values."""
    for table, rows in before.items():
        assert set(rows) <= set(after[table]), f"{table} lost rows"
    table = KIND_BY_NAME[kind].table
    assert len(after[table]) == len(before[table]) + e.loaded
    assert len(built.good) == e.loaded
    for good in built.good:
        cols = list(good)
        where = " and ".join(f"{k} = ?" for k in c.KEYS[kind])
        got = con.execute(f"select {', '.join(cols)} from {table} where {where}",
                          [good[k] for k in c.KEYS[kind]]).fetchall()
        assert len(got) == 1, (key_text(kind, good), got)
        stored = dict(zip(cols, got[0], strict=True))
        if stored.get("attributes") is not None:
            stored["attributes"] = json.loads(stored["attributes"])
        assert stored == good


def assert_quarantined(con, path: Path, outcome: FileOutcome, e: Expect) -> None:
    rows = con.execute("select row_number, reasons, row_data from ops.quarantine "
                       "where source = ? and stage = 'ingest' order by row_number", [str(path)]).fetchall()
    assert tuple(r[0] for r in rows) == e.lines
    assert all(r[1] and r[2] is not None for r in rows)  # a reason and the verbatim row, always
    said = " | ".join([*outcome.warnings, *(reason for r in rows for reason in r[1])])
    assert e.message in said


def assert_staging_after_validation(con, kind: str, built: c.Built, e: Expect, settings) -> None:
    if not e.loaded:
        return
    # The quarantine (hence staging) always follows the DuckDB rules; the GE report is tested in test_quality.
    validate(con, "v-corpus", SAMPLE_SNAPSHOT, settings, suites=(f"raw_{kind}",), engine="duckdb")
    visible = {r[0] for r in con.execute(f"select {STAGING_KEY[kind]} from staging.{kind}").fetchall()}
    mine = {key_text(kind, g) for g in built.good}
    assert mine - visible == set(e.hidden)
    base = {"orders": {"B1|1", "B2|1", "B3|1"}, "products": {"P1", "P2", "P3"}, "customers": {"U1", "U2", "U3"}}
    assert base[kind] <= visible  # a bad file never hides the good rows already there
    warned = {r[0] for r in con.execute(
        "select row_key from ops.quarantine where stage = 'validate' and severity = 'warning' and table_name = ?",
        [KIND_BY_NAME[kind].table]).fetchall()}
    assert set(e.flagged) <= warned and set(e.flagged) <= visible
