"""Campaigns with holdouts: create (audience, hash-assigned arms, variant texts, MDE), export the
treated members only, attribute later orders within a window, and measure each variant's uplift
over the control group with an interval; simulate a shop's response for demos and tests.

The stage functions the CLI and the flows call: `create_campaign`, `export_campaign`,
`run_campaign_results`, `simulate_responses`. Imports are lazy (statsmodels costs a second)."""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "CampaignError": "create", "VariantSpec": "create", "create_campaign": "create",
    "parse_variants": "create", "export_campaign": "export", "run_campaign_results": "results",
    "compute_results": "results", "campaigns_to_update": "results", "campaigns_due": "results",
    "simulate_responses": "simulate", "parse_effects": "simulate",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"shopcopy.campaigns.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'shopcopy.campaigns' has no attribute {name!r}")
