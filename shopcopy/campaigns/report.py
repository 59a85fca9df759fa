"""The campaign report: arms, uplift with intervals, and the cumulative-conversion chart, as
markdown for the Prefect artifact and rows for the CLI. The same numbers as marts.campaign_results."""

from __future__ import annotations

import base64
from pathlib import Path

from shopcopy.campaigns.chart import conversion_chart_png, cumulative_conversion
from shopcopy.campaigns.results import CampaignResults

METRIC_LABEL = {"conversion": "conversion (pp)", "revenue_per_member": "revenue per member"}


def _missing(v) -> bool:
    return v is None or v != v  # None, or NaN (undefined: an empty or one-member arm)


def _pct(v) -> str:
    return "–" if _missing(v) else f"{100 * v:.2f}%"


def _num(v, scale=1.0, digits=2) -> str:
    return "–" if _missing(v) else f"{v * scale:+.{digits}f}"


def arm_rows(r: CampaignResults) -> list[list[str]]:
    return [[a["arm"], str(a["members"]), str(a["exported"]), str(a["conversions"]),
             _pct(a["conversion_rate"]), str(a["orders"]), f"{a['revenue']:.2f}",
             "–" if a["revenue_per_member"] is None else f"{a['revenue_per_member']:.2f}",
             "–" if _missing(a["mde"]) else f"{100 * a['mde']:.1f}pp"] for a in r.arms]


ARM_HEADERS = ["arm", "members", "exported", "converted", "conversion", "orders", "revenue",
               "revenue/member", "MDE"]
COMPARISON_HEADERS = ["arm", "vs", "metric", "uplift", "95% interval", "p (Holm)", "significant", "note"]


def comparison_rows(r: CampaignResults) -> list[list[str]]:
    out = []
    for c in r.comparisons:
        scale, unit = (100, "pp") if c["metric"] == "conversion" else (1, "")
        interval = ("–" if _missing(c["ci_low"])
                    else f"[{_num(c['ci_low'], scale)}{unit}, {_num(c['ci_high'], scale)}{unit}]")
        p = c["p_adjusted"]
        out.append([c["arm"], c["compared_to"], METRIC_LABEL[c["metric"]],
                    "–" if _missing(c["estimate"]) else f"{_num(c['estimate'], scale)}{unit}", interval,
                    "–" if _missing(p) else f"{p:.4f}", "yes" if c["significant"] else "no",
                    c["note"] or ""])
    return out


def chart(r: CampaignResults) -> bytes:
    curve = cumulative_conversion(r.outcomes, r.campaign["send_at"], r.campaign["window_days"],
                                  r.observed_days)
    return conversion_chart_png(curve, f"{r.campaign['campaign_id']}: members converted since the send",
                                r.campaign["window_days"])


def save_chart(r: CampaignResults, folder: Path) -> Path:
    folder = Path(folder) / r.campaign["campaign_id"]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cumulative_conversion.png"
    path.write_bytes(chart(r))
    return path


def status_line(r: CampaignResults) -> str:
    c = r.campaign
    state = ("window closed" if r.window_closed else
             f"window open: {r.observed_days:.1f} of {c['window_days']} days observed")
    return (f"Sent {c['send_at']:%Y-%m-%d %H:%M} UTC, attribution window {c['window_days']} days "
            f"({state}); holdout {c['holdout_share']:.0%}, assignment {c['assignment']}; "
            f"alpha {c['alpha']}, intervals 95% (Newcombe for conversion, Welch for revenue), "
            "p-values Holm-adjusted")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def render_markdown(r: CampaignResults, png: bytes | None = None) -> str:
    parts = [f"# Campaign {r.campaign['campaign_id']}\n", status_line(r) + "\n",
             "## Arms\n", _table(ARM_HEADERS, arm_rows(r)),
             "## Uplift\n", _table(COMPARISON_HEADERS, comparison_rows(r))]
    if png is not None:
        # Inline, so the artifact shows the picture without any file server.
        parts += ["## Cumulative conversion per arm\n",
                  f"![cumulative conversion](data:image/png;base64,{base64.b64encode(png).decode()})\n"]
    return "\n".join(parts)
