"""Decode a few tokens with the installed llama-cpp-python build and the embedded model, in a
child process, so a build that crashes on this CPU is named at set-up time, not mid-run."""

from __future__ import annotations

import subprocess
import sys

from shopcopy.llm.server import LLMServerError, embedded_model_path

_CHILD = """
import sys
from llama_cpp import Llama
m = Llama(sys.argv[1], n_ctx=256, n_threads=1, verbose=False)
out = m("Steel kettle, 1.7 l. Headline:", max_tokens=4, temperature=0)
print(out["usage"]["completion_tokens"])
"""


def selftest(timeout_s: float = 120.0) -> int:
    """Completion tokens decoded; raises LLMServerError with what to do when the build fails."""
    model = embedded_model_path()
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(model)], capture_output=True,
                          text=True, timeout=timeout_s)
    if proc.returncode != 0:
        how = (f"was killed by signal {-proc.returncode}" if proc.returncode < 0
               else f"exited with code {proc.returncode}")
        raise LLMServerError(
            f"llama-cpp-python {how} while decoding with {model.name}. On CPUs with AMX a native "
            "build crashes in ggml's AMX kernels: reinstall it without them, e.g. `.venv/bin/pip "
            "uninstall -y llama-cpp-python && pip cache remove llama_cpp_python && make setup` "
            "(the Makefile builds it with -mno-amx-*). Output:\n" + (proc.stderr or proc.stdout)[-1500:])
    return int(proc.stdout.strip().splitlines()[-1])
