"""sources.toml: per-source reading options, checked when loaded, applied to the files they name."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopcopy.ingest.load import ingest_inbox
from shopcopy.ingest.sources import SourcesFileError, load_sources, source_for
from shopcopy.settings import get_settings
from tests.reliability import corpus as c

EU_SHOP = """
[shop]
opened = 2012-05-01

[defaults]
timezone = "Europe/Berlin"

[sources.shopify]
files = ["orders/shopify-*.csv*"]
timezone = "America/New_York"
status = { Completed = "delivered", paid = "placed", refunded = "returned" }
channel = { online_store = "web", pos = "store" }

[sources.kasse]
files = ["orders/kasse/*.csv"]
delimiter = ";"
decimal = ","
encoding = "windows-1252"
"""


def write_sources(tmp_path, text: str):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_the_defaults(tmp_path):
    config = load_sources(tmp_path / "none.toml")
    src = source_for(config, "orders/x.csv", "Asia/Shanghai")
    assert (src.name, src.timezone, src.options.delimiter, src.options.decimal, src.options.encoding) == (
        "defaults", "Asia/Shanghai", "auto", "auto", "utf-8")


def test_first_matching_source_wins_over_the_defaults(tmp_path):
    config = load_sources(write_sources(tmp_path, EU_SHOP))
    shopify = source_for(config, "orders/shopify-2026-03-01.csv.gz", "UTC")
    assert (shopify.name, shopify.timezone, shopify.options.status["completed"]) == ("shopify", "America/New_York", "delivered")
    kasse = source_for(config, "orders/kasse/tag1.csv", "UTC")
    assert (kasse.name, kasse.timezone, kasse.options.delimiter_char, kasse.options.encoding) == (
        "kasse", "Europe/Berlin", ";", "cp1252")
    assert source_for(config, "customers/c.jsonl", "UTC").name == "defaults"


@pytest.mark.parametrize(("text", "message"), [
    ("[sources.x]\ndelimeter = ';'\n", "sources.x.delimeter: Extra inputs are not permitted"),
    ("[sources.x]\nencoding = 'klingon'\n", "unknown encoding 'klingon'"),
    ("[defaults]\ntimezone = 'Mars/Olympus'\n", "unknown time zone 'Mars/Olympus'"),
    ("[defaults]\ndecimal = ';'\n", "defaults.decimal"),
    ("[shop\nopened = 1\n", "is not valid TOML"),
])
def test_a_broken_sources_file_names_what_is_wrong(tmp_path, text, message):
    with pytest.raises(SourcesFileError, match=None) as err:
        load_sources(write_sources(tmp_path, text))
    assert message in str(err.value)


def test_a_mapping_to_a_value_validation_refuses_stops_the_ingest(tmp_path, con):
    path = write_sources(tmp_path, "[sources.x]\nstatus = { paid = 'payed' }\n")
    (tmp_path / "inbox").mkdir()
    with pytest.raises(SourcesFileError, match="maps 'paid' to 'payed', which validation refuses; allowed: placed"):
        ingest_inbox(con, tmp_path / "inbox", "r1", get_settings(sources_file=path))


def test_shop_opened_comes_from_the_sources_file_unless_the_environment_says(tmp_path, monkeypatch):
    path = write_sources(tmp_path, EU_SHOP)
    monkeypatch.delenv("SHOPCOPY_SHOP_OPENED", raising=False)
    assert get_settings(sources_file=path).shop_opened == date(2012, 5, 1)
    monkeypatch.setenv("SHOPCOPY_SHOP_OPENED", "2010-01-01")
    assert get_settings(sources_file=path).shop_opened == date(2010, 1, 1)
    assert get_settings(sources_file=tmp_path / "none.toml").shop_opened == date(2010, 1, 1)


def test_each_file_is_read_with_its_sources_options(tmp_path, con):
    inbox = tmp_path / "inbox"
    c.base_inbox(inbox)
    shopify = [c.order("S1", status="Completed", channel="online_store", ordered_at="2026-03-01 10:00:00"),
               c.order("S2", status="paid", channel="pos", ordered_at="2013-03-01 10:00:00")]
    c.write(inbox / "orders", "shopify-2026-03-01.csv", c.csv_text(shopify))
    kasse = [{**c.order("K1", user="Jürgen", price="1.234,50"), "currency": "EUR"}]
    c.write(inbox / "orders" / "kasse", "tag1.csv", c.csv_text(kasse, sep=";").encode("cp1252"))
    settings = get_settings(sources_file=write_sources(tmp_path, EU_SHOP))
    report = ingest_inbox(con, inbox, "r1", settings)
    assert not report.rejected, report.rejected
    got = con.execute("select order_id, user_id, unit_price, currency, ordered_at, status, channel from raw.orders "
                      "where order_id in ('S1', 'S2', 'K1') order by 1").fetchall()
    assert got == [
        ("K1", "Jürgen", 1234.5, "EUR", datetime(2026, 3, 1, 9), "delivered", "web"),      # Berlin +01
        ("S1", "U1", 9.5, "USD", datetime(2026, 3, 1, 15), "delivered", "web"),           # New York -05
        ("S2", "U1", 9.5, "USD", datetime(2013, 3, 1, 15), "placed", "store"),
    ]
    # 2013 is after the shop's opening in sources.toml (2012-05-01): no warning about it
    assert not any("before the shop opened" in w for f in report.files for w in f.warnings)


def test_cli_names_the_broken_sources_file_without_a_traceback(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from shopcopy.cli import app

    (tmp_path / "inbox").mkdir()
    monkeypatch.setenv("SHOPCOPY_WAREHOUSE", str(tmp_path / "cli.duckdb"))
    monkeypatch.setenv("SHOPCOPY_SOURCES_FILE", str(write_sources(tmp_path, "[sources.x]\ndecimal = 'x'\n")))
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "inbox")])
    assert result.exit_code == 1
    assert "sources.x.decimal" in result.output and "Traceback" not in result.output
