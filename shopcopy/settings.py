"""The one settings object: every knob comes from SHOPCOPY_* environment variables (or a .env file)."""

from __future__ import annotations

import os
import tomllib
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shopcopy.clock import shop_today


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOPCOPY_", env_file=".env", extra="ignore")

    # Warehouse and inputs
    warehouse: Path = Path("data/warehouse.duckdb")
    inbox: Path = Path("data/inbox")
    docs_dir: Path = Path("data/docs")
    timezone: str = "UTC"
    shop_opened: date = date(2015, 1, 1)
    run_lock_wait_s: float = 0.0  # how long a second run waits for the first before it stops

    # Past one machine (README, "Past one machine"). duckdb: the file above (default). ducklake:
    # the tables live in a DuckLake (a catalog database plus Parquet files under lake_data_path);
    # the file above then only names where the run lock and the report charts go.
    warehouse_backend: Literal["duckdb", "ducklake"] = "duckdb"
    lake_catalog: str | None = None        # e.g. "postgres:dbname=shop host=10.0.0.5 user=shopcopy"
    lake_data_path: str | None = None      # folder (or object-store URL) for the Parquet files
    lake_metadata_schema: str = "shopcopy"  # schema of the catalog database holding DuckLake's tables
    lake_extension_dir: Path | None = None  # private DuckDB extension folder (~/.cache/shopcopy/duckdb-extensions)
    warehouse_migrate: bool = True         # false on workers: connect without migrating (`shopcopy migrate` once)
    write_retries: int = 8                 # attempts of a write transaction on a transaction conflict
    write_retry_max_wait_s: float = 2.0    # longest (jittered, exponential) wait between two attempts

    # Fan-out (README, "Past one machine"): thread (default: one process, llm_concurrency threads),
    # dask (a local Dask cluster of dask_workers processes) or dask:<scheduler address>.
    task_runner: str = "thread"
    dask_workers: int = 2
    gen_chunk_size: int = 100              # generation items per chunk task
    gen_chunk_writes: Literal["flow", "worker"] = "flow"  # who writes a chunk's rows (worker: lake only)

    # Generation mode: online (one request per call) or batch (a provider's batch API: files +
    # batches; results within llm_batch_window, polled every llm_batch_poll_s).
    llm_mode: Literal["online", "batch"] = "online"
    llm_batch_window: str = "24h"
    llm_batch_poll_s: float = 30.0
    llm_batch_timeout_s: float = 26 * 3600.0

    # LLM endpoint; no base URL means "start the embedded llama.cpp server".
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_json_mode: Literal["auto", "json_schema", "json_object", "prompt"] = "auto"
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 2
    llm_temperature: float = 0.3
    llm_max_calls: int | None = None
    llm_max_tokens: int | None = None
    llm_concurrency: int = 1
    llm_messages_per_run: int = 200
    llm_top_products: int = 20            # product descriptions: top-N in-stock products by sales
    llm_output_tokens: int = 200          # max_tokens per reply
    llm_server_ctx: int = 2048
    llm_server_threads: int | None = None
    llm_server_start_timeout_s: float = 120.0

    # Nightly run (prefect helper, issue 15)
    llm_park_after_failures: int = 2      # park an item that failed alike on its last N runs; 0 = never
    reports_dir: Path | None = None       # the report's chart files; None: "reports" beside the warehouse
    report_history_runs: int = 14         # runs the report's history charts show

    # Demand / recommendations
    recs_k: int = 10
    recent_purchase_days: int = 30
    min_buyers: int = 500
    min_history_days: int = 180

    # Copy quality: prompt sets, best-of-n and decoding, the embedded model per locale. The
    # defaults are what `shopcopy eval copy` measured best (README, "Copy quality").
    # v3: composed text + one model sentence (slots); v2: the model writes the whole text; v1: the
    # single-shot chat prompts of before; auto: v3 on the embedded models (measured), v2 elsewhere.
    llm_prompt_set: Literal["auto", "v1", "v2", "v3"] = "auto"
    llm_prompt_form: Literal["auto", "chat", "completion"] = "auto"   # auto: by model (see README)
    llm_candidates: int = 3                   # best-of-n: candidates per item at most (1 = off)
    llm_candidate_temperature: float = 0.7    # sampling for candidates after the first
    # v3: when the model answered but no candidate passed the gate, keep the text without the
    # model's sentence (the facts the templates quote) if that passes: descriptions and messages.
    llm_facts_only: bool = True
    llm_repeat_penalty: float = 1.15          # sent to llama.cpp endpoints only
    # locale (or "locale/task") -> embedded model; en-US descriptions go to Gemma, which writes
    # them better (README, "Which model for en-US"), en-US messages and insights stay on SmolLM2
    llm_embedded_models: dict[str, str] = {"en-US": "smollm2-135m", "en-US/product_descriptions": "gemma3-270m",
                                           "zh-CN": "gemma3-270m", "*": "smollm2-135m"}
    llm_model_cache: Path | None = None       # where Gemma is assembled (~/.cache/shopcopy/models)

    # Campaigns (shopcopy.campaigns): attribution window, test level and power for the MDE
    campaign_window_days: int = 14
    campaign_alpha: float = 0.05
    campaign_power: float = 0.8
    campaign_dir: Path = Path("data/campaigns")   # charts written by `shopcopy campaign report`

    # Ingest: how each inbox file is read (delimiter, decimal, encoding, time zone, status and
    # channel words) and the shop's opening date, in one reviewable file; see sources.example.toml.
    sources_file: Path = Path("sources.toml")

    @model_validator(mode="after")
    def _shop_opened_from_sources_file(self) -> Settings:
        """SHOPCOPY_SHOP_OPENED wins; else `[shop] opened` in the sources file; else 2015-01-01."""
        if "shop_opened" not in self.model_fields_set:
            opened = _sources_shop_opened(self.sources_file)
            if opened is not None:
                self.shop_opened = opened
        return self

    def api_key(self) -> str | None:
        """SHOPCOPY_LLM_API_KEY, falling back to OPENAI_API_KEY; never logged."""
        if self.llm_api_key is not None:
            return self.llm_api_key.get_secret_value()
        return os.environ.get("OPENAI_API_KEY")

    @model_validator(mode="after")
    def _lake_needs_catalog(self) -> Settings:
        if self.warehouse_backend == "ducklake" and not (self.lake_catalog and self.lake_data_path):
            raise ValueError("SHOPCOPY_WAREHOUSE_BACKEND=ducklake needs SHOPCOPY_LAKE_CATALOG (e.g. "
                             "'postgres:dbname=shop host=10.0.0.5 user=shopcopy') and "
                             "SHOPCOPY_LAKE_DATA_PATH (a folder every worker can reach)")
        runner = self.task_runner
        if not (runner in ("thread", "dask") or (runner.startswith("dask:") and len(runner) > 5)):
            raise ValueError(f"SHOPCOPY_TASK_RUNNER must be thread, dask or dask:<scheduler address>, "
                             f"got {runner!r}")
        return self

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def report_folder(self) -> Path:
        """Where the nightly report's chart files go: SHOPCOPY_REPORTS_DIR, else beside the
        warehouse (data/reports by default), so a test's warehouse keeps its charts with it."""
        return self.reports_dir or self.warehouse.parent / "reports"

    def today(self) -> date:
        """The default snapshot date: today in the shop's time zone."""
        return shop_today(self.tz)


def get_settings(**overrides) -> Settings:
    """Fresh settings from the environment; overrides win (used by CLI flags and tests)."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def _sources_shop_opened(path: Path) -> date | None:
    """Only [shop] opened; the rest of the file is checked by shopcopy.ingest.sources at ingest."""
    if not path.is_file():
        return None
    try:
        opened = tomllib.loads(path.read_text(encoding="utf-8")).get("shop", {}).get("opened")
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path} is not valid TOML: {exc}") from None
    if opened is not None and not isinstance(opened, date):
        raise ValueError(f"{path}: [shop] opened must be a date like 2014-06-01, got {opened!r}")
    return opened
