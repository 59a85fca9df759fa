"""LLM access only: one openai-based client, the embedded llama.cpp server, versioned prompts,
schemas and the budget. Imports are lazy, so `shopcopy.llm.schemas` costs no openai import;
publishing policy lives in shopcopy.guardrails."""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "CallRecord": "client", "Completion": "client", "LLMClient": "client", "make_client": "client",
    "Endpoint": "server", "LLMServerError": "server", "embedded_server": "server",
    "llm_endpoint": "server",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"shopcopy.llm.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'shopcopy.llm' has no attribute {name!r}")
