"""The campaign report in Prefect (markdown artifact with the chart inline) and the nightly
report's list of running campaigns."""

from __future__ import annotations

import base64
import shutil
from datetime import date, timedelta

import pytest

from shopcopy import warehouse
from shopcopy.campaigns import (
    VariantSpec,
    create_campaign,
    export_campaign,
    run_campaign_results,
    simulate_responses,
)
from shopcopy.ingest.load import ingest_inbox
from shopcopy.report.nightly import build_report, render_markdown
from tests.campaigns.helpers import SEND_AT, SNAPSHOT, prepare_shop, publish_messages


@pytest.fixture
def running_campaign(sample_warehouse, tmp_path, monkeypatch):
    path = tmp_path / "wh.duckdb"
    shutil.copy(sample_warehouse, path)
    monkeypatch.setenv("SHOPCOPY_WAREHOUSE", str(path))
    with warehouse.connect(path) as con:
        cfg = prepare_shop(con)
        publish_messages(con, cfg)
        create_campaign(con, cfg, name="Summer.Sale", snapshot_date=SNAPSHOT, send_at=SEND_AT, holdout=0.3,
                        variants=[VariantSpec("A")], run_id="campaign-t")
        export_campaign(con, "Summer.Sale", tmp_path / "send.parquet")
        simulate_responses(con, "Summer.Sale", {"A": 0.2}, tmp_path / "inbox", seed=5)
        # only the first five days of the window have arrived so far
        for f in sorted((tmp_path / "inbox" / "orders").glob("*.csv"))[6:]:
            f.unlink()
        assert not ingest_inbox(con, tmp_path / "inbox", "ingest-t").rejected
    return path


@pytest.mark.slow
def test_campaign_report_flow_publishes_the_chart(prefect_harness, running_campaign):
    from prefect.client.orchestration import get_client

    from flows.campaigns import campaign_report_flow

    result = campaign_report_flow("Summer.Sale")
    assert not result["window_closed"]
    with get_client(sync_client=True) as client:
        artifact = client.read_latest_artifacts(limit=50)
    found = [a for a in artifact if a.key == "campaign-summer-sale"]
    assert found, [a.key for a in artifact]
    data = found[0].data
    assert "| A | " in data and "window open" in data
    png = base64.b64decode(data.split("data:image/png;base64,")[1].split(")")[0])
    assert png[:4] == b"\x89PNG"


@pytest.mark.slow
def test_the_nightly_report_lists_running_campaigns(running_campaign):
    with warehouse.connect(running_campaign) as con:
        run_campaign_results(con, "Summer.Sale")   # what the nightly's update-campaigns task runs
        during = build_report(con, "no-run", SNAPSHOT + timedelta(days=3))
        after = build_report(con, "no-run", date(2026, 8, 1))
    assert {c["arm"] for c in during["campaigns"]} == {"control", "A"}
    text = render_markdown(during)
    assert "## Running campaigns" in text and "Summer.Sale" in text and "4/14" in text
    assert after["campaigns"] == []
