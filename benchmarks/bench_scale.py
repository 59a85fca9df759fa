"""Benchmark: past one machine (README, "Past one machine").

1. Generation items/s with 1, 2 and 4 Dask workers (a local cluster, one process per worker,
   SHOPCOPY_LLM_CONCURRENCY threads each) running chunk tasks against a fake endpoint with a
   fixed latency per request, vs the thread path in one process. Rows go back to one writer.
2. Writer commits/s: one generation batch (10 gen rows + 10 call rows) per transaction, on a
   DuckDB file vs a DuckLake (throwaway PostgreSQL catalog on loopback), one writer and two
   writer processes at once (aggregate), with the conflict retries they needed.
3. Generation on a DuckLake with 2 Dask workers: chunks return rows to one writer (the flow)
   vs chunks write their own batches.

Needs the PostgreSQL binaries for 2 and 3 (as tests/fixtures/postgres.py). Prints figures side
by side with CPU time (user+sys of this process and its children), since wall time is noisy
on a shared machine.

    .venv/bin/python benchmarks/bench_scale.py [--items 240] [--latency-ms 50] [--commits 60]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SNAPSHOT = date(2026, 7, 1)
VALID = {"headline": "A kettle", "description": "Boils water.", "subject": "For you", "body": "Hi there.",
         "summary": "Likely to buy soon.", "next_need": "kitchen", "suggested_send_date": "2026-07-10"}


def cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def seed(con, products: int, users: int) -> None:
    """products x 1 audience product descriptions + users x 2 user tasks, all in stock / consenting."""
    loaded = datetime(2026, 7, 1, 1)
    con.execute("""insert into raw.products select 'P' || i, 'Product ' || i, 'Brand', 'kitchen', 10 + i % 50,
                   'EUR', '{}', 'A product.', true, ?, 'bench', ? from range(?) t(i)""", [loaded, loaded, products])
    con.execute("""insert into raw.customers select 'U' || i, 'en-US', ?, true, 'standard', null, null, null,
                   'bench', ? from range(?) t(i)""", [datetime(2025, 1, 1), loaded, users])
    con.execute("""insert into features.user_features (snapshot_date, user_id, locale, marketing_consent,
                   recency_days, frequency, monetary, avg_order_value, top_category, segment_label)
                   select ?, 'U' || i, 'en-US', true, 12, 3, 120.0, 40.0, 'kitchen', 'loyal' from range(?) t(i)""",
                [SNAPSHOT, users])
    con.execute("""insert into predictions.user_demand (snapshot_date, user_id, p_purchase_30d, expected_orders_30d,
                   next_order_date, next_category, model_version)
                   select ?, 'U' || i, 0.5, 1.2, ?, 'kitchen', 'bench' from range(?) t(i)""",
                [SNAPSHOT, date(2026, 7, 15), users])
    con.execute("""insert into recs.user_recommendations select ?, 'U' || i, 1, 'P' || (i % ?), 1.0, 'popular'
                   from range(?) t(i)""", [SNAPSHOT, products, users])


def _own_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _warm() -> None:
    from shopcopy.generate.engine import decide  # noqa: F401
    from shopcopy.guardrails import Catalog, check

    check("demand_insights", {"summary": "x", "next_need": "y", "suggested_send_date": "2026-07-10"},
          {"locale": "en-US", "segment": "loyal"}, Catalog.from_products([]))


def bench_generation(args) -> list[tuple]:
    from distributed import Client, LocalCluster

    from shopcopy import warehouse
    from shopcopy.generate.chunks import generate_chunk, run_generation_chunked
    from shopcopy.generate.engine import run_generation
    from shopcopy.llm.client import LLMClient
    from shopcopy.llm.server import Endpoint
    from shopcopy.settings import get_settings
    from tests.fixtures.fake_llm import FakeLLM

    users = args.items // 3
    products = args.items - 2 * users
    out = []
    with FakeLLM(default=("delay_json", args.latency_ms / 1000, VALID)) as fake:
        s = get_settings(llm_base_url=fake.base_url, llm_model="fake-model", llm_json_mode="json_object",
                         llm_top_products=products, llm_messages_per_run=users, llm_candidates=1,
                         llm_max_retries=0, llm_concurrency=args.concurrency, gen_chunk_size=args.chunk)
        for workers in (0, 1, 2, 4):
            with tempfile.TemporaryDirectory() as tmp:
                con = warehouse.connect(Path(tmp) / "wh.duckdb")
                seed(con, products, users)
                c0, t0 = cpu(), time.perf_counter()
                if workers == 0:
                    report = run_generation(con, SNAPSHOT, "b", s, client=LLMClient(
                        Endpoint(fake.base_url, "fake-model", embedded=False), s))
                    start_s = 0.0
                else:
                    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
                    client = Client(cluster)
                    client.run(_warm)  # imports and the gate's word lists: once per worker, not timed
                    start_s = time.perf_counter() - t0
                    w0 = sum(client.run(_own_cpu).values())
                    c0, t0 = cpu(), time.perf_counter()
                    report, _ = run_generation_chunked(con, SNAPSHOT, "b", s,
                                                       submit=lambda spec, c=client: c.submit(generate_chunk, spec, pure=False))
                wall, used = time.perf_counter() - t0, cpu() - c0
                if workers:
                    used += sum(client.run(_own_cpu).values()) - w0
                if workers:
                    client.close()
                    cluster.close()
                con.close()
            out.append(("thread (1 process)" if workers == 0 else f"dask, {workers} worker(s)",
                        report.written, wall, report.written / wall, used, start_s))
    return out


WRITER = textwrap.dedent('''
    import sys, time, uuid
    from datetime import datetime
    from shopcopy import warehouse
    from shopcopy.generate import store
    from shopcopy.settings import get_settings
    from shopcopy.warehouse.retry import conflict_retries
    n = int(sys.argv[1])
    con = warehouse.connect(get_settings().warehouse)
    now = datetime(2026, 1, 1)
    def row(i):
        return {"output_id": uuid.uuid4().hex, "snapshot_date": now.date(), "last_seen_date": now.date(),
                "user_id": f"u{i}", "segment": "s", "locale": "en-US", "summary": "x", "next_need": "y",
                "suggested_send_date": "2026-01-02", "run_id": "bench", "input_hash": uuid.uuid4().hex,
                "prompt_name": "p", "prompt_version": "v", "model": "m", "status": "published",
                "gate_version": "g", "guardrail_failures": "[]", "attempts": 1, "tokens_in": 1,
                "tokens_out": 1, "inputs": "{}", "created_at": now, "candidate": 1, "selection": "{}"}
    def call(i):
        return {"call_id": uuid.uuid4().hex, "run_id": "bench", "task": "demand_insights", "item_key": f"u{i}",
                "prompt_name": "p", "prompt_version": "v", "model": "m", "input_hash": uuid.uuid4().hex,
                "tokens_in": 1, "tokens_out": 1, "latency_ms": 1, "attempt": 1, "candidate": 1,
                "outcome": "ok", "error": None, "created_at": now}
    t0 = time.perf_counter()
    for b in range(n):
        store.write_batch(con, {"demand_insights": [row(i) for i in range(10)]}, [call(i) for i in range(10)],
                          replace=False)
    print(time.perf_counter() - t0, sum(conflict_retries().values()))
''')


def bench_writers(args) -> list[tuple]:
    from tests.fixtures.postgres import ThrowawayPostgres, pg_bin

    out = []
    bin_dir = pg_bin()
    with tempfile.TemporaryDirectory() as tmp, ThrowawayPostgres(bin_dir) as pg:
        base = {k: v for k, v in os.environ.items() if not k.startswith("SHOPCOPY_")} | {"PYTHONPATH": str(ROOT)}
        lake = base | {"SHOPCOPY_WAREHOUSE_BACKEND": "ducklake", "SHOPCOPY_LAKE_CATALOG": "postgres:" + pg.catalog_url(),
                       "SHOPCOPY_LAKE_DATA_PATH": f"{tmp}/lake", "SHOPCOPY_WAREHOUSE": f"{tmp}/lake.duckdb",
                       "SHOPCOPY_LAKE_EXTENSION_DIR": f"{tmp}/ext", "SHOPCOPY_WRITE_RETRIES": "50"}
        file = base | {"SHOPCOPY_WAREHOUSE": f"{tmp}/file.duckdb"}
        for name, env, procs in (("DuckDB file, 1 writer", file, 1), ("DuckLake, 1 writer", lake, 1),
                                 ("DuckLake, 2 writer processes", lake, 2)):
            subprocess.run([sys.executable, "-m", "shopcopy", "migrate"], env=env, check=True, capture_output=True)
            c0, t0 = cpu(), time.perf_counter()
            ps = [subprocess.Popen([sys.executable, "-c", WRITER, str(args.commits)], env={**env, "SHOPCOPY_WAREHOUSE_MIGRATE": "false"},
                                   stdout=subprocess.PIPE, text=True) for _ in range(procs)]
            # the last line: DuckDB may draw a progress bar on stdout before it
            results = [p.communicate()[0].strip().splitlines()[-1].split() for p in ps]
            wall = time.perf_counter() - t0
            inner = max(float(r[0]) for r in results)   # the write loops, without process start
            retries = sum(int(r[1]) for r in results)
            out.append((name, procs * args.commits, procs * args.commits / inner, retries, wall, cpu() - c0))
    return out


def bench_chunk_writes(args) -> list[tuple]:
    """2 Dask workers on a DuckLake: chunks that return rows to the flow vs chunks that write."""
    from distributed import Client, LocalCluster

    from shopcopy.generate.chunks import generate_chunk, run_generation_chunked
    from shopcopy.settings import get_settings
    from shopcopy.warehouse.connect import connect_lake
    from tests.fixtures.fake_llm import FakeLLM
    from tests.fixtures.postgres import ThrowawayPostgres, pg_bin

    users = args.items // 3
    products = args.items - 2 * users
    out = []
    with tempfile.TemporaryDirectory() as tmp, ThrowawayPostgres(pg_bin()) as pg, \
            FakeLLM(default=("delay_json", args.latency_ms / 1000, VALID)) as fake, \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(_warm)
        for mode in ("flow", "worker"):
            s = get_settings(llm_base_url=fake.base_url, llm_model="fake-model", llm_json_mode="json_object",
                             llm_top_products=products, llm_messages_per_run=users, llm_candidates=1,
                             llm_max_retries=0, llm_concurrency=args.concurrency, gen_chunk_size=args.chunk,
                             warehouse_backend="ducklake", lake_catalog="postgres:" + pg.createdb(f"cw_{mode}"),
                             lake_data_path=f"{tmp}/{mode}", lake_extension_dir=Path(tmp) / "ext")
            con = connect_lake(s)
            seed(con, products, users)
            w0 = sum(client.run(_own_cpu).values())
            c0, t0 = cpu(), time.perf_counter()
            report, _ = run_generation_chunked(con, SNAPSHOT, "b", s, write_in_worker=mode == "worker",
                                               submit=lambda spec: client.submit(generate_chunk, spec, pure=False))
            wall = time.perf_counter() - t0
            used = cpu() - c0 + sum(client.run(_own_cpu).values()) - w0
            con.close()
            out.append((f"chunks write: {mode}", report.written, wall, report.written / wall, used))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=240)
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--concurrency", type=int, default=4, help="LLM threads per process")
    ap.add_argument("--chunk", type=int, default=40, help="items per chunk task")
    ap.add_argument("--commits", type=int, default=60, help="write transactions per writer")
    ap.add_argument("--skip-writers", action="store_true")
    ap.add_argument("--skip-generation", action="store_true")
    args = ap.parse_args()
    if not args.skip_generation:
        generation(args)
    if args.skip_writers:
        return
    print(f"\nWriter: {args.commits} transactions per writer, each 10 gen rows + 10 call rows")
    print(f"{'warehouse':<30} {'commits':>7} {'commits/s':>9} {'retries':>7} {'wall s':>7} {'CPU s':>7}")
    for name, commits, rate, retries, wall, used in bench_writers(args):
        print(f"{name:<30} {commits:>7} {rate:>9.1f} {retries:>7} {wall:>7.2f} {used:>7.2f}")
    print(f"\nGeneration on a DuckLake, 2 Dask workers: who writes the chunks' rows ({args.items} items)")
    print(f"{'mode':<22} {'written':>7} {'wall s':>7} {'items/s':>8} {'CPU s':>7}")
    for name, written, wall, rate, used in bench_chunk_writes(args):
        print(f"{name:<22} {written:>7} {wall:>7.2f} {rate:>8.1f} {used:>7.2f}")


def generation(args) -> None:
    print(f"Generation: {args.items} items, fake endpoint {args.latency_ms:.0f} ms per request, "
          f"{args.concurrency} LLM threads per process, {args.chunk} items per chunk")
    print(f"{'runner':<22} {'written':>7} {'wall s':>7} {'items/s':>8} {'CPU s':>7} {'cluster start s':>16}")
    print("(CPU s: this process and the Dask workers; cluster start: start + warm-up, not in wall s)")
    for name, written, wall, rate, used, start in bench_generation(args):
        print(f"{name:<22} {written:>7} {wall:>7.2f} {rate:>8.1f} {used:>7.2f} {start:>16.1f}")


if __name__ == "__main__":
    main()
