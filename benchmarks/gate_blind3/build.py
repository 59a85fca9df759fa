"""Build the blind3 corpus with the shared tooling (benchmarks/gate_build.py, casekit.py):

  PYTHONPATH=$PWD python benchmarks/gate_blind3/build.py dump <warehouse>   # shop_inputs.json, catalog.json
  PYTHONPATH=$PWD python benchmarks/gate_blind3/build.py                    # cases.jsonl + checks (same sha256)
"""
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gate_build import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, date(2026, 9, 1), ["cases_en3", "cases_zh3"], strict=False)
