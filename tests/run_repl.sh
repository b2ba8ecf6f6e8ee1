#!/usr/bin/env bash
# tests/run_repl.sh INTERPRETER [--regen] - REPL transcript tests. Each tests/repl/NNN_topic.in
# is what is typed: it is piped into INTERPRETER (by default `-i -q`; a NNN_topic.args file
# gives another command line, where $PROG is the interpreter and $ENV the prefix of its
# environment variables, MNEMO or PYTHON) and the merged stdout+stderr transcript, prompts
# included, plus the exit status is compared with NNN_topic.exp. With --regen (INTERPRETER
# being python3) the .exp files are written instead. Paths under tests/repl, the program
# name and the version banner are masked. Then a few checks of mnemo's own options (which
# python3 3.11 lacks) run, unless regenerating.
set -u
interp=$1
regen=${2:-}
case "$interp" in
    */*) interp=$(cd "$(dirname "$interp")" && pwd)/$(basename "$interp") ;;
esac
here=$(cd "$(dirname "$0")/repl" && pwd)
case "$(basename "$interp")" in
    python*) envp=PYTHON ;;
    *) envp=MNEMO ;;
esac
pass=0
fail=0

# transcript ARGS_LINE INPUT_FILE: runs one case, printing the masked transcript.
transcript() {
    local cmd=$1 input=$2 out rc
    out=$(cd "$here" && env -u PYTHONSTARTUP -u PYTHONINSPECT -u PYTHONPATH -u MNEMOSTARTUP \
              -u MNEMOINSPECT -u MNEMOPATH PYTHONHASHSEED=0 PYTHONNODEBUGRANGES=1 \
              PYTHONDONTWRITEBYTECODE=1 \
              PROG="$interp" ENV=$envp bash -c "timeout 20 $cmd" <"$input" 2>&1; echo "~$?")
    rc=${out##*~}
    printf '%s\n--- exit status %s ---\n' "${out%~*}" "$rc" |
        sed -E -e "s|$here/||g" -e "s#^Python 3\.[0-9.]+ .*#BANNER#" \
            -e "s#^mnemo [0-9.]+ \(Python .*#BANNER#" -e "s#^Type .*#BANNER#" \
            -e "s#(^|usage: )[^ ]*(python3[.0-9]*|mnemo)\b#\1PROG#" \
            -e "s#(PYTHON|MNEMO)(STARTUP)#ENV\2#g"
}

for input in "$here"/*.in; do
    name=$(basename "$input" .in)
    cmd='"$PROG" -i -q'
    if [ -f "$here/$name.args" ]; then
        cmd=$(head -1 "$here/$name.args")
    fi
    actual=$(transcript "$cmd" "$input")
    if [ -n "$regen" ]; then
        printf '%s\n' "$actual" >"$here/$name.exp"
    elif [ "$actual" == "$(cat "$here/$name.exp" 2>/dev/null)" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: repl $name"
        [ -n "${VERBOSE:-}" ] && diff <(cat "$here/$name.exp") <(printf '%s\n' "$actual") | head -20
    fi
done
[ -n "$regen" ] && exit 0

# check NAME EXPECTED_REGEX COMMAND...: mnemo-only behaviour, matched with grep -E.
check() {
    local name=$1 want=$2 got
    shift 2
    got=$(cd "$here" && env -u MNEMOSTARTUP -u MNEMOINSPECT -u MNEMOPATH "$@" 2>&1; echo "~$?")
    if printf '%s\n' "$got" | tr '\n' '\t' | grep -Eq -- "$want"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: repl check $name"
        [ -n "${VERBOSE:-}" ] && printf '%s\n' "$got" | head -10
    fi
}
check bare_exit '^>>> 1	>>> 	?~0' bash -c "printf '1\nexit\n2\n' | '$interp' -i -q"
check bare_quit '^>>> ~0' bash -c "printf 'quit\n2\n' | '$interp' -i -q"
check exit_rebound '>>> 5	>>> exit = 5' bash -c "printf 'exit = 5\nexit\nprint(\"exit = 5\")\n' | '$interp' -i -q"
check help_xoptions 'dump-ast.*~0' "$interp" --help-xoptions
check unknown_xoption "warning: unknown -X option 'frob' ignored; known options: dump-ast showrefcount tracemalloc malloc	ok	~0" \
    "$interp" -X frob -c 'print("ok")'
check known_xoption_silent '^ok	~0' "$interp" -X dump-ast=1 -c 'print("ok")'
refs='\[-?[0-9]+ refs, [0-9]+ blocks\]'
check showrefcount_exit "^ok	$refs	~0" "$interp" -X showrefcount -c 'print("ok")'
check showrefcount_error "ZeroDivisionError: division by zero	$refs	~1" \
    "$interp" -X showrefcount -c '1/0'
check showrefcount_repl "^>>> $refs	>>> >>> 1	$refs	>>> ... ... $refs	>>> .*Error.*	$refs	>>> 	$refs	$refs	~0" \
    bash -c "printf 'x = 1\n\nx\nif x:\n    y = [None] * 10\n\n1/0\n' | '$interp' -X showrefcount -i -q"
check showrefcount_exit_call "^>>> $refs	>>> $refs	~3" \
    bash -c "printf 'x = 1\nexit(3)\n' | '$interp' -X showrefcount -i -q"
check banner "^mnemo 0\.1\.0 \(Python 3\.11\.7 subset\) on linux	Type .*	>>> 2	>>> 	~0" \
    bash -c "printf '2\n' | '$interp' -i"
check isolated_path "^\['PATHX'\]	~0" bash -c \
    "MNEMOPATH=/nowhere '$interp' -I -c 'import sys; print([p for p in sys.path if p in (\"\", \"/nowhere\")] or [\"PATHX\"])'"
check ignore_env_startup '^>>> 3	>>> 	~0' bash -c \
    "printf '3\n' | MNEMOSTARTUP=_startup.py '$interp' -E -i -q"
check inspect_env "^script ran	>>> 42	>>> 	~0" bash -c \
    "printf 'x\n' | MNEMOINSPECT=1 '$interp' _script_ok.py"
check interrupt_status '^Traceback.*KeyboardInterrupt	~130' "$interp" -c 'raise KeyboardInterrupt'
echo "repl: $pass passed, $fail failed"
[ $fail -eq 0 ]
