"""Validate stage: the Great Expectations suites on raw.*, quarantine, the critical gate and the
data-sufficiency verdict. `run_validate` is the stage function the flow and the CLI both call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from shopcopy.settings import Settings
from shopcopy.validate.keys import check_keys
from shopcopy.validate.sufficiency import (
    Sufficiency,
    data_sufficiency,
    latest_sufficiency,
    record_sufficiency,
)
from shopcopy.validate.suites import GateFailed, ValidationReport, gate, latest_results, validate


@dataclass(frozen=True)
class ValidateResult:
    report: ValidationReport
    sufficiency: Sufficiency

    def summary(self) -> dict:
        return {**self.report.summary(), "sufficient": self.sufficiency.sufficient,
                "low_confidence": self.sufficiency.low_confidence}


def run_validate(con: duckdb.DuckDBPyConnection, run_id: str, snapshot_date: date, settings: Settings,
                 engine: str = "auto") -> ValidateResult:
    """Run the suites, then record data sufficiency. The caller applies `gate(result.report)`,
    which raises GateFailed on a critical failure (the nightly stops there)."""
    report = validate(con, run_id, snapshot_date, settings, engine=engine)
    report.suites.append(check_keys(con, run_id, snapshot_date))  # keys the warehouse cannot enforce
    verdict = record_sufficiency(con, run_id, data_sufficiency(con, snapshot_date, settings))
    return ValidateResult(report, verdict)


__all__ = [
    "GateFailed", "Sufficiency", "ValidateResult", "ValidationReport", "data_sufficiency", "gate",
    "latest_results", "latest_sufficiency", "record_sufficiency", "run_validate", "validate",
]
