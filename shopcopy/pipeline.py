"""The nightly's stage order, written once.

Two callers run a night: the Prefect flow (flows/nightly.py, each stage a subflow the UI shows)
and `shopcopy run nightly` without a server (shopcopy/cli/local.py, the same stage functions
without Prefect). Each hands `run_stages` one callable per stage; the order, and the rule that no
stage may be left out, live here, so the two paths cannot drift apart (they once did: the
no-server path skipped the campaigns refresh).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

NIGHTLY_STAGES: tuple[str, ...] = ("ingest", "validate", "model", "generate", "campaigns")
"""ingest → validate (and its gate) → features, demand, recommendations, evaluation → LLM copy →
running campaigns' results. The run report follows, from what the warehouse then holds."""


def run_stages(runners: Mapping[str, Callable[[dict[str, Any]], Any]]) -> dict[str, Any]:
    """Call each stage's runner in NIGHTLY_STAGES order; a runner gets the results so far.

    Raises ValueError, before anything runs, when a stage has no runner or an unknown one is given.
    """
    missing = [s for s in NIGHTLY_STAGES if s not in runners]
    unknown = sorted(set(runners) - set(NIGHTLY_STAGES))
    if missing or unknown:
        raise ValueError(f"nightly stages: missing {missing or 'none'}, unknown {unknown or 'none'}; "
                         f"a night runs {', '.join(NIGHTLY_STAGES)}")
    results: dict[str, Any] = {}
    for stage in NIGHTLY_STAGES:
        results[stage] = runners[stage](results)
    return results
