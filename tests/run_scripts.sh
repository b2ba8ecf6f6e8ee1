#!/usr/bin/env bash
# tests/run_scripts.sh MNEMO DIR - runs every DIR/*.py under mnemo and compares with its .exp.
# The compared text is what tests/regen.sh stores: stdout, then stderr after a marker line when
# the script says "# compare: stderr", then the exit status when it is not 0. Addresses
# (0x followed by 6+ hex digits) are masked on both sides. Each script runs in its own folder
# with stdin from NAME.py.in if present, else /dev/null. A script with a "# needs: pymalloc"
# line (it relies on the small-object allocator reusing addresses) is skipped under
# MNEMOMALLOC=malloc.
# With MNEMO_GC_STRESS=1 (a build made with -DMN_GC_STRESS=ON, which collects at every
# allocation), scripts that observe the collector itself (gc, __del__, weakref, tracemalloc,
# allocator statistics) only have to run cleanly: no crash, no sanitizer report, no leak.
set -u
mnemo=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$2
. "$(dirname "$0")/capture.sh"
pass=0
fail=0
skip=0
failed=()
stress_sensitive='import gc|gc\.|__del__|weakref|tracemalloc|getallocatedblocks|_debugmallocstats'
runs_cleanly() {
    local d b out rc
    d=$(cd "$(dirname "$1")" && pwd)
    b=$(basename "$1")
    out=$(cd "$d" && PYTHONHASHSEED=0 timeout 120 "$mnemo" "$b" </dev/null 2>&1 >/dev/null; echo "~$?")
    rc=${out##*~}
    [ "$rc" -lt 124 ] && ! grep -qE "AddressSanitizer|runtime error|LeakSanitizer|still alive at exit" <<<"$out"
}
for py in "$dir"/*.py; do
    [ -e "$py.exp" ] || continue
    if [ "${MNEMOMALLOC:-}" == malloc ] && grep -q '^# needs: pymalloc' "$py"; then
        skip=$((skip + 1))
        continue
    fi
    if [ -n "${MNEMO_GC_STRESS:-}" ] && grep -qE "$stress_sensitive" "$py"; then
        if runs_cleanly "$py"; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            failed+=("$py")
            echo "FAIL (stress): $py"
        fi
        continue
    fi
    actual=$(capture "$mnemo" "$py" | mask)
    if [ "$actual" == "$(cat "$py.exp")" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        failed+=("$py")
        if [ -n "${VERBOSE:-}" ] || [ $fail -le 5 ]; then
            echo "FAIL: $py"
            diff <(cat "$py.exp") <(echo "$actual") | head -20
        fi
    fi
done
for f in "${failed[@]+"${failed[@]}"}"; do
    echo "failed: $f"
done
if [ $skip -gt 0 ]; then
    echo "$(basename "$dir"): $pass passed, $fail failed, $skip skipped"
else
    echo "$(basename "$dir"): $pass passed, $fail failed"
fi
[ $fail -eq 0 ]
