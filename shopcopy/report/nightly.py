"""The nightly report: every figure of one run, read back from the warehouse with one named query
each (sql/report/), and its markdown. The Prefect artifacts, ops.runs.summary, the CLI and the
marts these queries read all show the same numbers, because none of them counts on its own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from shopcopy.warehouse import run_sql

HELD_LINES = 10  # retried / held-back items logged one line each, then "and N more"


def rows(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> list[dict]:
    """The rows of `sql/report/<name>.sql` as dicts."""
    cur = run_sql(con, f"report/{name}", params or {})
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def build_report(con: duckdb.DuckDBPyConnection, run_id: str, snapshot_date: date,
                 history_runs: int = 14) -> dict:
    """Every number of the run, as plain JSON-able values (history: the charts' series)."""
    run, snap = {"run_id": run_id}, {"snapshot_date": snapshot_date}
    return {
        "run_id": run_id,
        "snapshot_date": snapshot_date.isoformat(),
        "ingest": rows(con, "ingest_by_kind", run),
        "quarantine": rows(con, "quarantine_by_table", run),
        "validation": rows(con, "validation_summary", run),
        "stages": rows(con, "stage_counts", snap)[0],
        "evaluations": rows(con, "evaluations", snap),
        "generation": rows(con, "generation", run),
        "llm": rows(con, "llm_usage", run)[0],
        "guardrail_failures": rows(con, "guardrail_failures", run),
        "parked": rows(con, "parked_items", run),
        "samples": rows(con, "sample_messages"),
        "demand_by_category": rows(con, "demand_by_category", snap),
        "campaigns": rows(con, "running_campaigns", snap),
        "history": {
            "generation": rows(con, "generation_history", {**run, "runs": history_runs})[::-1],
            "llm": rows(con, "llm_history", {**run, "runs": history_runs})[::-1],
        },
    }


def held_back_lines(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = HELD_LINES) -> list[str]:
    """One readable line per item this run retried or held back: what a person reads in the log."""
    lines = [f"retried {r['task']} {r['item_key']}: {r['calls']} call(s), {_story(r['outcomes'])}"
             + (f" ({r['last_error'][:120]})" if r["last_error"] and not r["outcomes"].endswith("ok") else "")
             for r in rows(con, "retried_items", {"run_id": run_id, "limit": limit})]
    lines += [f"{r['status']} {r['task']} {r['item_key']} ({r['output_id']}): {r['checks']}"
              for r in rows(con, "guardrail_failures_by_item", {"run_id": run_id, "limit": limit})]
    return lines


def _story(outcomes: str) -> str:
    """'ok -> ok' reads as nothing happened: a call that answered but was followed by another
    had its text rejected by the guardrails (the strict retry)."""
    steps = outcomes.split(" -> ")
    return " -> ".join([("text rejected" if o == "ok" else o) for o in steps[:-1]] + steps[-1:])


# ---- markdown ---------------------------------------------------------------------------------

def _table(headers: list[str], body: list[list]) -> str:
    if not body:
        return "_none_\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join("" if v is None else str(v) for v in r) + " |" for r in body]
    return "\n".join(lines) + "\n"


def _num(v) -> str:
    return "–" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def _chart(charts: dict[str, str], name: str, alt: str) -> str:
    return f"![{alt}]({charts[name]})\n" if name in charts else ""


def _glance(r: dict, left: int) -> str:
    """One line at the top with what a person checks first."""
    s, g = r["stages"], r["generation"]
    written = sum(x["written"] for x in g)
    live = sum(x["published"] + x["approved"] for x in g)
    rows_in = sum(i["rows_loaded"] for i in r["ingest"])
    predictions = (f"{s['predictions']} demand predictions" + (" (low confidence)" if s["low_confidence"] else "")
                   if s["predictions"] else "**no demand predictions** (too little history, see below)")
    return (f"**At a glance:** {rows_in} rows loaded · {predictions} · {written} texts written, "
            f"{live} live in the marts · {r['llm']['calls']} LLM calls"
            + (f" · {left} items left for the next run" if left else "")
            + (f" · {len(r['parked'])} parked" if r["parked"] else "") + "\n")


def render_markdown(r: dict, docs_path: str | None = None, charts: dict[str, str] | None = None) -> str:
    """The report as markdown; `charts` maps a chart name to an image source (a data: URI for
    the Prefect UI, a file path for the terminal)."""
    charts = charts or {}
    s, llm = r["stages"], r["llm"]
    skipped = [e for e in r["evaluations"] if e["note"]]
    left = sum(g["left_for_next_run"] for g in r["generation"])
    parts = [
        f"# shopcopy nightly — {r['snapshot_date']}\n",
        f"Run `{r['run_id']}`\n",
        _glance(r, left),
        "## Ingest\n",
        _table(["table", "files", "rows loaded", "rows quarantined", "files rejected"],
               [[i["kind"], i["files"], i["rows_loaded"], i["rows_quarantined"], i["rejected"]]
                for i in r["ingest"]]) if r["ingest"] else
        "_No new files in the inbox this run (files loaded before are skipped by content)._\n",
        "## Validation\n",
        _table(["suite", "expectations", "failed (critical)", "failed (warning)", "rows quarantined"],
               [[v["suite"], v["expectations"], v["failed_critical"], v["failed_warning"], v["quarantined"]]
                for v in r["validation"]]),
        (f"Data Docs: `{docs_path}`\n" if docs_path else ""),
        "## Features and predictions\n",
        _table(["users with features", "predictions", "low-confidence", "users with recommendations",
                "recommendations"],
               [[s["features"], s["predictions"], s["low_confidence"], s["rec_users"], s["recs"]]]),
        _chart(charts, "demand_by_category", "Expected orders by category, next 30 days"),
        "\n### Model evaluation (backtest on the 30 days before the snapshot)\n",
        _table(["model", "metric", "value", "baseline", "baseline value", "beats baseline"],
               [[e["what"], e["metric"], _num(e["value"]), e["baseline"], _num(e["baseline_value"]),
                 {True: "yes", False: "**no**", None: ""}[e.get("beats_baseline")]]
                for e in r["evaluations"] if not e["note"]]),
        "".join(f"- **{e['what']} {e['metric'].replace('_', ' ')}**: {e['note']}\n" for e in skipped),
        "".join(f"- ⚠ **{e['what']} {e['metric'].replace('_', ' ')} vs {e['baseline'].replace('_', ' ')}**: "
                f"{e['warning']}\n" for e in r["evaluations"] if e.get("warning")),
        ("_Demand predictions for this snapshot are marked low-confidence because of the warnings "
         "above._\n" if any(e.get("warning") for e in r["evaluations"] if e["what"] == "demand") else ""),
        "\n## Generation\n",
        _table(["task", "items", "unchanged", "parked", "asked", "written (pub·rev·rej)", "no reply",
                "left"],
               [[g["task"], g["items"], g["unchanged"], g["parked"], g["asked"],
                 f"{g['written']} ({g['published']}·{g['needs_review']}·{g['rejected']})",
                 g["failed"], g["left_for_next_run"]]
                for g in r["generation"]]),
        "_written = published · needs review · rejected; no reply = asked, no usable text (asked again "
        "next run); left = not asked, the LLM budget was used up (next run)._\n",
        f"LLM calls: **{llm['calls']}** ({llm['failed_calls']} without a usable reply) · tokens "
        f"in/out: **{llm['tokens_in']} / {llm['tokens_out']}** · model: {llm['models'] or '–'}"
        + (f" · **{left}** item(s) left for the next run by the budget" if left else "") + "\n",
        _chart(charts, "generation_history", "Texts written per run and their pass rate"),
        _chart(charts, "llm_history", "LLM calls and tokens per run"),
        "\n### Guardrail failures among this run's texts\n",
        _table(["check", "severity", "in rejected texts", "in texts held for review"],
               [[g["check_name"], g["severity"], g["rejected"], g["needs_review"]]
                for g in r["guardrail_failures"]]),
    ]
    if r["parked"]:
        parts += ["\n### Parked: not asked again until their inputs, prompt or model change\n",
                  _table(["task", "item", "failed", "runs in a row", "last error"],
                         [[p["task"], p["item_key"], p["outcome"], p["failed_runs"], p["error"]]
                          for p in r["parked"]])]
    parts.append("\n### Sample published messages\n")
    for m in r["samples"]:
        parts.append(f"> **{m['subject']}** ({m['locale']}, {m['segment']})  \n> {m['body']}\n\n")
    if not r["samples"]:
        parts.append("_no published messages yet_\n")
    if r.get("campaigns"):
        parts += ["\n## Running campaigns\n", _campaign_table(r["campaigns"])]
    return "\n".join(p for p in parts if p)


def _campaign_table(rows: list[dict]) -> str:
    """Campaigns with an open window: each arm, and each variant's uplift over control so far."""
    def uplift(c):
        return "" if c["uplift_pp"] is None else f"{c['uplift_pp']:+.2f}pp [{c['ci_low_pp']:+.2f}, {c['ci_high_pp']:+.2f}]"
    return _table(["campaign", "day", "arm", "members", "converted", "conversion %", "uplift vs control (95%)"],
                  [[c["campaign_id"], f"{c['days_in']}/{c['window_days']}", c["arm"], c["members"],
                    c["conversions"], c["conversion_pct"], uplift(c)] for c in rows])


def summary(r: dict) -> dict:
    """What ops.runs.summary keeps of a report: this run's figures, not the charts' history."""
    return {k: v for k, v in r.items() if k not in ("history", "demand_by_category")}


def chart_dir(reports_dir: Path, snapshot_date: date, run_id: str) -> Path:
    return Path(reports_dir) / snapshot_date.isoformat() / run_id
