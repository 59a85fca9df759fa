"""The one settings object: every knob comes from SHOPCOPY_* environment variables (or a .env file)."""

from __future__ import annotations

import os
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import SecretStr
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


    def api_key(self) -> str | None:
        """SHOPCOPY_LLM_API_KEY, falling back to OPENAI_API_KEY; never logged."""
        if self.llm_api_key is not None:
            return self.llm_api_key.get_secret_value()
        return os.environ.get("OPENAI_API_KEY")

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
