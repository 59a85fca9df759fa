"""`python -m shopcopy.llm.serve ...`: llama-cpp-python's OpenAI-compatible server, started the way
shopcopy needs it. Same arguments as `python -m llama_cpp.server`.

Why not that module directly: llama.cpp built with -march=native on a CPU that advertises AMX
uses its AMX matmul for the "extra buffer" weights, and on our machines that path dies with
SIGSEGV on the first decode (gdb: ggml_backend_amx_mul_mat). Turning the extra buffers off there
(SHOPCOPY_LLM_SERVER_EXTRA_BUFFERS=auto, the default) makes every build work; on other CPUs
nothing changes.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path


def cpu_has_amx(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    try:
        return " amx_tile" in cpuinfo.read_text(errors="replace")
    except OSError:
        return False


def extra_buffers_wanted(mode: str | None = None) -> bool:
    mode = (mode or os.environ.get("SHOPCOPY_LLM_SERVER_EXTRA_BUFFERS") or "auto").lower()
    if mode in ("on", "true", "1"):
        return True
    if mode in ("off", "false", "0"):
        return False
    return not cpu_has_amx()


def _disable_extra_buffers() -> None:
    import llama_cpp
    import llama_cpp.llama

    default = llama_cpp.llama_model_default_params

    def params():
        p = default()
        p.use_extra_bufts = False
        return p

    llama_cpp.llama_model_default_params = params
    llama_cpp.llama.llama_cpp.llama_model_default_params = params


def main() -> None:
    if not extra_buffers_wanted():
        _disable_extra_buffers()
    sys.argv[0] = "llama_cpp.server"
    runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
