"""The nightly report's charts (matplotlib, no display needed): each takes report rows (from
shopcopy.report.nightly.build_report, i.e. the same SQL as the tables) and returns PNG bytes.
`write_charts` saves them beside the run; the Prefect artifact embeds them as data: URIs.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

SIZE, DPI = (6.4, 2.9), 100   # small enough to sit between the report's tables
# What became of the items a run asked the model about (what the budget left is no text yet,
# and would dwarf the rest on a small budget: it is in the report's table instead).
STATUS_COLORS = {"published": "#2e9e5b", "approved": "#1f6fb2", "needs_review": "#e0a526",
                 "rejected": "#d1495b", "failed": "#7d7d7d"}
STATUS_LABELS = {"needs_review": "needs review", "failed": "no usable reply"}


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _empty(fig: Figure, ax, title: str, message: str) -> bytes:
    ax.set_title(title, loc="left", fontsize=10)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_axis_off()
    return _png(fig)


def _run_labels(history: list[dict], run_id: str) -> list[str]:
    """x labels: the snapshot date (month-day), '*' on this run; repeated dates get #2, #3."""
    seen: dict[str, int] = {}
    labels = []
    for h in history:
        day = str(h["snapshot_date"])[5:] if h["snapshot_date"] else "?"
        seen[day] = seen.get(day, 0) + 1
        labels.append(day + (f" #{seen[day]}" if seen[day] > 1 else "") + (" *" if h["run_id"] == run_id else ""))
    return labels


def demand_by_category(rows: list[dict], snapshot: str) -> bytes:
    fig = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    ax = fig.subplots()
    title = f"Expected orders by category, 30 days from {snapshot}"
    if not rows:
        return _empty(fig, ax, title, "no demand predictions for this snapshot (see model evaluation)")
    top = rows[:10][::-1]
    bars = ax.barh([r["category"] for r in top], [r["expected_orders_30d"] or 0 for r in top], color="#1f6fb2")
    ax.bar_label(bars, labels=[f"{r['expected_orders_30d']:.0f} ({r['shoppers']} shoppers)" for r in top],
                 padding=3, fontsize=8)
    ax.set_title(title + ("\n(low confidence: thin history or a weak backtest, see the report)" if any(r["low_confidence"] for r in rows) else ""),
                 loc="left", fontsize=10)
    ax.set_xlabel("expected orders", fontsize=8)
    ax.margins(x=0.25)
    ax.tick_params(labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def generation_history(history: list[dict], run_id: str) -> bytes:
    """Stacked texts per run by outcome, and the pass rate (published or approved / written)."""
    fig = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    ax = fig.subplots()
    title = "Items asked per run: what became of them, and the guardrail pass rate"
    if not history:
        return _empty(fig, ax, title, "no generation runs yet")
    x = list(range(len(history)))
    bottom = [0] * len(history)
    for status, color in STATUS_COLORS.items():
        values = [h[status] or 0 for h in history]
        if any(values):
            ax.bar(x, values, bottom=bottom, color=color, label=STATUS_LABELS.get(status, status), width=0.7)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_xticks(x, _run_labels(history, run_id), fontsize=7, rotation=30, ha="right")
    ax.set_ylim(0, max(max(bottom), 1) * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("items", fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    rate = ax.twinx()
    rate.plot(x, [h["pass_rate"] if h["pass_rate"] is not None else float("nan") for h in history],
              color="black", marker="o", markersize=3, linewidth=1, label="pass rate")
    rate.set_ylim(0, 1.05)
    rate.set_ylabel("pass rate", fontsize=8)
    rate.tick_params(labelsize=8)
    handles = ax.get_legend_handles_labels()[0] + rate.get_legend_handles_labels()[0]
    ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.12, 1), frameon=False)
    ax.set_title(title, loc="left", fontsize=10)
    return _png(fig)


def llm_history(history: list[dict], run_id: str) -> bytes:
    """Calls per run (ok / without a usable reply) and the tokens they cost."""
    fig = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    ax = fig.subplots()
    title = "LLM calls and tokens per run"
    if not history:
        return _empty(fig, ax, title, "no LLM calls yet")
    x = list(range(len(history)))
    ok = [h["ok_calls"] or 0 for h in history]
    ax.bar(x, ok, color="#2e9e5b", width=0.7, label="calls, usable reply")
    ax.bar(x, [h["failed_calls"] or 0 for h in history], bottom=ok, color="#d1495b", width=0.7,
           label="calls, no usable reply")
    ax.set_xticks(x, _run_labels(history, run_id), fontsize=7, rotation=30, ha="right")
    ax.set_ylim(0, max(max(o + (h["failed_calls"] or 0) for o, h in zip(ok, history, strict=True)), 1) * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("calls", fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    tokens = ax.twinx()
    tokens.plot(x, [(h["tokens_in"] or 0) + (h["tokens_out"] or 0) for h in history], color="black",
                marker="o", markersize=3, linewidth=1, label="tokens in + out")
    tokens.set_ylim(0, max(max((h['tokens_in'] or 0) + (h['tokens_out'] or 0) for h in history), 1) * 1.15)
    tokens.set_ylabel("tokens", fontsize=8)
    tokens.tick_params(labelsize=8)
    handles = ax.get_legend_handles_labels()[0] + tokens.get_legend_handles_labels()[0]
    ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.12, 1), frameon=False)
    ax.set_title(title, loc="left", fontsize=10)
    return _png(fig)


def render_charts(report: dict) -> dict[str, bytes]:
    """{chart name: PNG bytes} for a report from build_report."""
    run_id, history = report["run_id"], report["history"]
    return {
        "demand_by_category": demand_by_category(report["demand_by_category"], report["snapshot_date"]),
        "generation_history": generation_history(history["generation"], run_id),
        "llm_history": llm_history(history["llm"], run_id),
    }


def write_charts(charts: dict[str, bytes], folder: Path) -> dict[str, Path]:
    """Save each chart as <folder>/<name>.png (the report's files on disk)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, png in charts.items():
        paths[name] = folder / f"{name}.png"
        paths[name].write_bytes(png)
    return paths


def data_uri(png: bytes) -> str:
    """An image source the Prefect UI's markdown renders without any file server."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
