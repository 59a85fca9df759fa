"""Great Expectations plumbing: one ephemeral context per process, checkpoints, Data Docs.

The context is in memory (nothing to migrate, nothing shared between runs) and writes only its
Data Docs site to `settings.docs_dir`. GE is slow to start (seconds), so the context is built
once per process and per docs folder; suites, validation definitions and checkpoints are
re-registered with add_or_update on every run, so a changed suite file is always the one used.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

# Before GE is imported: it must never try to reach the network (no analytics, no telemetry).
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import great_expectations as gx  # noqa: E402
import pandas as pd  # noqa: E402
from great_expectations.checkpoint import UpdateDataDocsAction  # noqa: E402
from great_expectations.core import (  # noqa: E402
    ExpectationSuiteValidationResult,
    ExpectationValidationResult,
)
from great_expectations.core.run_identifier import RunIdentifier  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402
from great_expectations.data_context.types.resource_identifiers import (  # noqa: E402
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

from shopcopy.validate.duck import PARTIAL_COUNT, Suite  # noqa: E402

DATASOURCE = "shopcopy_warehouse"
DOCS_SITE = "shopcopy_docs"
RESULT_FORMAT = {"result_format": "SUMMARY", "partial_unexpected_count": PARTIAL_COUNT}


@cache
def context(docs_dir: str):
    """The process's GE context, with a pandas data source and a Data Docs site in docs_dir."""
    ctx = gx.get_context(mode="ephemeral")
    ctx.add_data_docs_site(
        site_name=DOCS_SITE,
        site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(Path(docs_dir).resolve())},
        },
    )
    # Progress bars would flood Prefect logs and CI output with one line per metric batch.
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    ctx.data_sources.add_pandas(DATASOURCE)
    return ctx


def gx_suite(ctx, suite: Suite):
    """Register the suite file's document with the context (GE parses and checks its format)."""
    doc = {k: v for k, v in suite.document.items() if k != "id"}
    return ctx.suites.add_or_update(gx.ExpectationSuite(**doc))


def _checkpoint(ctx, suite: Suite):
    source = ctx.data_sources.get(DATASOURCE)
    asset = next((a for a in source.assets if a.name == suite.name), None) or source.add_dataframe_asset(suite.name)
    batch = next((b for b in asset.batch_definitions if b.name == "whole_table"), None) \
        or asset.add_batch_definition_whole_dataframe("whole_table")
    definition = ctx.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=f"validate_{suite.name}", data=batch, suite=gx_suite(ctx, suite))
    )
    return ctx.checkpoints.add_or_update(gx.Checkpoint(
        name=f"checkpoint_{suite.name}", validation_definitions=[definition],
        actions=[UpdateDataDocsAction(name="update_docs", site_names=[DOCS_SITE])],
        result_format=RESULT_FORMAT,
    ))


def run_checkpoint(ctx, suite: Suite, frame: pd.DataFrame, params: dict, run_id: str):
    """Validate a frame through the suite's checkpoint; returns GE's suite validation result."""
    result = _checkpoint(ctx, suite).run(
        batch_parameters={"dataframe": frame},
        expectation_parameters=params,
        run_id=RunIdentifier(run_name=run_id),
    )
    return next(iter(result.run_results.values()))


def record_result(ctx, suite: Suite, outcomes: list[dict], run_id: str) -> ExpectationSuiteValidationResult:
    """Turn outcomes computed in DuckDB into GE's own result objects and render them in Data Docs.

    Used for tables too large for a pandas checkpoint: same suite, same result shape, same docs.
    """
    configs = {e.meta["name"]: e.configuration for e in gx_suite(ctx, suite).expectations}
    results = [ExpectationValidationResult(success=o["success"], expectation_config=configs[o["name"]],
                                           result=o["result"]) for o in outcomes]
    ok = sum(r.success for r in results)
    suite_result = ExpectationSuiteValidationResult(
        success=ok == len(results), results=results, suite_name=suite.name,
        statistics={"evaluated_expectations": len(results), "successful_expectations": ok,
                    "unsuccessful_expectations": len(results) - ok,
                    "success_percent": 100.0 * ok / len(results) if results else 100.0},
        meta={"engine": "duckdb", "table": suite.table, "run_id": RunIdentifier(run_name=run_id)},
    )
    key = ValidationResultIdentifier(ExpectationSuiteIdentifier(suite.name),
                                     RunIdentifier(run_name=run_id), f"duckdb:{suite.table}")
    ctx.validation_results_store.set(key, suite_result)
    ctx.build_data_docs(site_names=[DOCS_SITE])
    return suite_result


def docs_index(docs_dir: Path) -> Path:
    return Path(docs_dir).resolve() / "index.html"
