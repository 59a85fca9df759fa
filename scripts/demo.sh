#!/usr/bin/env bash
# `make demo`: sample shop data -> the whole nightly flow with the embedded LLM -> report -> SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$PWD/.venv/bin"
export PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1 GX_ANALYTICS_ENABLED=false

# A budget that keeps the demo to a few minutes on a 2-core laptop (about 1-3 s per call).
export SHOPCOPY_LLM_MAX_CALLS="${SHOPCOPY_LLM_MAX_CALLS:-60}"
export SHOPCOPY_LLM_TOP_PRODUCTS="${SHOPCOPY_LLM_TOP_PRODUCTS:-5}"
inbox="$("$BIN/python" -c 'from shopcopy.settings import get_settings; print(get_settings().inbox)')"
today="$("$BIN/python" -c 'from shopcopy.settings import get_settings; print(get_settings().today())')"

# Sample data ends yesterday. Demo data of an earlier day is replaced (a marker file says the
# data is the demo's own); a rerun the same day reuses the data and pays only for texts the
# budget left over: nothing already written is asked for again.
if [[ -f data/.demo-day && "$(cat data/.demo-day)" != "$today" ]]; then
  echo "Replacing the demo data of $(cat data/.demo-day) with fresh sample data for $today"
  rm -rf "$inbox" data/warehouse.duckdb data/warehouse.duckdb.wal data/docs
fi
if [[ -z "$(ls -A "$inbox" 2>/dev/null)" ]]; then
  "$BIN/shopcopy" sample-data --out "$inbox"
  mkdir -p data && echo "$today" > data/.demo-day
fi

echo
echo "Running the nightly flow for $today with the embedded models: SmolLM2-135M writes en-US messages and insights,"
echo "Gemma 3 270M writes zh-CN copy and en-US descriptions (one local llama.cpp server each; no key, no network)."
echo "LLM budget: SHOPCOPY_LLM_MAX_CALLS=$SHOPCOPY_LLM_MAX_CALLS calls (a few minutes here); the rest waits for the next run."
echo
"$BIN/shopcopy" run nightly --date "$today"

echo
echo "Example SQL — campaign messages ready to send (shopcopy query campaign_messages):"
"$BIN/shopcopy" query --sql "
  select locale, segment, subject,
         list_transform(products, lambda p: p.title || ' ' || p.price) as products
  from marts.campaign_messages order by created_at desc limit 5"
echo
echo "More: .venv/bin/shopcopy query --list   ·   duckdb data/warehouse.duckdb   ·   make ui"
