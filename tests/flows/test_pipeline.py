"""The nightly's stage order is defined once (shopcopy.pipeline) for the flow and the no-server path."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from shopcopy.pipeline import NIGHTLY_STAGES, run_stages

ROOT = Path(__file__).resolve().parents[2]


def test_stages_run_in_order_and_see_earlier_results():
    seen = []

    def runner(name):
        def run(done):
            seen.append((name, tuple(done)))
            return name.upper()
        return run

    done = run_stages({s: runner(s) for s in reversed(NIGHTLY_STAGES)})
    assert [s for s, _ in seen] == list(NIGHTLY_STAGES)
    assert [earlier for _, earlier in seen] == [tuple(NIGHTLY_STAGES[:i]) for i in range(len(NIGHTLY_STAGES))]
    assert done == {s: s.upper() for s in NIGHTLY_STAGES}


def test_a_missing_or_unknown_stage_is_refused_before_anything_runs():
    ran = []
    runners = {s: (lambda done, s=s: ran.append(s)) for s in NIGHTLY_STAGES if s != "campaigns"}
    with pytest.raises(ValueError, match=r"missing \['campaigns'\]"):
        run_stages(runners)
    with pytest.raises(ValueError, match=r"unknown \['report'\]"):
        run_stages({**runners, "campaigns": lambda d: None, "report": lambda d: None})
    assert ran == []


@pytest.mark.parametrize("path", ["flows/nightly.py", "shopcopy/cli/local.py"])
def test_both_night_paths_hand_every_stage_to_run_stages(path):
    """Read, not run: each caller's run_stages({...}) names exactly the pipeline's stages."""
    tree = ast.parse((ROOT / path).read_text())
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and getattr(n.func, "id", None) == "run_stages"]
    assert len(calls) == 1, f"{path} should call run_stages once"
    keys = [k.value for k in calls[0].args[0].keys]
    assert sorted(keys) == sorted(NIGHTLY_STAGES)
