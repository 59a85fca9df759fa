"""The reviewable guardrail policy (banned phrases, external brands, length limits) from YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

POLICY_FILE = Path(__file__).with_name("banned_phrases.yaml")
SEVERITIES = ("hard", "soft")


@dataclass(frozen=True)
class PhraseGroup:
    name: str
    severity: str
    pattern: re.Pattern

    @property
    def check(self) -> str:
        return f"banned_phrase.{self.name}"


@dataclass(frozen=True)
class Policy:
    banned: tuple[PhraseGroup, ...]
    external_brands: tuple[str, ...]
    product_lines: tuple[str, ...]
    lengths: dict[str, dict[str, tuple[int, int]]]

    def checks(self) -> dict[str, str]:
        return {g.check: g.severity for g in self.banned}


def _phrase_pattern(phrases: list[str]) -> re.Pattern:
    # Whole words for Latin phrases; CJK has no spaces, so Chinese phrases match as substrings.
    parts = [re.escape(p) if not p.isascii() else rf"(?<![A-Za-z0-9]){re.escape(p)}(?![A-Za-z0-9])"
             for p in sorted(phrases, key=len, reverse=True)]
    return re.compile("|".join(parts), re.I)


def parse_policy(data: dict) -> Policy:
    groups = []
    for name, spec in (data.get("banned_phrases") or {}).items():
        if spec.get("severity") not in SEVERITIES:
            raise ValueError(f"banned_phrases.{name}: severity must be one of {SEVERITIES}")
        groups.append(PhraseGroup(name, spec["severity"], _phrase_pattern(
            [str(p) for p in spec.get("phrases") or []])))
    lengths = {task: {f: (int(lo), int(hi)) for f, (lo, hi) in fields.items()}
               for task, fields in (data.get("lengths") or {}).items()}
    return Policy(tuple(groups), tuple(data.get("external_brands") or ()),
                  tuple(data.get("product_lines") or ()), lengths)


@cache
def load_policy(path: Path | str = POLICY_FILE) -> Policy:
    """Parsed once per process and never mutated (the dataclass is frozen)."""
    path = Path(path)
    try:
        return parse_policy(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (OSError, yaml.YAMLError, ValueError, TypeError) as exc:
        raise ValueError(f"Guardrail policy {path} is invalid: {exc}. Fix the file and rerun.") from exc
