"""Write cases.jsonl (deterministic) for the gate_words corpus and check every case against
shopcopy's schemas. Inputs come from the blind3 sample shop (../gate_blind3/shop_inputs.json).

  PYTHONPATH=$PWD /work/main/.venv/bin/python benchmarks/gate_words/build.py
"""
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import casekit  # noqa: E402

casekit.use(HERE.parent / "gate_blind3")  # the blind3 sample shop's inputs and catalog
import cases_words_en  # noqa: E402,F401
import cases_words_zh  # noqa: E402,F401

from shopcopy.llm import schemas  # noqa: E402
from shopcopy.tasks import TASKS  # noqa: E402

INPUT = {"product_descriptions": schemas.ProductDescriptionInput,
         "recommendation_messages": schemas.RecommendationInput,
         "demand_insights": schemas.DemandInsightInput}

ids = Counter(c["id"] for c in casekit.CASES)
assert not [i for i, n in ids.items() if n > 1], [i for i, n in ids.items() if n > 1]
for c in casekit.CASES:
    assert INPUT[c["task"]](**c["inputs"]).model_dump(mode="json") == c["inputs"], c["id"]
    out = TASKS[c["task"]].output_model(**c["output"]).model_dump()
    assert out == c["output"], (c["id"], out, c["output"])
    assert all("{" not in v.replace("{first_name}", "") for v in c["output"].values()), c["id"]
text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in casekit.CASES)
(HERE / "cases.jsonl").write_text(text, encoding="utf-8")
print("sha256", hashlib.sha256(text.encode()).hexdigest())
print(len(casekit.CASES), Counter((c["locale"], c["label"]) for c in casekit.CASES))
