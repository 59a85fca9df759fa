"""A provider's batch API (OpenAI `files` + `batches`): submit a run's requests as JSONL files,
poll until the batches end, and read each request's reply back by its custom_id.

Each request is the same chat-completions body the online path sends; each reply becomes the
same CallRecord (ok, invalid_json, schema_error, http_error, rate_limited, timeout), so the
generation stage stores the same lineage and applies the same gate. A batch may take up to its
completion window (24 h); requests it did not finish (expired, cancelled) count as `timeout`
and are asked again by the next run. At most 50,000 requests go in one file.

A `BatchLedger` (the generation stage keeps one in ops.llm_batches) remembers each batch the
moment it is submitted, keyed by the digest of its request file: a run interrupted while it
waits (killed, or it stopped waiting) leaves the batch to the next run, which finds the same
requests' batch and polls it again instead of submitting and paying for it a second time.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import openai
from pydantic import BaseModel

from shopcopy.llm.client import CallRecord, LLMClient

log = logging.getLogger(__name__)

MAX_REQUESTS_PER_FILE = 50_000
ENDPOINT = "/v1/chat/completions"
TERMINAL = {"completed", "failed", "expired", "cancelled"}
_MAX_ERROR_CHARS = 500


class BatchError(RuntimeError):
    """The batch API refused or lost a whole batch (a message for the person running it)."""


@dataclass
class BatchReply:
    content: str | None
    record: CallRecord


class BatchLedger(Protocol):
    """Where submitted batches are remembered across runs (see module docstring)."""

    def find(self, requests_sha256: str) -> str | None:
        """The id of a batch of these requests whose replies were never written, if any."""

    def submitted(self, requests_sha256: str, batch_id: str, input_file_id: str, requests: int) -> None:
        """Remember a batch just submitted (must be durable before this returns)."""

    def ended(self, batch_id: str) -> None:
        """The batch reached a final state and its replies are about to be handed back."""


def request_body(client: LLMClient, messages: list[dict], output_model: type[BaseModel], *,
                 max_tokens: int, temperature: float) -> dict:
    """The chat-completions body of one request, as the online path would send it."""
    fmt = client.response_format(output_model)
    return {"model": client.model, "messages": messages, "max_tokens": max_tokens,
            "temperature": temperature, **({"response_format": fmt} if fmt else {})}


def _jsonl(requests: list[tuple[str, dict]]) -> bytes:
    return "".join(json.dumps({"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": body},
                              ensure_ascii=False) + "\n" for cid, body in requests).encode()


def _reply(line: dict, elapsed_ms: int) -> tuple[str, BatchReply]:
    cid = line.get("custom_id")
    error, response = line.get("error"), line.get("response") or {}
    status = response.get("status_code")
    if error or status != 200:
        message = (error or {}).get("message") if isinstance(error, dict) else error
        body_error = (response.get("body") or {}).get("error") if isinstance(response.get("body"), dict) else None
        message = message or (body_error or {}).get("message") or f"status {status}"
        outcome = "rate_limited" if status == 429 else "http_error"
        return cid, BatchReply(None, CallRecord(1, outcome, f"batch: {message}"[:_MAX_ERROR_CHARS],
                                                latency_ms=elapsed_ms))
    body = response.get("body") or {}
    usage = body.get("usage") or {}
    record = CallRecord(1, "ok", None, usage.get("prompt_tokens", 0) or 0,
                        usage.get("completion_tokens", 0) or 0, elapsed_ms)
    choices = body.get("choices") or []
    if not choices:
        record.outcome, record.error = "invalid_json", "batch reply without choices"
        return cid, BatchReply(None, record)
    return cid, BatchReply((choices[0].get("message") or {}).get("content"), record)


def run_batches(
    client: LLMClient,
    requests: list[tuple[str, dict]],
    *,
    window: str = "24h",
    poll_s: float = 30.0,
    timeout_s: float = 26 * 3600.0,
    metadata: dict | None = None,
    sleep: Callable[[float], None] = time.sleep,
    max_per_file: int = MAX_REQUESTS_PER_FILE,
    ledger: BatchLedger | None = None,
) -> dict[str, BatchReply]:
    """Submit (custom_id, body) requests in files of at most `max_per_file`, wait, read replies.

    Every custom_id gets a reply: the batch's own, or `timeout` when the batch ended (or we
    stopped waiting) without one. With a ledger, a file of requests already submitted and never
    collected is not submitted again: its batch is polled."""
    api = client.openai
    started = time.monotonic()
    batches, ids_of = [], {}
    for i in range(0, len(requests), max_per_file):
        part = requests[i:i + max_per_file]
        data = _jsonl(part)
        digest = hashlib.sha256(data).hexdigest()
        batch = _resume(api, ledger, digest)
        if batch is None:
            upload = api.files.create(file=("shopcopy-batch.jsonl", io.BytesIO(data)), purpose="batch")
            tags = {**{k: str(v) for k, v in (metadata or {}).items()}, "shopcopy_requests_sha256": digest}
            batch = api.batches.create(input_file_id=upload.id, endpoint=ENDPOINT, completion_window=window,
                                       metadata=tags)
            if ledger is not None:
                ledger.submitted(digest, batch.id, upload.id, len(part))
            log.warning("submitted batch %s (%d requests, file %s)", batch.id, len(part), upload.id)
        batches.append(batch)
        ids_of[batch.id] = [cid for cid, _ in part]
    pending = {b.id: b for b in batches}
    while True:
        for bid in [bid for bid, b in pending.items() if b.status not in TERMINAL]:
            pending[bid] = api.batches.retrieve(bid)
        if all(b.status in TERMINAL for b in pending.values()):
            break
        if time.monotonic() - started > timeout_s:
            log.warning("stopped waiting for batch(es) %s after %.0f s; their requests are asked "
                        "again by the next run", ", ".join(pending), timeout_s)
            break
        sleep(poll_s)
    elapsed_ms = int((time.monotonic() - started) * 1000)
    replies: dict[str, BatchReply] = {}
    for b in pending.values():
        if ledger is not None and b.status in TERMINAL:
            ledger.ended(b.id)
        if b.status == "failed":
            errors = getattr(b, "errors", None)
            detail = "; ".join(e.message or "" for e in (getattr(errors, "data", None) or [])) or "no detail"
            log.warning("batch %s failed: %s", b.id, detail)
            for cid in ids_of[b.id]:
                replies[cid] = BatchReply(None, CallRecord(1, "http_error", f"batch {b.id} failed: {detail}"
                                                           [:_MAX_ERROR_CHARS], latency_ms=elapsed_ms))
        for file_id in (b.output_file_id, b.error_file_id):
            if not file_id:
                continue
            for raw in api.files.content(file_id).text.splitlines():
                if raw.strip():
                    cid, reply = _reply(json.loads(raw), elapsed_ms)
                    replies[cid] = reply
    for cid, _body in requests:
        replies.setdefault(cid, BatchReply(None, CallRecord(
            1, "timeout", "batch ended (or was not waited for) without a reply for this request",
            latency_ms=elapsed_ms)))
    return replies


def _resume(api, ledger: BatchLedger | None, digest: str):
    """The batch a ledger remembers for these requests, as the API reports it now; None when
    there is none or the API no longer knows it (then the requests are submitted anew)."""
    batch_id = ledger.find(digest) if ledger is not None else None
    if batch_id is None:
        return None
    try:
        batch = api.batches.retrieve(batch_id)
    except openai.NotFoundError:
        log.warning("batch %s of an earlier run is unknown to the API now; submitting its requests again",
                    batch_id)
        return None
    log.warning("resuming batch %s of an earlier run (%s): not submitted again", batch_id, batch.status)
    return batch
