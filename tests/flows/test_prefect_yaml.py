"""prefect.yaml: every deployment's entrypoint imports, and the nightly schedule is what we promise."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml
from prefect.utilities.templating import apply_values

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "prefect.yaml").read_text())


def load_entrypoint(entrypoint: str):
    path, name = entrypoint.split(":")
    spec = importlib.util.spec_from_file_location(Path(path).stem + "_entry", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def test_every_deployment_entrypoint_is_a_flow():
    names = {d["name"] for d in SPEC["deployments"]}
    assert {"nightly", "backfill", "generate", "ingest"} <= names
    for deployment in SPEC["deployments"]:
        flow = load_entrypoint(deployment["entrypoint"])
        assert hasattr(flow, "fn") and hasattr(flow, "name"), deployment["entrypoint"]
        assert deployment["work_pool"]["name"] == "shopcopy-pool"


def test_nightly_runs_at_two_in_the_configured_timezone(monkeypatch):
    nightly = next(d for d in SPEC["deployments"] if d["name"] == "nightly")
    (schedule,) = nightly["schedules"]
    assert schedule["cron"] == "0 2 * * *"
    monkeypatch.setenv("SHOPCOPY_TIMEZONE", "Asia/Shanghai")
    assert apply_values(schedule, {})["timezone"] == "Asia/Shanghai"
    assert nightly["concurrency_limit"]["limit"] == 1


def test_backfill_requires_a_date():
    flow = load_entrypoint(next(d for d in SPEC["deployments"] if d["name"] == "backfill")["entrypoint"])
    assert "snapshot_date" in flow.parameters.required


def test_every_deployed_parameter_is_described_and_none_is_internal():
    """The Custom run form shows each parameter's description (from the flow's docstring);
    internal wiring such as the nightly's run id is not a parameter at all."""
    for deployment in SPEC["deployments"]:
        flow = load_entrypoint(deployment["entrypoint"])
        properties = flow.parameters.properties
        assert "run_id" not in properties, deployment["name"]
        for name, schema in properties.items():
            assert schema.get("description"), f"{deployment['name']}: parameter {name} has no description"

