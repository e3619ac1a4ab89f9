#!/usr/bin/env bash
# The thread test under ThreadSanitizer: builds egca with -Db_sanitize=thread in build-tsan/ and runs
# 8 threads x (1,000,000 working-day questions, 1,000,000 deadlines and 10,000 timelines) on one shared
# calendar, rule set and set of cases (COUNT, the first argument, changes that).
# Then the command's batch with 4 worker threads (with cases of 新疆's office, whose calendar the first worker
# to meet one builds while the others wait or read it), and the library's batch test (tests/unit/test_batch.c).
# Any data race halts the run with ThreadSanitizer's report and a non-zero exit.
# Last, loading on eight threads under valgrind's helgrind: ThreadSanitizer sees only instrumented code,
# and libical (a system library) is not; helgrind sees libical's process-wide state (its error state,
# parser counters, the zone table), which egca's lock in src/ics.c serialises.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
bash scripts/setup.sh build-tsan -Db_sanitize=thread -Db_lundef=false -Dpython_binding=false
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
echo "\$ build-tsan/tests/threads/thread_test $count" >&2
build-tsan/tests/threads/thread_test "$count"

# The command's batch: 4 worker threads over 2,000 NDJSON lines (the example cases and bad lines), whose
# output must equal that of one job.
cases=$(mktemp)
trap 'rm -f "$cases"' EXIT
for i in $(seq 200); do
  for f in examples/case-*.json tests/data/cases/office-*.json; do tr '\n' ' ' < "$f"; echo; done
  echo '{"case_id": "bad", "events": [{"type": "received", "date": "2025-02-30"}]}'
  echo 'not json'
  echo
done > "$cases"
echo "\$ build-tsan/src/cli/egca timeline - --as-of 2026-03-20 --jobs 4 < $(wc -l < "$cases") lines" >&2
one=$(build-tsan/src/cli/egca timeline - --as-of 2026-03-20 --jobs 1 < "$cases" | md5sum) || true
four=$(build-tsan/src/cli/egca timeline - --as-of 2026-03-20 --jobs 4 < "$cases" | md5sum) || true
if [ "$one" != "$four" ]; then
  echo "tsan.sh: the batch's output with 4 jobs differs from that with 1" >&2
  exit 1
fi
echo "batch: the same output with 1 and 4 jobs, no data race" >&2

# The library's batch on its own: results at 1, 2 and 8 jobs, streams, stopping from the callback and
# freeing a batch whose workers are still busy (tests/unit/test_batch.c).
echo "\$ build-tsan/tests/unit/test_batch" >&2
CK_FORK=no build-tsan/tests/unit/test_batch

if command -v valgrind > /dev/null; then
  bash scripts/setup.sh build
  echo "\$ valgrind --tool=helgrind build/tests/threads/thread_test 10" >&2
  valgrind --tool=helgrind -q --error-exitcode=66 build/tests/threads/thread_test 10 > /dev/null
  echo "loading on eight threads: no data race under helgrind" >&2
else
  echo "tsan.sh: valgrind is not installed; loading on several threads was checked by ThreadSanitizer only" >&2
fi
