#!/usr/bin/env bash
# `make ui`: a local Prefect server + UI on 127.0.0.1, the work pool, every deployment in
# prefect.yaml, and a worker that runs them. `make ui-stop` (scripts/ui.sh stop) ends it all.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$PWD/.venv/bin"
PORT="${SHOPCOPY_UI_PORT:-4200}"
STATE="$PWD/.ui"
export PREFECT_HOME="${PREFECT_HOME:-$PWD/.prefect}"
export PREFECT_API_URL="http://127.0.0.1:${PORT}/api"
export PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1
export SHOPCOPY_HOME="$PWD"
# The nightly schedule's timezone comes from shopcopy's own settings (env or .env).
SHOPCOPY_TIMEZONE="$("$BIN/python" -c 'from shopcopy.settings import get_settings; print(get_settings().timezone)')"
export SHOPCOPY_TIMEZONE
mkdir -p "$STATE"

descendants() {
  local kid
  for kid in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$kid"; descendants "$kid"; done
}

stop() {
  local names=("$@"); [[ ${#names[@]} -gt 0 ]] || names=(worker server)
  for name in "${names[@]}"; do
    [[ -f "$STATE/$name.pid" ]] || continue
    pid=$(cat "$STATE/$name.pid")
    rm -f "$STATE/$name.pid"
    # A stale pid file must not kill whatever process reuses that pid now.
    if ! ps -o args= -p "$pid" 2>/dev/null | grep -q prefect; then echo "$name was not running"; continue; fi
    # A flow run the worker started sits in its own session: end it too, not only the group.
    kids=$(descendants "$pid")
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for kid in $kids; do kill "$kid" 2>/dev/null || true; done
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- "-$pid" 2>/dev/null || true
    echo "stopped $name ($pid)"
  done
}

if [[ "${1:-start}" == "stop" ]]; then stop; exit 0; fi

if ! curl -sf "$PREFECT_API_URL/health" >/dev/null 2>&1; then
  setsid "$BIN/prefect" server start --host 127.0.0.1 --port "$PORT" >"$STATE/server.log" 2>&1 &
  echo $! >"$STATE/server.pid"
  for _ in $(seq 1 90); do
    curl -sf "$PREFECT_API_URL/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "$PREFECT_API_URL/health" >/dev/null || { echo "Prefect server did not start; see $STATE/server.log"; tail -20 "$STATE/server.log"; exit 1; }
fi

"$BIN/prefect" work-pool inspect shopcopy-pool >/dev/null 2>&1 \
  || "$BIN/prefect" work-pool create shopcopy-pool --type process >/dev/null
"$BIN/prefect" --no-prompt deploy --all >"$STATE/deploy.log" 2>&1 || { tail -30 "$STATE/deploy.log"; exit 1; }

# Flow runs inherit the worker's environment, so a worker started earlier would keep running
# with the settings of that day (a changed SHOPCOPY_TIMEZONE reached the schedule, not the runs).
# Restart it, unless a run is in flight: killing the worker would kill that run.
in_flight() {
  "$BIN/python" - "$PREFECT_API_URL" <<'PY'
import json, sys, urllib.request
body = {"flow_runs": {"state": {"type": {"any_": ["RUNNING", "PENDING", "CANCELLING"]}}},
        "work_pools": {"name": {"any_": ["shopcopy-pool"]}}}
req = urllib.request.Request(sys.argv[1] + "/flow_runs/filter", data=json.dumps(body).encode(),
                             headers={"Content-Type": "application/json"})
print(" ".join(r["name"] for r in json.load(urllib.request.urlopen(req, timeout=10))))
PY
}
if [[ -f "$STATE/worker.pid" ]] && kill -0 "$(cat "$STATE/worker.pid")" 2>/dev/null; then
  busy="$(in_flight)"
  if [[ -n "$busy" ]]; then
    echo "Worker kept: run(s) in flight ($busy). Run 'make ui' again when they finish to apply current settings."
  else
    stop worker >/dev/null
  fi
fi
if [[ ! -f "$STATE/worker.pid" ]] || ! kill -0 "$(cat "$STATE/worker.pid")" 2>/dev/null; then
  setsid "$BIN/prefect" worker start --pool shopcopy-pool >"$STATE/worker.log" 2>&1 &
  echo $! >"$STATE/worker.pid"
  echo "Worker started with the current settings (SHOPCOPY_* of this shell and .env)."
fi

echo "Prefect UI:   http://127.0.0.1:${PORT}  (Deployments > nightly: schedule, Run button, past runs)"
echo "Schedule:     nightly at 02:00 every day, $SHOPCOPY_TIMEZONE (SHOPCOPY_TIMEZONE)"
echo "Deployments:  $("$BIN/prefect" deployment ls 2>/dev/null | grep -c shopcopy || true) registered (prefect.yaml); worker on pool shopcopy-pool"
echo "Run one now:  PREFECT_API_URL=$PREFECT_API_URL $BIN/prefect deployment run 'nightly/nightly'"
echo "Stop:         make ui-stop"
