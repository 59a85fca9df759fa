"""Generate stage: work lists from the warehouse, skip-unchanged by input hash, LLM calls through
shopcopy.llm, every text judged by shopcopy.guardrails, written to gen.* with lineage.

`run_generate` (in shopcopy.generate.stage) opens the endpoint and runs the stage; the flow and the
CLI both call it. Imports are lazy so the work-list and store modules cost no openai import."""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "run_generate": "stage", "run_generation": "engine", "GenerationReport": "tally",
    "generate_items": "engine",
    "BATCH_SIZE": "engine",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"shopcopy.generate.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'shopcopy.generate' has no attribute {name!r}")
