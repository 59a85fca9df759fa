"""The layout's promises: pure guardrails, a lazy LLM package, no import circles, no library
module importing the Prefect wiring, and one registry behind every per-task list."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from shopcopy.tasks import TASKS

ROOT = Path(__file__).resolve().parents[2]


def _imported_modules(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}; import sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return set(out.split())


def test_guardrails_import_no_llm_client_and_no_database():
    mods = _imported_modules("import shopcopy.guardrails")
    assert not {"openai", "duckdb", "prefect", "httpx"} & mods


def test_llm_schemas_and_the_task_registry_cost_no_openai_import():
    assert "openai" not in _imported_modules("import shopcopy.tasks, shopcopy.llm.schemas, shopcopy.generate.work")


def _module_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _library_files() -> dict[str, Path]:
    files = {}
    for p in (ROOT / "shopcopy").rglob("*.py"):
        mod = ".".join(p.relative_to(ROOT).with_suffix("").parts)
        files[mod.removesuffix(".__init__")] = p
    return files


def test_no_library_module_imports_flows():
    offenders = [m for m, p in _library_files().items()
                 if any(n == "flows" or n.startswith("flows.") for n in _module_imports(p))]
    assert not offenders


def test_no_import_cycles_between_library_modules():
    files = _library_files()
    graph = {m: {n for n in _module_imports(p) if n in files and n != m} for m, p in files.items()}
    # a package's __init__ re-exporting its own modules is not a cycle worth reporting
    for m in graph:
        graph[m] = {n for n in graph[m] if not (m.startswith(n + ".") and n.count(".") < m.count("."))}
    seen, stack, cycles = set(), [], []

    def visit(m):
        if m in stack:
            cycles.append(stack[stack.index(m):] + [m])
            return
        if m in seen:
            return
        seen.add(m)
        stack.append(m)
        for n in graph[m]:
            visit(n)
        stack.pop()

    for m in graph:
        visit(m)
    assert not cycles


def test_the_generated_texts_view_has_every_registered_task(con):
    tables = {r[0] for r in con.execute(
        "select table_schema || '.' || table_name from information_schema.tables where table_schema = 'gen'").fetchall()}
    assert {t.table for t in TASKS.values()} == tables
    sql = con.execute("select sql from duckdb_views() where view_name = 'generated_texts'").fetchone()[0]
    for t in TASKS.values():
        assert t.table in sql and all(f in sql for f in t.fields)
