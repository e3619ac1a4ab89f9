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
echo
echo "# total $SECONDS s"
