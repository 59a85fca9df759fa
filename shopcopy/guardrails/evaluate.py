"""The labelled evaluation corpus (shopcopy/guardrails/corpus/) and the figures it gives.

Each case is one text with real sample-shop inputs, a family and a label: `bad` must never be
published, `good` should be. `evaluate()` judges every case with the gate; `figures()` gives, per
split, locale, family and label, how many were published / held for review / rejected: recall
on bad texts (share not published) and false-hold rate on good texts (share not published).
Pure: reads only the packaged corpus files.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from shopcopy.guardrails.catalog import Catalog
from shopcopy.guardrails.policy import load_policy
from shopcopy.guardrails.verdict import check

CORPUS_DIR = Path(__file__).with_name("corpus")
LABELS = ("bad", "good")
SPLITS = ("dev", "holdout", "fresh")


@dataclass(frozen=True)
class Case:
    id: str
    split: str
    task: str
    locale: str
    family: str
    label: str
    inputs: dict
    output: dict
    note: str = ""


@dataclass(frozen=True)
class Result:
    case: Case
    status: str
    checks: tuple[str, ...]
    ms: float

    @property
    def published(self) -> bool:
        return self.status == "published"

    @property
    def correct(self) -> bool:
        return self.published == (self.case.label == "good")


def _read(name: str):
    return yaml.safe_load((CORPUS_DIR / name).read_text(encoding="utf-8"))


@cache
def corpus_catalog() -> Catalog:
    """The sample shop's catalog the corpus inputs come from, with the policy's external brands."""
    return Catalog.from_products(_read("catalog.yaml")["products"], load_policy().external_brands)


@cache
def load_cases() -> tuple[Case, ...]:
    shared = _read("inputs.yaml")
    cases = []
    for path in sorted(CORPUS_DIR.glob("cases_*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
            ref = raw["inputs"]
            if isinstance(ref, str):
                if ref not in shared:
                    raise ValueError(f"{path.name}: case {raw['id']} names inputs '{ref}', which "
                                     "inputs.yaml does not have")
                entry = shared[ref]
                if entry["task"] != raw["task"]:
                    raise ValueError(f"{path.name}: case {raw['id']} is a {raw['task']} text but "
                                     f"inputs '{ref}' are for {entry['task']}")
                inputs = entry["inputs"]
            else:
                inputs = ref
            if raw["label"] not in LABELS or raw["split"] not in SPLITS:
                raise ValueError(f"{path.name}: case {raw['id']}: label must be one of {LABELS}, "
                                 f"split one of {SPLITS}")
            cases.append(Case(raw["id"], raw["split"], raw["task"], raw["locale"], raw["family"],
                              raw["label"], inputs, raw["output"], raw.get("note", "")))
    ids = Counter(c.id for c in cases)
    if dup := [i for i, n in ids.items() if n > 1]:
        raise ValueError(f"corpus case ids must be unique; repeated: {dup[:5]}")
    return tuple(cases)


def corpus_version() -> str:
    h = hashlib.sha256()
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def evaluate(cases=None, catalog: Catalog | None = None) -> list[Result]:
    """Judge every case with the gate; results keep the time each check took."""
    catalog = catalog or corpus_catalog()
    cases = list(cases if cases is not None else load_cases())
    for locale in {c.locale for c in cases}:  # load word lists and tokenizers before timing
        warm = next(c for c in cases if c.locale == locale)
        check(warm.task, warm.output, warm.inputs, catalog)
    out = []
    for case in cases:
        t = time.perf_counter()
        verdict = check(case.task, case.output, case.inputs, catalog)
        ms = (time.perf_counter() - t) * 1000
        out.append(Result(case, verdict.status, tuple(sorted({f.check for f in verdict.failures})), ms))
    return out


def figures(results: list[Result]) -> list[dict]:
    """One row per (split, locale, family, label), plus '(all)' rows per split/locale/label."""
    groups: dict[tuple, Counter] = {}
    for r in results:
        c = r.case
        for family in (c.family, "(all)"):
            for split in (c.split, "(all)"):
                key = (split, c.locale, family, c.label)
                groups.setdefault(key, Counter())[r.status] += 1
    rows = []
    for (split, locale, family, label), n in sorted(groups.items()):
        total = sum(n.values())
        held = total - n["published"]
        rows.append({"split": split, "locale": locale, "family": family, "label": label,
                     "cases": total, "published": n["published"], "needs_review": n["needs_review"],
                     "rejected": n["rejected"],
                     # bad: share kept out of the marts; good: share wrongly kept out
                     "recall": round(held / total, 4) if label == "bad" else None,
                     "false_hold": round(held / total, 4) if label == "good" else None})
    return rows


def figure_table(results: list[Result], eval_id: str) -> list[dict]:
    """figures() with what identifies the run: the rows ops.guardrail_evals keeps."""
    from shopcopy.guardrails.data import gate_version

    mean_ms = sum(r.ms for r in results) / len(results) if results else 0.0
    head = {"eval_id": eval_id, "gate_version": gate_version(), "corpus_version": corpus_version(),
            "mean_ms": round(mean_ms, 3)}
    return [{**head, **row} for row in figures(results)]
