# tests/capture.sh - sourced by run_scripts.sh and regen.sh: capture RUNNER SCRIPT prints the
# text a script test compares (see run_scripts.sh).
capture() {
    local runner=$1 py=$2 d b input out err rc
    d=$(cd "$(dirname "$py")" && pwd)
    b=$(basename "$py")
    input=/dev/null
    [ -e "$d/$b.in" ] && input="$d/$b.in"
    err=$(mktemp)
    out=$(cd "$d" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONNODEBUGRANGES=1 timeout 20 "$runner" "$b" <"$input" 2>"$err"; echo "~$?")
    rc=${out##*~}
    out=${out%~*}
    printf '%s' "${out//$d\//}"
    if grep -q '^# compare: stderr' "$py"; then
        printf -- '--- stderr ---\n'
        sed "s|$d/||g" "$err"
    fi
    if [ "$rc" != 0 ]; then
        printf -- '--- exit status %s ---\n' "$rc"
    fi
    rm -f "$err"
} 
# Addresses, and the elapsed time that gc's DEBUG_STATS lines end with.
mask() { sed -E -e 's/0x[0-9a-f]{6,}/0x?/g' -e 's/[0-9]+\.[0-9]+s elapsed/?s elapsed/g'; }
