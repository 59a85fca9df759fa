"""Ingest benchmark, two figures side by side (issue 14):

1. big file: shopcopy's checked, quarantining, exactly-once ingest of one orders CSV against a bare
   `CREATE TABLE AS SELECT * FROM read_csv(...)` of the same file, same process. Target <= 1.5x.
2. per file: the same 20,000 order lines as 400 files of 50 lines against one file, both through
   shopcopy's ingest as it loads an inbox (`ingest_files`: small files sharing a header are staged
   by one scan, each still written in its own transaction); (400-file time - one-file time) / 400
   is the per-file overhead. Target <= 20 ms.

    python benchmarks/bench_ingest.py [--lines 5000000] [--files 400] [--repeat 2] [--threads N] [--bad-last-row]

--bad-last-row also loads the big file with its last row unloadable (status empty): the direct path
(shopcopy/ingest/direct.py, its plain statement here) rolls back at that row and the full path
reads the file again, so this figure shows what trying the direct path costs a file that is not
clean. --threads 1 compares the two on one core; the default, all cores, is how both run.

Every check is in force in both (time zones, quoting, locales, currency symbols, duplicate keys,
unknown products, the load-time value warnings). Wall-clock seconds, best of --repeat; the CPU
seconds of the process are printed beside them, since a busy machine stretches wall time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import duckdb

from shopcopy import warehouse
from shopcopy.ingest.load import KIND_BY_NAME, ingest_file, ingest_files
from shopcopy.ingest.sources import default_source


def make_products(folder: Path) -> Path:
    products = folder / "products.parquet"
    duckdb.connect().execute(
        f"""copy (select 'P' || lpad(i::varchar, 5, '0') as product_id, 'Product ' || i as title,
                  'Brand' || (i % 20) as brand, 'cat' || (i % 10) as category,
                  round(5 + (i % 200) * 1.5, 2) as price, 'USD' as currency, '{{}}' as attributes,
                  'desc' as description, true as in_stock, timestamp '2025-01-01' as updated_at
             from range(1000) t(i)) to '{products}' (format parquet)"""
    )
    return products


def make_orders(path: Path, lines: int, start: int = 0) -> Path:
    """An orders CSV of `lines` lines (3 lines per order), as a platform export writes it."""
    duckdb.connect().execute(
        f"""copy (select 'O' || (i // 3) as order_id, (i % 3) + 1 as line_no, 'U' || (hash(i // 3) % 100000) as user_id,
                  'P' || lpad((hash(i) % 1000)::varchar, 5, '0') as product_id, 1 + (i % 3) as quantity,
                  round(5 + (hash(i) % 200) * 1.5, 2) as unit_price, 'USD' as currency,
                  timestamp '2025-01-01' + to_seconds(i % 31536000) as ordered_at, 'delivered' as status,
                  'web' as channel, 0.0 as discount
             from range({start}, {start + lines}) t(i)) to '{path}' (header, delimiter ',')"""
    )
    return path


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def fresh(db: Path, products: Path, threads: int | None):
    con = warehouse.connect(db)
    if threads:
        con.execute(f"set threads = {int(threads)}")
    assert ingest_file(con, KIND_BY_NAME["products"], products, "bench").status == "loaded"
    return con


def load_all(con, files: list[Path]) -> None:
    """The files in one call, as `shopcopy ingest` loads an inbox (small ones are staged together)."""
    outcomes = ingest_files(con, KIND_BY_NAME["orders"], [(path, default_source()) for path in files], "bench")
    assert [o.status for o in outcomes] == ["loaded"] * len(files), outcomes


def with_bad_last_row(orders: Path) -> Path:
    """A copy of `orders` whose last row has no status, so it is quarantined and the rest loads."""
    bad = orders.with_name("orders_bad_last_row.csv")
    data = orders.read_bytes()
    cut = data.rstrip(b"\n").rfind(b"\n") + 1
    bad.write_bytes(data[:cut] + data[cut:].replace(b",delivered,", b",,", 1))
    return bad


def load_dirty(con, path: Path) -> None:
    outcome = ingest_file(con, KIND_BY_NAME["orders"], path, "bench")
    assert (outcome.status, outcome.rows_quarantined) == ("loaded_with_warnings", 1), outcome


def bad_row_file(folder: Path, products: Path, orders: Path, repeat: int, threads: int | None):
    bad = with_bad_last_row(orders)
    times = []
    for i in range(repeat):
        con = fresh(folder / f"dirty{i}.duckdb", products, threads)
        times.append(timed(lambda c=con: load_dirty(c, bad)))
        con.close()
    return min(times)


def big_file(folder: Path, products: Path, lines: int, repeat: int, threads: int | None):
    orders = make_orders(folder / "orders.csv", lines)
    bare, ours = [], []
    for i in range(repeat):
        con = duckdb.connect(str(folder / f"bare{i}.duckdb"))
        if threads:
            con.execute(f"set threads = {int(threads)}")
        bare.append(timed(lambda c=con: c.execute("create table orders as select * from read_csv(?)", [str(orders)])))
        con.close()
        con = fresh(folder / f"ours{i}.duckdb", products, threads)
        ours.append(timed(lambda c=con: load_all(c, [orders])))
        con.close()
    return orders, min(bare), min(ours)


def many_files(folder: Path, products: Path, files: int, per_file: int, repeat: int, threads: int | None):
    small = [make_orders(folder / f"small_{i:04d}.csv", per_file, i * per_file) for i in range(files)]
    one = make_orders(folder / "one.csv", files * per_file)
    many_t, one_t = [], []
    for i in range(repeat):
        con = fresh(folder / f"many{i}.duckdb", products, threads)
        many_t.append(timed(lambda c=con: load_all(c, small)))
        con.close()
        con = fresh(folder / f"one{i}.duckdb", products, threads)
        one_t.append(timed(lambda c=con: load_all(c, [one])))
        con.close()
    return min(many_t), min(one_t)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=5_000_000)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--per-file", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--threads", type=int, default=None, help="DuckDB threads (default: all cores)")
    parser.add_argument("--bad-last-row", action="store_true", help="also load the big file with a bad last row")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        products = make_products(folder)
        many, one = many_files(folder, products, args.files, args.per_file, args.repeat, args.threads)
        orders, bare, ours = big_file(folder, products, args.lines, args.repeat, args.threads)
        size = orders.stat().st_size
        dirty = bad_row_file(folder, products, orders, args.repeat, args.threads) if args.bad_last_row else None
    per_file_ms = (many[0] - one[0]) / args.files * 1000
    per_file_cpu = (many[1] - one[1]) / args.files * 1000
    print(f"{'':34} {'wall':>9} {'cpu':>9}")
    print(f"{f'bare CTAS read_csv ({args.lines:,} lines, {size / 1e6:.0f} MB)':34} {bare[0]:8.2f}s {bare[1]:8.2f}s")
    print(f"{'shopcopy ingest, same file':34} {ours[0]:8.2f}s {ours[1]:8.2f}s")
    if dirty is not None:
        print(f"{'  same file, last row bad':34} {dirty[0]:8.2f}s {dirty[1]:8.2f}s")
    print(f"{f'{args.files} files x {args.per_file} lines':34} {many[0]:8.2f}s {many[1]:8.2f}s")
    print(f"{f'1 file x {args.files * args.per_file:,} lines':34} {one[0]:8.2f}s {one[1]:8.2f}s")
    print()
    print(f"big-file ratio   : {ours[0] / bare[0]:6.2f}x wall ({ours[1] / bare[1]:.2f}x cpu)   target <= 1.50x")
    print(f"per-file overhead: {per_file_ms:6.1f} ms wall ({per_file_cpu:.1f} ms cpu)   target <= 20 ms")


if __name__ == "__main__":
    main()
