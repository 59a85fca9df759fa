"""`export campaign`: the send list for the CRM — treated members only, re-checked at export time,
and a record of exactly who was exported and when.

A control member can never be in the file: the SQL selects treated arms only, and the rows are
checked once more here before anything is written.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from shopcopy.campaigns.assign import CONTROL
from shopcopy.campaigns.create import CampaignError
from shopcopy.clock import utc_naive
from shopcopy.report.queries import write_table
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_attempts

COLUMNS = ["user_id", "arm", "locale", "segment", "subject", "body", "product_ids",
           "products_json", "output_id", "prompt_name", "prompt_version", "model"]


@dataclass(frozen=True)
class ExportReport:
    export_id: str
    campaign_id: str
    path: Path
    rows: int
    by_arm: dict[str, int]
    dropped_no_consent: int
    dropped_not_sendable: int
    control_members: int

    def summary(self) -> str:
        arms = ", ".join(f"{a} {n}" for a, n in sorted(self.by_arm.items())) or "none"
        return (f"Exported {self.rows} message(s) of campaign {self.campaign_id} to {self.path} "
                f"({arms}); held back {self.control_members} control member(s); dropped "
                f"{self.dropped_no_consent} who withdrew consent since the text was written and "
                f"{self.dropped_not_sendable} whose text is no longer sendable")


def send_list(con: duckdb.DuckDBPyConnection, campaign_id: str) -> list[dict]:
    cur = run_sql(con, "campaigns/send_list", {"campaign_id": campaign_id})
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def export_campaign(con: duckdb.DuckDBPyConnection, campaign_id: str, out: Path) -> ExportReport:
    fmt = Path(out).suffix.lstrip(".").lower()
    if fmt not in ("csv", "json", "parquet"):
        raise CampaignError(f"--out must end in .csv, .json or .parquet, got '{out}'")
    if not run_sql(con, "campaigns/campaign", {"campaign_id": campaign_id}).fetchall():
        raise CampaignError(f"no campaign '{campaign_id}'; see `shopcopy campaign list`")
    rows = send_list(con, campaign_id)
    if any(r["arm"] == CONTROL for r in rows):  # the SQL never selects them; refuse loudly if it did
        raise RuntimeError("send list contains control members; nothing was exported")
    send = [r for r in rows if r["reason"] is None]
    reasons = Counter(r["reason"] for r in rows if r["reason"])
    table = pa.Table.from_pylist([{
        **{k: r[k] for k in COLUMNS if k in r},
        "product_ids": ";".join(r["product_ids"] or []),
        "products_json": _products_json(r["products"]),
    } for r in send], schema=pa.schema([(c, pa.string()) for c in COLUMNS]))
    export_id = f"ex-{uuid.uuid4().hex[:12]}"
    control = run_sql(con, "campaigns/control_count", {"campaign_id": campaign_id}).fetchone()[0]
    report = ExportReport(export_id, campaign_id, Path(out), len(send), dict(Counter(r["arm"] for r in send)),
                          reasons["no_consent"], reasons["not_sendable"], control)
    write_table(table, fmt, Path(out))
    _record(con, report, fmt, send)
    return report


def _products_json(products) -> str:
    import json

    return json.dumps(products or [], default=str, ensure_ascii=False)


def _record(con, report: ExportReport, fmt: str, send: list[dict]) -> None:
    batches = {
        "export_batch": [{"export_id": report.export_id, "campaign_id": report.campaign_id,
                          "exported_at": utc_naive(), "path": str(report.path), "format": fmt,
                          "rows": report.rows, "dropped_no_consent": report.dropped_no_consent,
                          "dropped_not_sendable": report.dropped_not_sendable,
                          "control_members": report.control_members}],
        "export_members_batch": [{"export_id": report.export_id, "campaign_id": report.campaign_id,
                                  "user_id": r["user_id"], "arm": r["arm"], "output_id": r["output_id"]}
                                 for r in send],
    }
    schema = pa.schema([("export_id", pa.string()), ("campaign_id", pa.string()),
                        ("user_id", pa.string()), ("arm", pa.string()), ("output_id", pa.string())])
    for tx in write_attempts(con, "campaigns"):
        with tx:
            con.register("export_batch", pa.Table.from_pylist(batches["export_batch"]))
            con.register("export_members_batch",
                         pa.Table.from_pylist(batches["export_members_batch"], schema=schema))
            try:
                run_sql(con, "campaigns/insert_export")
            finally:
                con.unregister("export_batch")
                con.unregister("export_members_batch")
