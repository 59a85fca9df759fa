"""The embedded LLM: llama-cpp-python's OpenAI-compatible server with a model from PyPI
(SmolLM2-135M-Instruct or Gemma 3 270M, see shopcopy.llm.models), one server per model in use.

Started on 127.0.0.1 on a free port in its own process group, and stopped (the whole group) when
the `with` block ends, also on errors and Ctrl-C, so no server outlives the run that started it.
"""

from __future__ import annotations

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
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from shopcopy.llm.models import EmbeddedModelError, embedded_model, model_cache_dir
from shopcopy.settings import Settings

log = logging.getLogger(__name__)

class LLMServerError(RuntimeError):
    """The embedded server could not be started (the message carries the tail of its log)."""


@dataclass(frozen=True)
class Endpoint:
    """Where to send requests. The API key is deliberately not here: see client.make_client.

    `form` is the prompt form the model is best at (chat | completion) when it is known (the
    embedded models); None for an endpoint we know nothing about.
    """

    base_url: str
    model: str | None
    embedded: bool
    form: str | None = None


def default_model_key(settings: Settings | None = None, locale: str = "*") -> str:
    models = (settings or Settings()).llm_embedded_models
    return models.get(locale) or models.get("*") or "smollm2-135m"


def embedded_model_path(key: str | None = None, settings: Settings | None = None) -> Path:
    """The GGUF file of an embedded model (Gemma is assembled into the cache the first time)."""
    settings = settings or Settings()
    try:
        spec = embedded_model(key or default_model_key(settings))
        return spec.locate(model_cache_dir(settings.llm_model_cache))
    except EmbeddedModelError as exc:
        raise LLMServerError(str(exc)) from None


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
        sys.executable, "-m", "shopcopy.llm.serve",  # llama_cpp.server, safe on AMX CPUs
        "--model", str(model_path),
        "--model_alias", embedded_model_name(model_path),
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(settings.llm_server_ctx),
        "--n_threads", str(threads), "--n_threads_batch", str(threads),
        # Prompt evaluation dominates on CPU; the RAM cache reuses the evaluated system prompt
        # across requests even when tasks are interleaved (measured 3-15x faster prompts).
        "--cache", "True", "--cache_size", str(256 * 1024 * 1024), "--logits_all", "False",
        # llama-cpp-python keeps an n_batch x vocabulary logits array and copies it into every
        # cached state: with Gemma's 262k vocabulary the default 512 made one server grow past
        # 9 GB; 64 keeps a state near 70 MB and prompt evaluation as fast on CPU.
        "--n_batch", str(64 if _big_vocab(model_path) else 512),
        "--verbose", "False",
    ]


def _big_vocab(model_path: Path) -> bool:
    return "gemma" in model_path.name.lower()


def _server_env() -> dict[str, str]:
    """The child imports shopcopy.llm.serve from this very checkout, not another install."""
    root = str(Path(__file__).resolve().parents[2])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": root + (os.pathsep + path if path else "")}


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
def embedded_server(settings: Settings, *, log_path: Path | None = None,
                    model_key: str | None = None) -> Iterator[str]:
    """Start the embedded server, yield its base URL (…/v1) once it answers, always stop it."""
    model_path = embedded_model_path(model_key) if model_key else embedded_model_path()
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    if log_path is None:
        log_path = Path(tempfile.gettempdir()) / f"shopcopy-llm-{port}.log"
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen(
            server_command(settings, model_path, port),
            stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # own process group: one killpg stops it and its children
            env=_server_env(),
        )
    try:
        _wait_ready(proc, base_url, log_path, settings.llm_server_start_timeout_s)
        log.info("Embedded LLM server ready at %s (pid %d, log %s)", base_url, proc.pid, log_path)
        yield base_url
    finally:
        _stop(proc)


def _embedded_endpoint(base_url: str, key: str, settings: Settings) -> Endpoint:
    spec = embedded_model(key)
    return Endpoint(base_url, settings.llm_model or spec.alias, embedded=True, form=spec.form)


@contextmanager
def llm_endpoint(settings: Settings) -> Iterator[Endpoint]:
    """The configured endpoint, or the embedded server (default model) for the block."""
    if settings.llm_base_url:
        yield Endpoint(settings.llm_base_url.rstrip("/"), settings.llm_model, embedded=False)
        return
    key = default_model_key(settings)
    with embedded_server(settings, model_key=key) as base_url:
        yield _embedded_endpoint(base_url, key, settings)


@contextmanager
def llm_endpoints(settings: Settings) -> Iterator[dict[str, Endpoint]]:
    """Locale -> endpoint ("*" for every other locale). A configured URL serves every locale;
    embedded, one server starts per distinct model in SHOPCOPY_LLM_EMBEDDED_MODELS."""
    if settings.llm_base_url:
        yield {"*": Endpoint(settings.llm_base_url.rstrip("/"), settings.llm_model, embedded=False)}
        return
    wanted = dict(settings.llm_embedded_models)
    wanted.setdefault("*", default_model_key(settings))
    for key in set(wanted.values()):
        embedded_model(key)  # an unknown name stops here, before any server starts
    with ExitStack() as stack:
        started = {key: stack.enter_context(embedded_server(settings, model_key=key))
                   for key in sorted(set(wanted.values()))}
        yield {loc: _embedded_endpoint(started[key], key, settings) for loc, key in wanted.items()}
