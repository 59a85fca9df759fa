"""shopcopy: nightly data platform for LLM-written, guardrailed e-commerce marketing copy."""

__version__ = "0.1.0"
