"""Run a shopcopy guardrail gate over one red-team corpus (gate_heldout, gate_blind2, gate_blind3: each
folder's cases.jsonl and catalog.json; each folder's run.py calls this with its own folder).

Prints, per locale x family: bad texts published (target 0) and good texts held back
(needs_review or rejected; target <= 10 % per locale), plus per-locale totals and the gate's
cost per text. The gate is imported from --repo (default /work/main): `shopcopy.guardrails`
(the new layout) or `shopcopy.llm.guardrails` (the old one), and called as
`check(task, output, inputs, catalog)`. The catalog is the sample shop's full product table
(catalog.json, every product incl. out of stock), with the gate's own external-brand list.

  /work/main/.venv/bin/python /work/staging/redteam/run.py [--repo PATH] [--show bad|good|all]
                                                          [--json out.json]
Exit code 0 always (it is a measurement, not a test); read the figures.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent / "gate_heldout"


def load_gate(repo: str):
    """Import the gate of exactly this checkout (not the venv's editable install of main)."""
    root = Path(repo).resolve()
    # The editable install of /work/main adds a meta-path finder that would otherwise win for
    # submodules missing from `root`; drop it so a name either comes from `root` or fails.
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path_hooks[:] = [h for h in sys.path_hooks if "editable" not in repr(h).lower()]
    sys.path[:] = [str(root)] + [p for p in sys.path if "__editable__" not in p]
    sys.path_importer_cache.clear()
    errors = []
    for name in ("shopcopy.guardrails", "shopcopy.llm.guardrails"):
        try:
            mod = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        if not Path(mod.__file__).resolve().is_relative_to(root):
            errors.append(f"{name}: imported from {mod.__file__}, outside {root}")
            continue
        if hasattr(mod, "check") and hasattr(mod, "Catalog"):
            return mod
        errors.append(f"{name}: no check()/Catalog")
    raise SystemExit("No guardrail gate found under " + str(root) + ":\n  " + "\n  ".join(errors))


def build_catalog(gate, products: list[dict]):
    external = ()
    policy = getattr(gate, "load_policy", None)
    if policy is not None:
        external = tuple(getattr(policy(), "external_brands", ()) or ())
    return gate.Catalog.from_products(products, external_brands=external)


def details_of(verdict) -> list[str]:
    """Each failure as 'check: detail' (for --detail)."""
    failures = verdict.get("failures") if isinstance(verdict, dict) else getattr(verdict, "failures", [])
    out = []
    for f in failures or []:
        d = f if isinstance(f, dict) else {"check": getattr(f, "check", str(f)), "detail": getattr(f, "detail", "")}
        out.append(f"{d.get('check')}: {d.get('detail', '')}")
    return out


def status_of(verdict) -> tuple[str, list[str]]:
    if isinstance(verdict, dict):
        status, failures = verdict.get("status"), verdict.get("failures") or []
    else:
        status, failures = verdict.status, getattr(verdict, "failures", []) or []
    names = []
    for f in failures:
        names.append(f.get("check") if isinstance(f, dict) else getattr(f, "check", str(f)))
    return str(status), names


def main(here: Path = HERE) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default="/work/main", help="shopcopy checkout holding the gate")
    ap.add_argument("--cases", default=str(here / "cases.jsonl"))
    ap.add_argument("--catalog", default=str(here / "catalog.json"))
    ap.add_argument("--show", choices=["bad", "good", "all"], help="list the misjudged cases")
    ap.add_argument("--json", help="write every case's verdict to this file")
    ap.add_argument("--detail", action="store_true",
                    help="with --show: print each failure's detail and the case's text under its line")
    args = ap.parse_args()

    gate = load_gate(args.repo)
    catalog = build_catalog(gate, json.loads(Path(args.catalog).read_text(encoding="utf-8")))
    cases = [json.loads(line) for line in Path(args.cases).read_text(encoding="utf-8").splitlines() if line.strip()]

    gate.check(cases[0]["task"], cases[0]["output"], cases[0]["inputs"], catalog)  # warm caches
    rows, elapsed = [], 0.0
    for c in cases:
        t0 = time.perf_counter()
        verdict = gate.check(c["task"], c["output"], c["inputs"], catalog)
        elapsed += time.perf_counter() - t0
        status, checks = status_of(verdict)
        rows.append({**{k: c[k] for k in ("id", "task", "locale", "label", "family", "why")},
                     "status": status, "checks": checks, "details": details_of(verdict),
                     "output": c["output"]})

    # (locale, family) -> counters
    cell = defaultdict(lambda: {"bad": 0, "bad_pub": 0, "bad_review": 0, "good": 0, "good_held": 0})
    for r in rows:
        for key in ((r["locale"], r["family"]), (r["locale"], "ALL")):
            k = cell[key]
            if r["label"] == "bad":
                k["bad"] += 1
                k["bad_pub"] += r["status"] == "published"
                k["bad_review"] += r["status"] == "needs_review"
            else:
                k["good"] += 1
                k["good_held"] += r["status"] != "published"

    print(f"gate: {gate.__name__} from {gate.__file__}")
    print(f"cases: {len(rows)}   cost: {1000 * elapsed / len(rows):.2f} ms per text\n")
    head = f"{'locale':7} {'family':22} {'bad':>4} {'bad published':>14} {'(needs_review)':>14} {'good':>5} {'good held back':>15}"
    print(head)
    print("-" * len(head))

    def pct(a, b):
        return f"{a:3d} ({100 * a / b:3.0f}%)" if b else "    -     "

    for key in sorted(cell, key=lambda k: (k[0], k[1] == "ALL", k[1])):
        k = cell[key]
        if key[1] == "ALL":
            print("-" * len(head))
        print(f"{key[0]:7} {key[1]:22} {k['bad']:4d} {pct(k['bad_pub'], k['bad']):>14} "
              f"{k['bad_review']:>14d} {k['good']:5d} {pct(k['good_held'], k['good']):>15}")
        if key[1] == "ALL":
            print()
    tb = sum(1 for r in rows if r["label"] == "bad")
    tg = len(rows) - tb
    bp = sum(1 for r in rows if r["label"] == "bad" and r["status"] == "published")
    gh = sum(1 for r in rows if r["label"] == "good" and r["status"] != "published")
    print(f"TOTAL: bad published {bp}/{tb} ({100 * bp / max(tb, 1):.1f}%), "
          f"good held back {gh}/{tg} ({100 * gh / max(tg, 1):.1f}%)   targets: 0 and <= 10% per locale")

    if args.show:
        print()
        for r in rows:
            wrong = (r["label"] == "bad" and r["status"] == "published") or \
                    (r["label"] == "good" and r["status"] != "published")
            if wrong and args.show in (r["label"], "all"):
                print(f"{r['id']:48} {r['status']:12} {','.join(r['checks']) or '-'}  # {r['why']}")
                if args.detail:
                    for d in r["details"]:
                        print(f"      {d}")
                    print(f"      text: {json.dumps(r['output'], ensure_ascii=False)}")
    if args.json:
        Path(args.json).write_text(json.dumps([{k: v for k, v in r.items() if k != "output"} for r in rows], ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
