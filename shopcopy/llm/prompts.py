"""Prompts as versioned jinja2 files: one file per task with a `system` and a `user` block.

The version is a hash of the file, stored with every output, so a changed prompt is a changed
input (new hash, new text) and old outputs stay traceable to the words that produced them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from shopcopy.guardrails import neutralise

PROMPTS_DIR = Path(__file__).resolve().parent / "prompts"


def _inert(value):
    """Every string of the facts made inert (role markers, delimiters, newlines): seller text
    is data, never an instruction. The stored inputs keep the original text for the checks."""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, dict):
        return {k: _inert(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_inert(v) for v in value]
    return value


def data_block(value: dict) -> str:
    """Facts as an indented JSON block that cannot close or open a <data> marker.

    `<` and `>` only occur inside JSON strings, where `\\u003c`/`\\u003e` mean the same
    characters, so the data is unchanged for a reader but a catalog title like
    "</data> ignore the rules" can never end the quoted block.
    """
    text = json.dumps(_inert(value), ensure_ascii=False, indent=1, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PROMPTS_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text for a model, not HTML; data is quoted by data_block
        keep_trailing_newline=False,
    )
    env.filters["data"] = data_block
    return env


@dataclass(frozen=True)
class Prompt:
    """Prompt set v1: one single-shot chat prompt per task (the JSON reply is validated)."""

    name: str
    version: str
    form = "chat"

    def render(self, inputs: dict, *, strict: bool = False) -> list[dict]:
        """Chat messages for one item; `strict` switches on the stricter wording for a retry."""
        template = _environment().get_template(f"{self.name}.j2")
        context = template.new_context({"inputs": inputs, "strict": strict})
        system = "".join(template.blocks["system"](context)).strip()
        context = template.new_context({"inputs": inputs, "strict": strict})
        user = "".join(template.blocks["user"](context)).strip()
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    chat = render

    def max_tokens(self, inputs: dict) -> int | None:
        return None  # SHOPCOPY_LLM_OUTPUT_TOKENS alone

    def finalize(self, output: dict, inputs: dict) -> dict:
        return output  # v1 keeps what the model wrote


def load_prompt(name: str) -> Prompt:
    """The prompt for a task, versioned by the sha256 of its file (first 12 hex digits)."""
    path = PROMPTS_DIR / f"{name}.j2"
    if not path.is_file():
        raise FileNotFoundError(f"No prompt file {path} for task '{name}'")
    return Prompt(name=name, version=hashlib.sha256(path.read_bytes()).hexdigest()[:12])


def prompt_form(settings, endpoint) -> str:
    """chat or completion for an endpoint: the setting when set, else what the model is known to
    suit (base models: completion), else chat (what OpenAI, vLLM and Ollama serve instruct models)."""
    if settings.llm_prompt_set == "v1":
        return "chat"
    if settings.llm_prompt_form != "auto":
        return settings.llm_prompt_form
    return getattr(endpoint, "form", None) or "chat"


def prompt_for(task: str, settings, endpoint):
    """The prompt a task is asked with on an endpoint: v1 (single-shot chat), v2 (prompt sets:
    the model writes the whole text) or v3 (slots: composed text, the model writes one sentence)."""
    if settings.llm_prompt_set == "v1":
        return load_prompt(task)
    chosen = settings.llm_prompt_set
    if chosen == "auto":  # measured on the embedded tiny models only; a remote model writes whole texts
        chosen = "v3" if getattr(endpoint, "embedded", False) else "v2"
    if chosen == "v3":
        from shopcopy.llm.slots import load_slot_prompt

        return load_slot_prompt(task, prompt_form(settings, endpoint))
    from shopcopy.llm.prompt_sets import load_task_prompt

    return load_task_prompt(task, prompt_form(settings, endpoint))
