#!/usr/bin/env bash
# tests/check.sh - the whole test suite, as CI runs it: a Release build and an
# AddressSanitizer + UndefinedBehaviorSanitizer debug build (leak counting on), each built
# from scratch in its own folder and tested with ctest (Criterion unit tests, script tests,
# examples); the sanitizer build's scripts run twice, with the small-object allocator and
# with MNEMOMALLOC=malloc; then a third sanitizer build collects at every allocation
# (MN_GC_STRESS) and runs the scripts again. Exits non-zero if anything fails.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
status=0

build_and_test() {
    local dir=$1
    shift
    echo "=== $dir: configure $*"
    cmake -S "$top" -B "$top/$dir" "$@" >/dev/null
    echo "=== $dir: build"
    cmake --build "$top/$dir" -j"$jobs" 2>&1 | grep -E "warning|error" || true
    cmake --build "$top/$dir" -j"$jobs" >/dev/null
    echo "=== $dir: test"
    if ! (cd "$top/$dir" && ctest --output-on-failure -j"$jobs"); then
        status=1
    fi
}

build_and_test build -DCMAKE_BUILD_TYPE=Release -DMN_DEBUG=OFF -DMN_SANITIZE=OFF
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1
build_and_test build-asan -DCMAKE_BUILD_TYPE=Debug -DMN_DEBUG=ON -DMN_SANITIZE=ON
# Once more with every allocation sent to malloc, so AddressSanitizer sees each block (the
# unit tests already ran both ways inside test_alloc).
echo "=== build-asan: test with MNEMOMALLOC=malloc"
if ! (cd "$top/build-asan" && MNEMOMALLOC=malloc ctest --output-on-failure -j"$jobs" \
          -E '^unit_'); then
    status=1
fi
# The collector stress build: a young collection at every container allocation, under the
# sanitizers, over every script (gc-observing scripts need only run cleanly there).
echo "=== build-stress: configure, build"
cmake -S "$top" -B "$top/build-stress" -DCMAKE_BUILD_TYPE=Debug -DMN_DEBUG=ON -DMN_SANITIZE=ON \
    -DMN_GC_STRESS=ON -DMN_UNIT_TESTS=OFF >/dev/null
cmake --build "$top/build-stress" -j"$jobs" >/dev/null
echo "=== build-stress: test"
if ! (cd "$top/build-stress" && MNEMO_GC_STRESS=1 ctest --output-on-failure -j"$jobs" \
          -R '^(scripts_|examples)'); then
    status=1
fi
exit $status
