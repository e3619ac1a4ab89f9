#!/usr/bin/env bash
# The main job on the built-in data: builds egca, then shows the example case's timeline (every
# statutory time limit with its status and legal basis) and the example application's assessment
# (the seven qualification conditions and the one-time list of missing materials).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
egca=build/src/cli/egca

# Exit code 1 means "done, and the answer is negative" (something late, a material missing): show it.
run() {
  echo "\$ egca $*"
  local code=0
  "$egca" "$@" || code=$?
  [ "$code" -le 1 ] || exit "$code"
  echo "(exit $code)"
  echo
}

run timeline examples/case-granted.json --as-of 2026-03-20
run assess examples/application.json
run deadline decision 2026-03-02 --pause 2026-03-10:2026-04-20
run calendar month 2026-02
run --office 650000 deadline acceptance 2025-06-04
