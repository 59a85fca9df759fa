"""LLM access: one openai-based client, the embedded llama.cpp server, versioned prompts, schemas.

Guardrails (checks on generated text) live in shopcopy.llm.guardrails.
"""

from shopcopy.llm.client import CallRecord, Completion, LLMClient, make_client
from shopcopy.llm.server import Endpoint, LLMServerError, embedded_server, llm_endpoint

__all__ = [
    "CallRecord", "Completion", "Endpoint", "LLMClient", "LLMServerError",
    "embedded_server", "llm_endpoint", "make_client",
]
