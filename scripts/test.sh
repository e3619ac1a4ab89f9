#!/usr/bin/env bash
# Builds egca and runs the whole test suite (unit, cli, python); ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build || { echo "0 passed, 1 failed"; exit 1; }
meson test -C build --print-errorlogs --num-processes 2
status=$?
python3 scripts/summary.py build/meson-logs/testlog.json
exit $status
