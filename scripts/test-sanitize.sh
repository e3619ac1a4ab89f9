#!/usr/bin/env bash
# The whole test suite again under AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/),
# then the egca command under valgrind memcheck on every bad input of tests/data/bad/ and every example
# of examples/, and egca serve through the service tests (in build/). Any sanitizer report or valgrind error or leak fails the test it happened in.
# Ends with one line "N passed, N failed" over both runs; their meson logs are
# build-sanitize/meson-logs/testlog.json and build/meson-logs/valgrind-testlog.json.
set -uo pipefail
cd "$(dirname "$0")/.."

# The binding is left out: a sanitized extension would need the sanitizer runtime preloaded into python.
bash scripts/setup.sh build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dpython_binding=false \
  || { echo "0 passed, 1 failed"; exit 1; }
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}
meson test -C build-sanitize --print-errorlogs --num-processes 2 --timeout-multiplier 3
status=$?

if ! command -v valgrind >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind >&2
  else
    echo "scripts/test-sanitize.sh: valgrind is missing and installing it needs root" >&2
  fi
fi
bash scripts/setup.sh build || { echo "0 passed, 1 failed"; exit 1; }
export EGCA_TEST_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect"
export EGCA_TEST_JOBS=2
meson test -C build --suite robustness --logbase valgrind-testlog --print-errorlogs --timeout-multiplier 4 || status=1
# egca serve under valgrind too (tests/service/server.py puts EGCA_TEST_WRAP before it): about a minute.
meson test -C build --suite service --logbase valgrind-service-testlog --print-errorlogs --timeout-multiplier 4 || status=1

cat build-sanitize/meson-logs/testlog.json build/meson-logs/valgrind-testlog.json \
  build/meson-logs/valgrind-service-testlog.json > build-sanitize/sanitize-and-valgrind.json
python3 scripts/summary.py build-sanitize/sanitize-and-valgrind.json
exit $status
