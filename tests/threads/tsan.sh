#!/usr/bin/env bash
# The thread test under ThreadSanitizer: builds egca with -Db_sanitize=thread in build-tsan/ and runs
# 8 threads x (1,000,000 working-day questions, 1,000,000 deadlines and 10,000 timelines) on one shared
# calendar, rule set and set of cases (COUNT, the first argument, changes that).
# Any data race halts the run with ThreadSanitizer's report and a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
bash scripts/setup.sh build-tsan -Db_sanitize=thread -Db_lundef=false -Dpython_binding=false
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
echo "\$ build-tsan/tests/threads/thread_test $count" >&2
build-tsan/tests/threads/thread_test "$count"
