#!/usr/bin/env bash
# tests/run_cli.sh INTERPRETER [--regen] - runs the command-line cases of tests/cli/cases.txt
# with INTERPRETER and compares stdout, stderr and exit status with tests/cli/NAME.exp.
# With --regen (INTERPRETER being python3) it writes the .exp files instead. The
# interpreter's own path and name are masked as PROG, since they differ by design.
set -u
interp=$1
regen=${2:-}
here=$(cd "$(dirname "$0")/cli" && pwd)
pass=0
fail=0
while IFS='|' read -r name args input; do
    name=$(echo "$name" | xargs)
    case "$name" in ''|'#'*) continue ;; esac
    input=$(echo "$input" | xargs)
    [ -n "$input" ] && input="$here/$input" || input=/dev/null
    out=$(cd "$here" && eval "PYTHONHASHSEED=0 PYTHONNODEBUGRANGES=1 timeout 20 \"$interp\" $args" \
          <"$input" 2>/tmp/mnemo_cli_err.$$; echo "~$?")
    rc=${out##*~}
    actual=$(printf '%s\n--- stderr ---\n%s\n--- exit status %s ---\n' "${out%~*}" \
             "$(cat /tmp/mnemo_cli_err.$$)" "$rc" |
             sed -E -e "s|$here/||g" -e "s#(^|usage: )[^ ]*(python3[.0-9]*|mnemo)\b#\1PROG#" \
                 -e "s#\`(python|mnemo) -h'#\`PROG -h'#")
    if [ -n "$regen" ]; then
        printf '%s\n' "$actual" >"$here/$name.exp"
    elif [ "$actual" == "$(cat "$here/$name.exp")" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: cli $name"
        diff <(cat "$here/$name.exp") <(printf '%s\n' "$actual") | head -10
    fi
done <"$here/cases.txt"
rm -f /tmp/mnemo_cli_err.$$
[ -n "$regen" ] && exit 0
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
