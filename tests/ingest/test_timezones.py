"""The host's TZ never changes a loaded value: the same inbox ingested by two processes, one in
Asia/Shanghai and one in America/New_York, gives the same instants, and they are the right ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tests.reliability import corpus as c

CHILD = """
import json, sys
from pathlib import Path
from shopcopy import warehouse
from shopcopy.ingest import run_ingest
inbox, db = Path(sys.argv[1]), Path(sys.argv[2])
with warehouse.connect(db) as con:
    report = run_ingest(con, inbox, "tz")
    out = {"status": sorted((Path(f.path).name, f.status) for f in report.files)}
    for table, key in (("raw.products", "product_id"), ("raw.orders", "order_id"), ("raw.customers", "user_id")):
        ts = {"raw.products": "updated_at", "raw.orders": "ordered_at", "raw.customers": "signup_at"}[table]
        out[table] = [[k, str(t)] for k, t in con.execute(f"select {key}, {ts} from {table} order by 1").fetchall()]
print(json.dumps(out))
"""


def _inbox(root: Path) -> Path:
    inbox = root / "inbox"
    (inbox / "products").mkdir(parents=True)
    rows = [c.product("A1"), c.product("N1")]
    cols = {k: [r[k] for r in rows[:1]] for k in c.PRODUCT_COLS if k != "updated_at"}
    aware = pa.table({**cols, "updated_at": pa.array([datetime(2026, 2, 1, 12, tzinfo=UTC)], pa.timestamp("us", tz="UTC"))})
    pq.write_table(aware, inbox / "products" / "aware.parquet")
    cols = {**cols, "product_id": ["N1"]}
    naive = pa.table({**cols, "updated_at": pa.array([datetime(2026, 2, 1, 12)], pa.timestamp("us"))})
    pq.write_table(naive, inbox / "products" / "naive.parquet")
    lines = [c.order("O1", product="A1", ordered_at="2026-03-01 10:00:00+02:00"),
             c.order("O2", product="A1", ordered_at="2026-03-01 10:00:00"),
             c.order("O3", product="A1", ordered_at="2026-07-01T10:00:00-05:00")]
    c.write(inbox / "orders", "orders.csv", c.csv_text(lines))
    people = [c.customer("U1", signup_at="2025-05-01T09:30:00+08:00"), c.customer("U2", signup_at="2025-05-01 09:30:00")]
    c.write(inbox / "customers", "people.jsonl", c.jsonl(people))
    return inbox


def _ingest_under(host_tz: str, inbox: Path, db: Path) -> dict:
    env = {**os.environ, "TZ": host_tz, "SHOPCOPY_TIMEZONE": "Europe/Berlin",
           "SHOPCOPY_SOURCES_FILE": str(db.parent / "absent.toml"), "PYTHONPATH": str(Path.cwd())}
    done = subprocess.run([sys.executable, "-c", CHILD, str(inbox), str(db)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_host_time_zone_never_changes_a_loaded_value(tmp_path):
    inbox = _inbox(tmp_path)
    east = _ingest_under("Asia/Shanghai", inbox, tmp_path / "east.duckdb")
    west = _ingest_under("America/New_York", inbox, tmp_path / "west.duckdb")
    assert east == west
    assert east["raw.products"] == [["A1", "2026-02-01 12:00:00"],   # timestamp[tz=UTC]: the instant
                                    ["N1", "2026-02-01 11:00:00"]]   # naive: Berlin wall clock (+01)
    assert east["raw.orders"] == [["O1", "2026-03-01 08:00:00"], ["O2", "2026-03-01 09:00:00"],
                                  ["O3", "2026-07-01 15:00:00"]]
    assert east["raw.customers"] == [["U1", "2025-05-01 01:30:00"], ["U2", "2025-05-01 07:30:00"]]
