"""The reviewable policy file (external brands, product lines, length limits) from YAML.

Claims and words live in the per-locale lexicon, vocabulary and glossary files (data.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

POLICY_FILE = Path(__file__).with_name("data") / "policy.yaml"


@dataclass(frozen=True)
class Policy:
    external_brands: tuple[str, ...]
    product_lines: tuple[str, ...]
    lengths: dict[str, dict[str, tuple[int, int]]]


def parse_policy(data: dict) -> Policy:
    if "banned_phrases" in data:
        raise ValueError("banned_phrases moved to the claim lexicons (lexicon_<locale>.yaml): "
                         "put each phrase in its claim class there")
    lengths = {task: {f: (int(lo), int(hi)) for f, (lo, hi) in fields.items()}
               for task, fields in (data.get("lengths") or {}).items()}
    return Policy(tuple(data.get("external_brands") or ()), tuple(data.get("product_lines") or ()),
                  lengths)


@cache
def load_policy(path: Path | str = POLICY_FILE) -> Policy:
    """Parsed once per process and never mutated (the dataclass is frozen)."""
    path = Path(path)
    try:
        return parse_policy(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (OSError, yaml.YAMLError, ValueError, TypeError) as exc:
        raise ValueError(f"Guardrail policy {path} is invalid: {exc}. Fix the file and rerun.") from exc
