"""Run a shopcopy guardrail gate over this folder's corpus: `python benchmarks/gate_blind11/run.py --repo .
[--show bad|good|all] [--json out.json]` (the runner is benchmarks/gate_corpus.py, shared by every corpus)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gate_corpus import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
