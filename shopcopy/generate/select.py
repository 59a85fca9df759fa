"""Best-of-n selection: judge each candidate with the gate, score it, keep the best one.

Pure functions (no I/O). The gate's status ranks first (published > needs_review > rejected);
among equals the score decides: fact coverage, fluency (no repetition) and length fit. The
winner's row records why it won (`selection`), with every candidate's status, checks and score.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shopcopy.generate import quality

RANK = {"published": 2, "needs_review": 1, "rejected": 0}
# Length each text field should have (characters): inside scores 1, outside falls off linearly.
TARGET_CHARS = {
    "headline": (20, 90), "description": (60, 320), "subject": (15, 80), "body": (80, 480),
    "summary": (40, 260), "next_need": (10, 200),
}
ZH_SHRINK = 2.5  # a Chinese character carries about as much as 2.5 Latin characters
WEIGHTS = {"coverage": 0.5, "fluency": 0.3, "length": 0.2}
# A passing text that uses almost none of the item's facts ("Welcome back!" with no product) is
# publishable but not worth stopping for: another candidate is drawn while the limit allows.
STOP_COVERAGE = 0.34


@dataclass
class Candidate:
    index: int                 # 1-based, in the order drawn
    output: dict | None        # None: the call gave no usable text
    status: str | None = None  # the gate's verdict
    failures: list[dict] = field(default_factory=list)
    score: float = 0.0
    parts: dict = field(default_factory=dict)

    def summary(self) -> dict:
        return {"candidate": self.index, "status": self.status or "no_text",
                "checks": sorted({f.get("check", "?") for f in self.failures}),
                "score": round(self.score, 3), **{k: round(v, 3) for k, v in self.parts.items()}}


def length_fit(task: str, output: dict, locale: str) -> float:
    fits = []
    for name in quality.TEXT_FIELDS[task]:
        lo, hi = TARGET_CHARS[name]
        if str(locale).lower().startswith("zh"):
            lo, hi = lo / ZH_SHRINK, hi / ZH_SHRINK
        n = len(str(output.get(name) or "").strip())
        fits.append(1.0 if lo <= n <= hi else max(0.0, 1 - (lo - n) / lo if n < lo else 1 - (n - hi) / hi))
    return sum(fits) / len(fits)


def score(task: str, output: dict, inputs: dict) -> tuple[float, dict]:
    text = quality.text_of(task, output)
    parts = {"coverage": quality.fact_coverage(task, output, inputs),
             "fluency": 1 - quality.repetition(text),
             "length": length_fit(task, output, inputs.get("locale", "en-US"))}
    return sum(WEIGHTS[k] * v for k, v in parts.items()), parts


def judged(index: int, task: str, output: dict, inputs: dict, status: str, failures: list[dict]) -> Candidate:
    total, parts = score(task, output, inputs)
    return Candidate(index, output, status, failures, total, parts)


def good_enough(c: Candidate) -> bool:
    """Stop drawing: the candidate passed every check and uses at least a third of the key facts."""
    return c.status == "published" and c.parts.get("coverage", 0.0) >= STOP_COVERAGE


def best(candidates: list[Candidate]) -> Candidate | None:
    """The passing candidate with the best score; else the best of the least severe status."""
    usable = [c for c in candidates if c.output is not None]
    if not usable:
        return None
    return max(usable, key=lambda c: (RANK.get(c.status or "", -1), c.score, -c.index))


def selection(candidates: list[Candidate], winner: Candidate, limit: int) -> dict:
    if good_enough(winner) and winner is candidates[-1]:
        why = f"candidate {winner.index} passed every check (stopped early)"
    elif winner.status == "published":
        why = "the best-scoring of the candidates that passed every check"
    else:
        why = (f"no candidate of {len(candidates)} passed every check; kept the best-scoring "
               f"{winner.status} one")
    return {"candidates": len(candidates), "limit": limit, "winner": winner.index, "why": why,
            "scored": [c.summary() for c in candidates]}
