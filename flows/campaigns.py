"""Prefect wiring for campaigns: the campaign report (results + chart artifact) and the nightly's
refresh of running campaigns' results."""

from __future__ import annotations

import re
from datetime import date

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from flows.common import stage_connection
from shopcopy.campaigns import campaigns_due, run_campaign_results
from shopcopy.campaigns.report import chart, render_markdown


def _artifact_key(campaign_id: str) -> str:
    return "campaign-" + re.sub(r"[^a-z0-9]+", "-", campaign_id.lower()).strip("-")


@task(name="campaign-results", tags=["warehouse-writer"])
def campaign_results_task(campaign_id: str) -> dict:
    """Attribute the window's orders, compute the uplift, publish the report with its chart."""
    with stage_connection(wait_s=30) as con:
        results = run_campaign_results(con, campaign_id)
    markdown = render_markdown(results, chart(results))
    create_markdown_artifact(key=_artifact_key(campaign_id), markdown=markdown,
                             description=f"Campaign {campaign_id}: uplift per variant and cumulative conversion")
    get_run_logger().info("campaign %s: %s", campaign_id,
                          "; ".join(f"{a['arm']} {a['conversions']}/{a['members']}" for a in results.arms))
    return {"campaign_id": campaign_id, "window_closed": results.window_closed, "markdown": markdown}


@task(name="update-campaigns", tags=["warehouse-writer"])
def campaigns_due_task(snapshot_date: date) -> list[str]:
    """Campaigns whose window is open at the end of the snapshot day (or closed recently)."""
    with stage_connection(wait_s=30) as con:
        return campaigns_due(con, snapshot_date)


def refresh_campaigns(snapshot_date: date) -> list[dict]:
    """For the nightly: recompute every running campaign so the report shows today's numbers."""
    return [campaign_results_task(c) for c in campaigns_due_task(snapshot_date)]


@flow(name="campaign-report", log_prints=True)
def campaign_report_flow(campaign: str) -> dict:
    """Results of one campaign: arms, uplift with intervals, the cumulative-conversion chart.

    Args:
        campaign: The campaign's name, as given to `shopcopy campaign create --name`.
    """
    return campaign_results_task(campaign)
