"""Helpers shared by the stage flows: the run id, run names and tags that say what a run is for,
and the one warehouse connection per stage."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import duckdb
from prefect import get_run_logger
from prefect.context import TagsContext
from prefect.runtime import flow_run

from shopcopy import warehouse
from shopcopy.settings import get_settings

SNAPSHOT_TAG = "snapshot:"


def run_id_for(prefix: str) -> str:
    """The id of the run at the top (the nightly, for its stage subflows), so every row a night
    writes carries one id that is also its Prefect flow run id; a fresh id outside Prefect."""
    if not flow_run.id:
        return f"{prefix}-{uuid.uuid4().hex[:12]}"
    return str(flow_run.root_flow_run_id or flow_run.id)


def is_subflow() -> bool:
    return bool(flow_run.parent_flow_run_id)


def snapshot_label() -> str:
    """The snapshot a run is for: its own parameter, else the snapshot tag of the run around it
    (stage subflows), else today in SHOPCOPY_TIMEZONE."""
    given = flow_run.parameters.get("snapshot_date")
    if given:
        return str(given)
    for tag in TagsContext.get().current_tags:
        if tag.startswith(SNAPSHOT_TAG):
            return tag.removeprefix(SNAPSHOT_TAG)
    return get_settings().today().isoformat()


def run_name(stage: str) -> Callable[[], str]:
    """A flow_run_name callable: "nightly-2026-12-01" instead of a random name."""
    return lambda: f"{stage}-{snapshot_label()}"


def snapshot_tags(snapshot: date) -> list[str]:
    """Tags every stage run and task run of a night carries (set with prefect.tags)."""
    return ["shopcopy", f"{SNAPSHOT_TAG}{snapshot.isoformat()}"]


def record_resolved_snapshot(snapshot: date) -> None:
    """Write the date a run resolved (None means today) back onto its Prefect run: as a tag and
    as the snapshot_date parameter, so the Parameters tab shows it and a Retry from the UI
    reruns that same day instead of whatever "today" is then. Cosmetic, so it never fails a run."""
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            run = client.read_flow_run(flow_run.id)
            client.update_flow_run(run.id, tags=sorted({*run.tags, *snapshot_tags(snapshot)}),
                                   parameters={**run.parameters, "snapshot_date": snapshot.isoformat()})
    except Exception as exc:  # the API is only asked for a label here; the run goes on
        get_run_logger().debug("could not record snapshot %s on the run: %s", snapshot, exc)


@contextmanager
def stage_connection(wait_s: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    con = warehouse.connect(get_settings().warehouse, wait_s=wait_s)
    try:
        yield con
    finally:
        con.close()
