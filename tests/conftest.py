"""Shared fixtures. Each area keeps its fixtures in tests/fixtures/<area>.py, loaded here."""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

pytest_plugins = ["tests.fixtures.warehouse", "tests.fixtures.llm", "tests.fixtures.prefect",
                  "tests.fixtures.postgres"]
