#!/usr/bin/env bash
# tests/check.sh - the whole test suite, as CI runs it: a Release build and an
# AddressSanitizer + UndefinedBehaviorSanitizer debug build (leak counting on), each built
# from scratch in its own folder and tested with ctest (Criterion unit tests, script tests,
# examples). Exits non-zero if anything fails.
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
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
    build_and_test build-asan -DCMAKE_BUILD_TYPE=Debug -DMN_DEBUG=ON -DMN_SANITIZE=ON
exit $status
