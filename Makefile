# Every target sets itself up: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PYTHONUNBUFFERED := 1

.PHONY: setup demo test test-fast lint bench ui ui-stop clean

setup: $(STAMP)

# Reinstall when pyproject.toml changes. llama-cpp-python compiles from source the first time
# (about 5-6 minutes on 2 cores); pip caches the wheel, so later installs take seconds.
# It is built without llama.cpp's AMX kernels: with -march=native on a CPU that has AMX
# (Sapphire Rapids and later) every decode crashed in ggml_backend_amx_mul_mat (SIGSEGV).
LLAMA_CMAKE_ARGS := -DCMAKE_C_FLAGS='-mno-amx-tile -mno-amx-int8 -mno-amx-bf16' -DCMAKE_CXX_FLAGS='-mno-amx-tile -mno-amx-int8 -mno-amx-bf16'
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m shopcopy llm selftest
	@touch $@

demo: setup
	scripts/demo.sh

test: setup
	$(BIN)/python -m pytest

# No embedded LLM, no Prefect server, no child-process nightlies (about 5-6 min of CPU once set up;
# the whole suite is about 17 min on 2 cores).
test-fast: setup
	$(BIN)/python -m pytest -m "not llm and not slow"

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_validate.py
	$(BIN)/python benchmarks/bench_features.py
	$(BIN)/python benchmarks/bench_generate.py
	$(BIN)/python benchmarks/bench_guardrails.py
	$(BIN)/python benchmarks/bench_scale.py

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
