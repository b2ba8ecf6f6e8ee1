#!/usr/bin/env bash
# tests/run_scripts.sh MNEMO DIR - runs every DIR/*.py under mnemo and compares with its .exp.
# The compared text is what tests/regen.sh stores: stdout, then stderr after a marker line when
# the script says "# compare: stderr", then the exit status when it is not 0. Addresses
# (0x followed by 6+ hex digits) are masked on both sides. Each script runs in its own folder
# with stdin from NAME.py.in if present, else /dev/null.
set -u
mnemo=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$2
. "$(dirname "$0")/capture.sh"
pass=0
fail=0
failed=()
for py in "$dir"/*.py; do
    [ -e "$py.exp" ] || continue
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
echo "$(basename "$dir"): $pass passed, $fail failed"
[ $fail -eq 0 ]
