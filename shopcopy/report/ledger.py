"""The nightly run report: the numbers of one run, read back from the warehouse, and their markdown.

The same numbers go to ops.runs.summary, the Prefect markdown artifact and the CLI, so the UI,
SQL and the terminal never disagree.
"""

from __future__ import annotations

import json
from datetime import date

import duckdb

from shopcopy.warehouse import run_sql


def _rows(con, name: str, params: dict) -> list[dict]:
    cur = run_sql(con, f"report/{name}", params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def build_report(con: duckdb.DuckDBPyConnection, run_id: str, snapshot_date: date) -> dict:
    """Every number of the run, as plain JSON-able values."""
    p = {"run_id": run_id, "snapshot_date": snapshot_date}
    return {
        "run_id": run_id,
        "snapshot_date": snapshot_date.isoformat(),
        "ingest": _rows(con, "ingest_by_kind", {"run_id": run_id}),
        "quarantine": _rows(con, "quarantine_by_table", {"run_id": run_id}),
        "validation": _rows(con, "validation_summary", {"run_id": run_id}),
        "stages": _rows(con, "stage_counts", {"snapshot_date": snapshot_date})[0],
        "evaluations": _rows(con, "evaluations", {"snapshot_date": snapshot_date}),
        "generation": _rows(con, "generation_by_status", p),
        "llm": _rows(con, "llm_usage", {"run_id": run_id})[0],
        "top_rejections": _rows(con, "top_rejections", {"run_id": run_id}),
        "samples": _rows(con, "sample_messages", {}),
        "campaigns": _rows(con, "running_campaigns", {"snapshot_date": snapshot_date}),
    }


def _table(headers: list[str], rows: list[list]) -> str:
    if not rows:
        return "_none_\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join("" if v is None else str(v) for v in r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def _num(v) -> str:
    return "–" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def render_markdown(r: dict, docs_path: str | None = None) -> str:
    s, llm = r["stages"], r["llm"]
    parts = [
        f"# shopcopy nightly — {r['snapshot_date']}\n",
        f"Run `{r['run_id']}`\n",
        "## Ingest\n",
        _table(["table", "files", "rows loaded", "rows quarantined", "files rejected"],
               [[i["kind"], i["files"], i["rows_loaded"], i["rows_quarantined"], i["rejected"]] for i in r["ingest"]]),
        "## Validation\n",
        _table(["suite", "expectations", "failed (critical)", "failed (warning)", "rows quarantined"],
               [[v["suite"], v["expectations"], v["failed_critical"], v["failed_warning"], v["quarantined"]]
                for v in r["validation"]]),
        (f"Data Docs: `{docs_path}`\n" if docs_path else ""),
        "## Features and predictions\n",
        _table(["users with features", "predictions", "low-confidence", "users with recommendations",
                "recommendations"],
               [[s["features"], s["predictions"], s["low_confidence"], s["rec_users"], s["recs"]]]),
        _table(["model", "metric", "value", "baseline", "baseline value"],
               [[e["what"], e["metric"], _num(e["value"]), e["baseline"], _num(e["baseline_value"])]
                for e in r["evaluations"]]),
        "## Generation\n",
        _table(["task", "published", "needs_review", "rejected", "approved", "new this run"],
               [[g["task"], g["published"], g["needs_review"], g["rejected"], g["approved"], g["new_rows"]]
                for g in r["generation"]]),
        f"LLM calls: **{llm['calls']}** ({llm['failed_calls']} failed) · tokens in/out: "
        f"**{llm['tokens_in']} / {llm['tokens_out']}** · model: {llm['models'] or '–'}\n",
        "\n### Top rejection reasons\n",
        _table(["check", "texts"], [[t["check_name"], t["texts"]] for t in r["top_rejections"]]),
        "\n### Sample published messages\n",
    ]
    for m in r["samples"]:
        parts.append(f"> **{m['subject']}** ({m['locale']}, {m['segment']})  \n> {m['body']}\n\n")
    if not r["samples"]:
        parts.append("_no published messages yet_\n")
    parts += ["\n## Running campaigns\n", _campaign_table(r.get("campaigns", []))]
    return "\n".join(parts)


def _campaign_table(rows: list[dict]) -> str:
    """Campaigns with an open window: each arm, and each variant's uplift over control so far."""
    def uplift(c):
        return "" if c["uplift_pp"] is None else f"{c['uplift_pp']:+.2f}pp [{c['ci_low_pp']:+.2f}, {c['ci_high_pp']:+.2f}]"
    return _table(["campaign", "day", "arm", "members", "converted", "conversion %", "uplift vs control (95%)"],
                  [[c["campaign_id"], f"{c['days_in']}/{c['window_days']}", c["arm"], c["members"],
                    c["conversions"], c["conversion_pct"], uplift(c)] for c in rows])


def record_run_start(con, run_id: str, flow: str, snapshot_date: date) -> None:
    run_sql(con, "report/run_start", {"run_id": run_id, "flow": flow, "snapshot_date": snapshot_date})


def close_abandoned_runs(con, run_id: str) -> list[str]:
    """Mark runs left 'running' by a dead process as failed; call only while holding the run lock."""
    return [r[0] for r in run_sql(con, "report/close_abandoned_runs", {"run_id": run_id}).fetchall()]


def record_run_end(con, run_id: str, status: str, message: str | None, summary: dict | None) -> None:
    run_sql(con, "report/run_end", {"run_id": run_id, "status": status, "message": message,
                                    "summary": json.dumps(summary, default=str) if summary else None})
