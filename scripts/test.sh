#!/usr/bin/env bash
# Builds egca and runs the whole test suite (unit, cli, python, robustness, packaging), then the same
# suite again under AddressSanitizer+UBSan and the robustness inputs under valgrind
# (scripts/test-sanitize.sh). Ends with one line "N passed, N failed" counting every test of both runs.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build || { echo "0 passed, 1 failed"; exit 1; }
meson test -C build --print-errorlogs --num-processes 2
status=$?
bash scripts/test-sanitize.sh >&2 || status=1
cat build/meson-logs/testlog.json build-sanitize/sanitize-and-valgrind.json 2>/dev/null | python3 scripts/summary.py /dev/stdin
exit $status
