#!/usr/bin/env bash
# The main job on the built-in data: builds egca, then shows this month's working-day calendar and the
# worked examples of the design (statutory time limits over China's holiday calendar).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
egca=build/src/cli/egca

run() { echo "\$ egca $*"; "$egca" "$@" || true; echo; }

run calendar month "$(date +%Y-%m)"
echo "# 5 working days to accept, from receipt on 2025-09-30 (10-01..08 holiday, Sat 10-11 a working day):"
run add-workdays 2025-09-30 5
echo "# working days in (2025-09-30, 2025-10-14]:"
run workdays 2025-09-30 2025-10-14
echo "# a date in 2027, whose holiday notice is not out yet, is provisional:"
run add-workdays 2026-12-28 5
