#!/usr/bin/env bash
# Runs one fuzz target under libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer.
# Usage: scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options...]
#        scripts/fuzz.sh --coverage TARGET     line coverage of the library by the corpus found so far
#        scripts/fuzz.sh properties [FACTOR]   the property tests (tests/python/test_prop_*.py) with FACTOR
#                                              times their examples (default 50), on the build in build/
#   TARGET: ics, rules, profile or case (tests/fuzz/fuzz_TARGET.c); SECONDS: run time (default 60).
#        scripts/fuzz.sh ics-diff [FEEDS] [SEED] [ics_diff.py options...]
#   the differential test of the iCalendar loader (tests/ics_diff/ics_diff.py) over FEEDS generated feeds
#   (default 100000) from SEED (default: the time), every feature included; it needs the build/ tree
#   (scripts/setup.sh build) and Debian's python3-icalendar and python3-dateutil.
# The library is built with clang in build-fuzz/ (coverage-instrumented, sanitized); new inputs that
# reach new code go to build-fuzz/corpus/TARGET/ (the committed seeds in tests/fuzz/corpus/TARGET/ are
# read, never written); a crash is written to build-fuzz/crash-*: copy it to
# tests/fuzz/regressions/TARGET/ so the test suite replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
coverage=0
if [ "${1:-}" = "--coverage" ]; then
  coverage=1
  shift
fi
if [ "${1:-}" = "ics-diff" ]; then
  feeds=${2:-100000}
  seed=${3:-$(date +%s)}
  shift $(( $# >= 3 ? 3 : $# ))
  if [ ! -d build/bindings/python/egca ]; then
    echo "scripts/fuzz.sh: build the Python binding first (bash scripts/setup.sh build)" >&2
    exit 2
  fi
  ninja -C build >&2
  echo "ics-diff: $feeds feeds from seed $seed" >&2
  PYTHONPATH=build/bindings/python exec /usr/bin/python3 tests/ics_diff/ics_diff.py --feeds "$feeds" --seed "$seed" "$@"
fi
if [ "${1:-}" = "properties" ]; then
  # In the test suite the examples are drawn from a fixed seed, so that CI is reproducible; here they are
  # random, FACTOR times as many, and a failure prints how to reproduce it (@reproduce_failure).
  bash scripts/setup.sh build
  export EGCA_HYPOTHESIS_EXAMPLES=${2:-50} EGCA_BIN=$PWD/build/src/cli/egca EGCA_SOURCE_DIR=$PWD
  export PYTHONPATH=$PWD/build/bindings/python
  exec /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/python/test_prop_calendar.py \
    tests/python/test_prop_command.py
fi
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options...] | scripts/fuzz.sh --coverage TARGET}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
if [ ! -f "tests/fuzz/fuzz_$target.c" ]; then
  echo "scripts/fuzz.sh: no fuzz target \"$target\" (tests/fuzz/fuzz_$target.c)" >&2
  exit 2
fi

# clang and its sanitizer and libFuzzer runtimes, from Debian 12.
packages=(clang libclang-rt-14-dev llvm meson ninja-build pkg-config libical-dev libcjson-dev libyajl-dev python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/fuzz.sh: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [ "$coverage" = 1 ]; then
  # Replays the seeds, the regressions and the corpus that the fuzzer grew in build-fuzz/ through a
  # coverage-instrumented build, and reports line and branch coverage of src/.
  build=build-fuzz-coverage
  if [ ! -f "$build/build.ninja" ]; then
    CC=clang meson setup "$build" -Dtests=false -Dpython_binding=false -Dpython=/usr/bin/python3 \
      -Dc_args='-fprofile-instr-generate -fcoverage-mapping' -Dc_link_args='-fprofile-instr-generate' >&2
  fi
  ninja -C "$build" src/libegca.a >&2
  # shellcheck disable=SC2046
  clang -g -O1 -fprofile-instr-generate -fcoverage-mapping -DEGCA_SOURCE_DIR="\"$PWD\"" -Iinclude -Itests/fuzz \
    tests/fuzz/replay.c "tests/fuzz/fuzz_$target.c" "$build/src/libegca.a" $(pkg-config --libs libical libcjson yajl) -lm \
    -o "$build/replay_$target"
  dirs=(tests/fuzz/corpus/"$target")
  for d in "tests/fuzz/regressions/$target" "build-fuzz/corpus/$target"; do [ -d "$d" ] && dirs+=("$d"); done
  rm -f "$build"/*.profraw
  LLVM_PROFILE_FILE="$build/replay_$target.profraw" "$build/replay_$target" "${dirs[@]}" | tail -n 1
  llvm-profdata merge -o "$build/replay_$target.profdata" "$build/replay_$target.profraw"
  llvm-cov report "$build/replay_$target" -instr-profile="$build/replay_$target.profdata" \
    -ignore-filename-regex='tests/|embedded_' src/*.c
  exit 0
fi

build=build-fuzz
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dtests=false -Dpython_binding=false -Ddefault_library=static \
    -Db_sanitize=address,undefined -Db_lundef=false -Dc_args='-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined' \
    -Dpython=/usr/bin/python3 >&2
fi
ninja -C "$build" src/libegca.a >&2

exe=$build/fuzz_$target
# shellcheck disable=SC2046
clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -DEGCA_SOURCE_DIR="\"$PWD\"" \
  -Iinclude -Itests/fuzz \
  "tests/fuzz/fuzz_$target.c" "$build/src/libegca.a" $(pkg-config --libs libical libcjson yajl) -lm -o "$exe"

corpus=$build/corpus/$target
mkdir -p "$corpus"
dict=()
[ -f "tests/fuzz/$target.dict" ] && dict=("-dict=tests/fuzz/$target.dict")
seeds=(tests/fuzz/corpus/"$target")
[ -d "tests/fuzz/regressions/$target" ] && seeds+=("tests/fuzz/regressions/$target")
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
echo "fuzzing $target for ${seconds}s (corpus $corpus)" >&2
exec "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$build/" "${dict[@]}" "$@" "$corpus" "${seeds[@]}"
