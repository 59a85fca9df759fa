"""The review queue: list, inspect, approve and reject generated texts, with an audit trail.

Rule: a text that failed a hard guardrail check is never approved, whatever happens next. An
approval re-runs every check against today's catalog too, so a price or stock change since the
text was written blocks it. Every action (and every refused approval) lands in ops.review_log.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb

from shopcopy.guardrails import TASK_FIELDS, Catalog, check_row
from shopcopy.guardrails.catalog import parse_json
from shopcopy.review.rejudge import stamp
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.catalog import load_catalog
from shopcopy.warehouse.retry import write_attempts

TASKS = tuple(TASK_FIELDS)
STATUSES = ("published", "needs_review", "rejected", "approved")


@dataclass(frozen=True)
class ReviewResult:
    output_id: str
    ok: bool
    message: str
    task: str | None = None
    from_status: str | None = None
    to_status: str | None = None


def default_reviewer() -> str:
    """$USER, else the login name: who approved is part of the record."""
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def list_texts(con: duckdb.DuckDBPyConnection, task: str | None = None,
               status: str | None = "needs_review", limit: int = 50) -> list[dict]:
    """Newest generated texts, optionally of one task and/or status, with their failure checks."""
    if task is not None and task not in TASKS:
        raise ValueError(f"Unknown task '{task}'; expected one of {', '.join(TASKS)}")
    if status is not None and status not in STATUSES:
        raise ValueError(f"Unknown status '{status}'; expected one of {', '.join(STATUSES)}")
    rows = _texts(con, task=task, status=status, limit=limit)
    for r in rows:
        r["checks"] = sorted({f["check"] for f in r["failures"]})
    return rows


def get_text(con: duckdb.DuckDBPyConnection, output_id: str) -> dict | None:
    """One text with its output fields, inputs, failures, lineage and review history."""
    rows = _texts(con, output_id=output_id, limit=1)
    if not rows:
        return None
    row = rows[0]
    cur = run_sql(con, "review/review_history", {"output_id": output_id})
    cols = [d[0] for d in cur.description]
    row["history"] = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    return row


def approve(con: duckdb.DuckDBPyConnection, output_ids: Iterable[str], reviewer: str | None = None,
            catalog: Catalog | None = None, *, learn: bool = False) -> list[ReviewResult]:
    """Approve texts that failed only soft checks; refuse (and log) any with a hard failure.

    With `learn`, the words the gate did not know in an approved text join the learned
    vocabulary (ops.guardrail_vocabulary), so the next text using them is not held for them;
    the review log records which words were learned and from which text."""
    reviewer = reviewer or default_reviewer()
    catalog = catalog or load_catalog(con)
    return [_approve_one(con, oid, reviewer, catalog, learn) for oid in dict.fromkeys(output_ids)]


def reject(con: duckdb.DuckDBPyConnection, output_ids: Iterable[str], reason: str,
           reviewer: str | None = None) -> list[ReviewResult]:
    """Reject texts (published ones leave the marts at once); the reason is required."""
    if not reason or not reason.strip():
        raise ValueError("A rejection needs a reason (--reason), so the next reviewer knows why.")
    reviewer = reviewer or default_reviewer()
    results = []
    for oid in dict.fromkeys(output_ids):
        row = get_text(con, oid)
        if row is None:
            results.append(_not_found(oid))
            continue
        _decide(con, row, "reject", "rejected", reviewer, reason.strip())
        results.append(ReviewResult(oid, True, f"rejected ({row['status']} -> rejected)",
                                    row["task"], row["status"], "rejected"))
    return results


def _approve_one(con, output_id: str, reviewer: str, catalog: Catalog,
                 learn: bool = False) -> ReviewResult:
    row = get_text(con, output_id)
    if row is None:
        return _not_found(output_id)
    task, status = row["task"], row["status"]
    if status in ("approved", "published"):
        return ReviewResult(output_id, True, f"already {status}; nothing to do", task, status, status)
    hard = [f for f in row["failures"] if f.get("severity") == "hard"]
    why = "it failed hard check(s)"
    verdict = None
    if not hard:
        verdict = check_row(task, {**row["output"], "inputs": row["inputs"]}, catalog)
        hard = [f.as_dict() for f in verdict.hard_failures]
        why = "re-checked against today's catalog, it fails hard check(s)"
    if hard:
        detail = "; ".join(f"{f['check']}: {f.get('detail', '')}" for f in hard)
        message = (f"cannot approve {output_id}: {why} ({detail}). A text that failed a hard "
                   "check is never published; fix the inputs or prompt and regenerate it.")
        _log(con, row, "approve_refused", status, reviewer, detail)
        return ReviewResult(output_id, False, message, task, status, status)
    words = list(verdict.unknown_words) if learn and verdict else []
    for tx in write_attempts(con, "review"):
        with tx:
            _decide(con, row, "approve", "approved", reviewer, None, atomic=False)
            # The approval re-checked the text with the gate in force: the marts may show it.
            stamp(con, task, output_id, "approved", row["guardrail_failures"] or "[]")
            for locale, word in words:
                run_sql(con, "guardrails/learn_word", {"locale": locale, "word": word,
                                                       "added_by": reviewer, "output_id": output_id})
            if words:
                _log(con, row, "learn", "approved", reviewer,
                     "learned " + ", ".join(f"{w} ({loc})" for loc, w in words))
    learned = f"; learned {', '.join(w for _, w in words)}" if words else ""
    return ReviewResult(output_id, True, f"approved ({status} -> approved){learned}", task, status,
                        "approved")


def _decide(con, row: dict, action: str, to_status: str, reviewer: str, reason: str | None,
            *, atomic: bool = True) -> None:
    # Status change and audit row commit together: there is never an unexplained approval.
    if atomic:
        for tx in write_attempts(con, "review"):
            with tx:
                _decide(con, row, action, to_status, reviewer, reason, atomic=False)
        return
    run_sql(con, f"review/set_status_{row['task']}",
            {"status": to_status, "output_id": row["output_id"]})
    _log(con, row, action, to_status, reviewer, reason)


def _log(con, row: dict, action: str, to_status: str, reviewer: str, reason: str | None) -> None:
    run_sql(con, "review/insert_review_log", {
        "output_id": row["output_id"], "task": row["task"], "action": action,
        "from_status": row["status"], "to_status": to_status, "reviewer": reviewer,
        "reason": reason})


def _not_found(output_id: str) -> ReviewResult:
    return ReviewResult(output_id, False, f"no generated text with id {output_id}; "
                        "see `shopcopy review list --status all`")


def _texts(con, *, output_id: str | None = None, task: str | None = None,
           status: str | None = None, limit: int = 50) -> list[dict]:
    cur = run_sql(con, "review/texts", {"output_id": output_id, "task": task, "status": status,
                                        "limit": limit})
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    for r in rows:
        r["output"] = parse_json(r["output"]) or {}
        r["inputs"] = parse_json(r["inputs"]) or {}
        r["failures"] = parse_json(r["guardrail_failures"]) or []
    return rows


def format_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)
