"""The one LLM client: the official `openai` package against any OpenAI-compatible endpoint.

It asks for JSON in the form the server takes, validates the reply with a pydantic model, re-asks
once with the validation error, and returns a record per HTTP call for ops.llm_calls. HTTP-level
retries (429, 5xx, timeouts, connection errors) are the openai client's own `max_retries` with
exponential backoff; a reply that arrives but does not parse is what the re-ask is for.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import openai
from pydantic import BaseModel, ValidationError

from shopcopy.llm.budget import Budget
from shopcopy.llm.schemas import response_schema
from shopcopy.llm.server import Endpoint
from shopcopy.settings import Settings

log = logging.getLogger(__name__)

# The order in which `auto` falls back when a server rejects a response_format.
_FALLBACK = {"json_schema": "json_object", "json_object": "prompt", "prompt": None}
_MAX_ERROR_CHARS = 500


@dataclass
class CallRecord:
    """One HTTP request to the model, as it goes to ops.llm_calls."""

    attempt: int
    outcome: str  # ok | invalid_json | schema_error | invalid_format | http_error | timeout | rate_limited | budget
    error: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: int = 0


@dataclass
class Completion:
    output: dict | None
    records: list[CallRecord] = field(default_factory=list)
    text: str | None = None  # the reply as written (text calls), parsed or not

    @property
    def ok(self) -> bool:
        return self.output is not None

    @property
    def tokens_in(self) -> int:
        return sum(r.tokens_in for r in self.records)

    @property
    def tokens_out(self) -> int:
        return sum(r.tokens_out for r in self.records)


class ReplyError(ValueError):
    def __init__(self, outcome: str, message: str):
        super().__init__(message)
        self.outcome = outcome


def parse_reply(content: str | None, model: type[BaseModel]) -> dict:
    """Validated output fields from a reply; tolerates code fences and chatter around the JSON."""
    if not content or not content.strip():
        raise ReplyError("invalid_json", "empty reply")
    text = content.strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        try:
            data = json.loads(text[start : end + 1]) if 0 <= start < end else None
        except json.JSONDecodeError:
            data = None
        if data is None:
            raise ReplyError("invalid_json", f"reply is not a JSON object: {text[:120]!r}") from None
    if not isinstance(data, dict):
        raise ReplyError("schema_error", f"expected a JSON object, got {type(data).__name__}")
    try:
        return model.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'reply'}: {e['msg']}" for e in exc.errors())
        raise ReplyError("schema_error", problems) from None


def reask_message(model: type[BaseModel], error: str) -> dict:
    keys = ", ".join(f'"{k}"' for k in model.model_fields)
    return {"role": "user", "content": f"That reply was not valid ({error}). Reply again with only "
                                       f"one JSON object with the string fields {keys}."}


def _outcome_of(exc: Exception) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, openai.RateLimitError):
        return "rate_limited"
    return "http_error"


def _format_rejected(exc: Exception) -> bool:
    """The server refused our response_format (llama.cpp answers json_schema with a 500)."""
    text = str(exc).lower()
    return isinstance(exc, openai.APIStatusError) and ("response_format" in text or "json_schema" in text)


class LLMClient:
    """Thread-safe: worker threads share one instance; the JSON mode it settles on is per instance."""

    def __init__(self, endpoint: Endpoint, settings: Settings, *, api_key: str | None = None):
        self.endpoint = endpoint
        # The key lives only inside the openai client; never in logs, records or reprs.
        self._openai = openai.OpenAI(
            base_url=endpoint.base_url,
            api_key=api_key or settings.api_key() or "no-key-needed",
            timeout=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )
        self.model = endpoint.model or self._discover_model()
        mode = settings.llm_json_mode
        self.json_mode = ("json_object" if endpoint.embedded else "json_schema") if mode == "auto" else mode
        self._auto = mode == "auto"
        self._lock = threading.Lock()
        self._repeat_penalty = settings.llm_repeat_penalty

    def __repr__(self) -> str:
        return f"LLMClient(base_url={self.endpoint.base_url!r}, model={self.model!r}, json_mode={self.json_mode!r})"

    def _discover_model(self) -> str:
        ids = [m.id for m in self._openai.models.list().data]
        if len(ids) != 1:
            raise ValueError(
                f"The endpoint {self.endpoint.base_url} serves {len(ids)} models; set SHOPCOPY_LLM_MODEL "
                f"to one of them (e.g. {', '.join(ids[:5])})."
            )
        return ids[0]

    @property
    def openai(self) -> openai.OpenAI:
        """The underlying client (the benchmark's bare baseline uses it directly)."""
        return self._openai

    def response_format(self, output_model: type[BaseModel], mode: str | None = None) -> dict | None:
        mode = mode or self.json_mode
        schema = response_schema(output_model)
        if mode == "json_schema":
            return {"type": "json_schema",
                    "json_schema": {"name": output_model.__name__, "schema": schema, "strict": False}}
        if mode == "json_object":
            return {"type": "json_object", "schema": schema}
        return None  # "prompt": the prompt itself asks for the JSON shape

    def _create(self, messages: list[dict], output_model, max_tokens: int, temperature: float):
        while True:
            mode = self.json_mode
            fmt = self.response_format(output_model, mode)
            try:
                return self._openai.chat.completions.create(
                    model=self.model, messages=messages, max_tokens=max_tokens,
                    temperature=temperature, **({"response_format": fmt} if fmt else {}),
                    **self._decoding(),
                )
            except openai.APIStatusError as exc:
                if not (self._auto and _format_rejected(exc) and _FALLBACK[mode]):
                    raise
                with self._lock:
                    if self.json_mode == mode:
                        self.json_mode = _FALLBACK[mode]
                        log.warning("%s rejected response_format %s; using %s", self.endpoint.base_url, mode, self.json_mode)

    def _call(self, messages, output_model, attempt, max_tokens, temperature) -> tuple[str | None, CallRecord]:
        started = time.perf_counter()
        try:
            resp = self._create(messages, output_model, max_tokens, temperature)
        except (openai.APIError, openai.APIResponseValidationError) as exc:
            ms = int((time.perf_counter() - started) * 1000)
            return None, CallRecord(attempt, _outcome_of(exc), f"{type(exc).__name__}: {exc}"[:_MAX_ERROR_CHARS], latency_ms=ms)
        ms = int((time.perf_counter() - started) * 1000)
        usage = getattr(resp, "usage", None)
        record = CallRecord(attempt, "ok", None, getattr(usage, "prompt_tokens", 0) or 0,
                            getattr(usage, "completion_tokens", 0) or 0, ms)
        choices = getattr(resp, "choices", None)
        if not choices:
            record.outcome, record.error = "invalid_json", f"reply without choices: {str(resp)[:120]!r}"
            return None, record
        return choices[0].message.content, record

    def complete(
        self,
        messages: list[dict],
        output_model: type[BaseModel],
        *,
        max_tokens: int,
        temperature: float,
        budget: Budget | None = None,
        first_attempt: int = 1,
    ) -> Completion:
        """Ask, validate, and re-ask once with the validation error. Never raises for model faults."""
        result = Completion(None)
        messages = list(messages)
        for attempt in (first_attempt, first_attempt + 1):
            if budget is not None and not budget.acquire():
                result.records.append(CallRecord(attempt, "budget", "run budget used up before this call"))
                return result
            content, record = self._call(messages, output_model, attempt, max_tokens, temperature)
            result.records.append(record)
            if budget is not None:
                budget.spend(record.tokens_in + record.tokens_out)
            if record.outcome != "ok":
                return result  # transport faults were already retried by the openai client
            try:
                result.output = parse_reply(content, output_model)
                return result
            except ReplyError as exc:
                record.outcome, record.error = exc.outcome, str(exc)[:_MAX_ERROR_CHARS]
                messages += [{"role": "assistant", "content": (content or "")[:2000]},
                             reask_message(output_model, str(exc)[:300])]
        return result


    def complete_text(
        self,
        prompt: str,
        parse: Callable[[str], dict | str | None],
        *,
        max_tokens: int,
        temperature: float,
        stop: list[str] | None = None,
        grammar: str | None = None,
        budget: Budget | None = None,
        first_attempt: int = 1,
    ) -> Completion:
        """One few-shot `/v1/completions` call, its text parsed into output fields by `parse`.

        No re-ask: a base model has no conversation to correct; a reply that does not parse is
        recorded (`invalid_format`) and the caller draws another candidate if it wants one.
        `grammar` (GBNF) constrains decoding on llama.cpp endpoints; others ignore it.
        """
        return self._text_call(
            lambda: self._openai.completions.create(
                model=self.model, prompt=prompt, max_tokens=max_tokens, temperature=temperature,
                stop=stop or None, **self._decoding(grammar)),
            lambda resp: getattr(resp.choices[0], "text", None),
            parse, budget, first_attempt)

    def chat_text(
        self,
        messages: list[dict],
        parse: Callable[[str], dict | str | None],
        *,
        max_tokens: int,
        temperature: float,
        stop: list[str] | None = None,
        grammar: str | None = None,
        budget: Budget | None = None,
        first_attempt: int = 1,
    ) -> Completion:
        """One chat call whose plain-text reply (no JSON) `parse` turns into output fields: what
        prompt set v3 asks an instruct model for (one sentence). Same records as complete_text."""
        return self._text_call(
            lambda: self._openai.chat.completions.create(
                model=self.model, messages=messages, max_tokens=max_tokens, temperature=temperature,
                stop=stop or None, **self._decoding(grammar)),
            lambda resp: resp.choices[0].message.content,
            parse, budget, first_attempt)

    def _text_call(self, create, text_of, parse, budget: Budget | None, first_attempt: int) -> Completion:
        result = Completion(None)
        if budget is not None and not budget.acquire():
            result.records.append(CallRecord(first_attempt, "budget", "run budget used up before this call"))
            return result
        started = time.perf_counter()
        try:
            resp = create()
        except (openai.APIError, openai.APIResponseValidationError) as exc:
            ms = int((time.perf_counter() - started) * 1000)
            result.records.append(CallRecord(first_attempt, _outcome_of(exc),
                                             f"{type(exc).__name__}: {exc}"[:_MAX_ERROR_CHARS], latency_ms=ms))
            return result
        ms = int((time.perf_counter() - started) * 1000)
        usage = getattr(resp, "usage", None)
        record = CallRecord(first_attempt, "ok", None, getattr(usage, "prompt_tokens", 0) or 0,
                            getattr(usage, "completion_tokens", 0) or 0, ms)
        result.records.append(record)
        if budget is not None:
            budget.spend(record.tokens_in + record.tokens_out)
        text = text_of(resp) if getattr(resp, "choices", None) else None
        result.text = text
        output = parse(text) if text else None
        if not isinstance(output, dict):  # None, or a string saying why the text was refused
            why = f" ({output})" if isinstance(output, str) else ""
            record.outcome = "invalid_format"
            record.error = f"reply is not in the expected form{why}: {(text or '')[:160]!r}"
            output = None
        result.output = output
        return result

    def _decoding(self, grammar: str | None = None) -> dict:
        """Decoding extras only a llama.cpp server takes (OpenAI rejects unknown parameters)."""
        if not self.endpoint.embedded:
            return {}
        extra = {"repeat_penalty": self._repeat_penalty, "cache_prompt": True}
        return {"extra_body": {**extra, "grammar": grammar} if grammar else extra}


def make_client(endpoint: Endpoint, settings: Settings) -> LLMClient:
    return LLMClient(endpoint, settings)
