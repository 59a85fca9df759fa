# Every target sets itself up: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PYTHONUNBUFFERED := 1

.PHONY: setup demo test lint bench ui ui-stop clean

setup: $(STAMP)

# Reinstall when pyproject.toml changes. llama-cpp-python compiles from source the first time
# (about 5-6 minutes on 2 cores); pip caches the wheel, so later installs take seconds.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

demo: setup
	scripts/demo.sh

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_validate.py
	$(BIN)/python benchmarks/bench_features.py
	$(BIN)/python benchmarks/bench_generate.py
	$(BIN)/python benchmarks/bench_guardrails.py

ui: setup
	scripts/ui.sh

ui-stop:
	scripts/ui.sh stop

# Retake the README pictures (docs/img/) from the running `make ui`, after a nightly run finished.
.PHONY: screenshot
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
screenshot: setup
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	$(BIN)/python scripts/screenshot_ui.py

clean:
	rm -rf data .pytest_cache
