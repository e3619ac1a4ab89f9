#!/usr/bin/env bash
# Builds egca with optimisation in build-bench/ and runs every benchmark program (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build-bench/build.ninja ]; then
  bash scripts/setup.sh build-bench --buildtype=release
fi
ninja -C build-bench >&2
echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "\$ build-bench/bench/calendar_bench"
build-bench/bench/calendar_bench
