"""Benchmark: what the gate costs per text, v2 against the v1 baseline shape (same process).

    python benchmarks/bench_guardrails.py [--rounds 3]

Judges every text of the labelled corpus (769 texts, en-US and zh-CN, three tasks) `rounds`
times and prints the median, p95 and max milliseconds per text per locale. Word lists and the
Chinese segmenter load once per process before timing (as in a real run). Target: <= 5 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shopcopy.guardrails import check  # noqa: E402
from shopcopy.guardrails.evaluate import corpus_catalog, load_cases  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    cases, catalog = load_cases(), corpus_catalog()
    t = time.perf_counter()
    for c in cases[:1] + cases[-1:]:
        check(c.task, c.output, c.inputs, catalog)
    print(f"first use (word lists, segmenter): {time.perf_counter() - t:.2f} s")
    # Wall time, and the process's own CPU time (what a busy shared machine does not inflate).
    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for c in cases:
            t, p = time.perf_counter(), time.process_time()
            check(c.task, c.output, c.inputs, catalog)
            cpu.setdefault(c.locale, []).append((time.process_time() - p) * 1000)
            wall.setdefault(c.locale, []).append((time.perf_counter() - t) * 1000)
    for name, times in (("wall", wall), ("cpu", cpu)):
        every = [x for xs in times.values() for x in xs]
        for locale, xs in sorted(times.items()) + [("all", every)]:
            xs = sorted(xs)
            print(f"{name:4} {locale:6} texts={len(xs):5} mean={statistics.fmean(xs):.2f} ms "
                  f"median={statistics.median(xs):.2f} ms p95={xs[int(0.95 * (len(xs) - 1))]:.2f} ms")
    mean_cpu = statistics.fmean([x for xs in cpu.values() for x in xs])
    print(f"target <= 5 ms per text: {'met' if mean_cpu <= 5 else 'NOT met'} (mean CPU {mean_cpu:.2f} ms)")


if __name__ == "__main__":
    main()
