"""Stored text judged again by the gate in force, so a stricter gate never leaves old,
now-failing text in a marts view.

The marts show a text only when its `gate_version` is the gate in force. On every writable
connect (and with `shopcopy guard rejudge`) the published and approved texts judged by another
gate are checked again against today's catalog: a text that now fails a hard check becomes
`rejected`, a published one that now fails a soft check goes to `needs_review` (an approved one
stays approved: a person already accepted its soft failures). Every status change is a row in
ops.review_log (reviewer "gate"), and the new failures are appended to the text's failures.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

import duckdb

from shopcopy.guardrails import check_row, gate_version, parse_json
from shopcopy.warehouse.catalog import load_catalog
from shopcopy.warehouse.retry import write_attempts
from shopcopy.warehouse.sql import run_sql

REVIEWER = "gate"


@dataclass
class RejudgeReport:
    gate_version: str
    checked: int = 0
    changed: Counter = field(default_factory=Counter)   # "published -> rejected" -> n

    def summary(self) -> str:
        moves = ", ".join(f"{k}: {v}" for k, v in sorted(self.changed.items())) or "no change"
        return f"Re-judged {self.checked} stored text(s) with {self.gate_version}: {moves}"


def record_gate(con: duckdb.DuckDBPyConnection) -> str:
    """Write the gate in force into ops.guardrail_policy (what the marts compare against)."""
    version = gate_version()
    for tx in write_attempts(con, "review"):
        with tx:
            run_sql(con, "guardrails/replace_policy", {"gate_version": version})
    return version


def rejudge(con: duckdb.DuckDBPyConnection) -> RejudgeReport:
    """Judge again every published/approved text the gate in force has not judged yet."""
    version = gate_version()
    report = RejudgeReport(version)
    cur = run_sql(con, "guardrails/stale_texts", {"gate_version": version})
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    if not rows:
        return report
    catalog = load_catalog(con)
    for tx in write_attempts(con, "review"):
        with tx:
            report = RejudgeReport(version)  # an attempt run again after a conflict counts afresh
            for row in rows:
                report.checked += 1
                output = parse_json(row["output"]) or {}
                verdict = check_row(row["task"], {**output, "inputs": row["inputs"]}, catalog)
                status = _new_status(row["status"], verdict.status)
                failures = parse_json(row["guardrail_failures"]) or []
                if verdict.failures:
                    failures += [{"attempt": row["attempts"], "gate_version": version, **f.as_dict()}
                                 for f in verdict.failures]
                run_sql(con, f"guardrails/rejudged_{row['task']}", {
                    "status": status, "guardrail_failures": json.dumps(failures, ensure_ascii=False),
                    "gate_version": version, "output_id": row["output_id"]})
                if status != row["status"]:
                    report.changed[f"{row['status']} -> {status}"] += 1
                    checks = sorted({f.check for f in verdict.failures})
                    run_sql(con, "review/insert_review_log", {
                        "output_id": row["output_id"], "task": row["task"], "action": "rejudge",
                        "from_status": row["status"], "to_status": status, "reviewer": REVIEWER,
                        "reason": f"{version}: {', '.join(checks)}"})
    return report


def _new_status(stored: str, judged: str) -> str:
    if judged == "rejected":
        return "rejected"
    if stored == "published" and judged == "needs_review":
        return "needs_review"
    return stored


def stamp(con: duckdb.DuckDBPyConnection, task: str, output_id: str, status: str,
          failures) -> None:
    """Record that the gate in force judged a text (e.g. when a reviewer's approval re-checked it)."""
    run_sql(con, f"guardrails/rejudged_{task}", {
        "status": status, "guardrail_failures": failures if isinstance(failures, str)
        else json.dumps(failures, ensure_ascii=False), "gate_version": gate_version(),
        "output_id": output_id})
