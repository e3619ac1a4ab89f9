#!/usr/bin/env bash
# Builds egca with optimisation in build-bench/ and runs every benchmark program (about a minute and a
# half on a quiet 2-core machine). Figures go into bench/README.md by hand, with this script's output.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build-bench/build.ninja ]; then
  bash scripts/setup.sh build-bench --buildtype=release
fi
ninja -C build-bench >&2
echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  echo
  echo "\$ $*"
  local start=$SECONDS
  "$@"
  echo "($((SECONDS - start)) s)"
}
run build-bench/bench/calendar_bench
run build-bench/bench/calendar_scale_bench
run build-bench/bench/period_bench
run build-bench/bench/case_bench
run build-bench/bench/cli_bench build-bench/src/cli/egca
# The binding's benchmarks use Debian's interpreter, the one the binding is built for.
if [ -d build-bench/bindings/python/egca ]; then
  run /usr/bin/python3 bench/python_bench.py build-bench
  run /usr/bin/python3 bench/python_batch_bench.py build-bench
  if /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
    run /usr/bin/python3 bench/python_numpy_bench.py build-bench
  else
    echo
    echo "(bench/python_numpy_bench.py skipped: numpy is not installed; apt-get install python3-numpy)"
  fi
fi
# The service under load (bench/README.md, section The service): wrk on 16 keep-alive connections, first
# GET /healthz (the HTTP floor: no egca work), then POST /v1/timeline with the example cases in turn.
if command -v wrk >/dev/null; then
  log=$(mktemp)
  . scripts/service.sh
  start_service build-bench/src/cli/egca "$log"
  if [ -n "$port" ]; then
    run wrk -t2 -c16 -d10s --latency "http://127.0.0.1:$port/healthz"
    EGCA_CASES="$(echo examples/case-*.json)" \
      run wrk -t2 -c16 -d10s --latency -s bench/serve_bench.lua "http://127.0.0.1:$port/"
  fi
  kill -TERM "$server"
  wait "$server" || echo "egca serve exited $?"
  echo "($(grep -c '^POST /v1/timeline 200 ' "$log") timeline requests answered 200, $(grep -vc ' 200 ' "$log") other lines in the log)"
  rm -f "$log"
else
  echo
  echo "(the service's load run skipped: wrk is not installed; apt-get install wrk)"
fi
echo
echo "# total $SECONDS s"
