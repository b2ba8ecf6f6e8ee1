#!/usr/bin/env bash
# tests/regen.sh [PATH...] - regenerates the .exp of every script test (or of the given .py
# files and folders) by running python3 (CPython 3.11) with PYTHONHASHSEED=0.
# Never write an .exp by hand.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/capture.sh"
py3=$(command -v python3)
case "$("$py3" -c 'import sys; print(sys.version_info[:2] == (3, 11))')" in
    True) ;;
    *) echo "regen.sh: python3 must be CPython 3.11" >&2; exit 2 ;;
esac
if [ $# -eq 0 ]; then
    "$here/run_cli.sh" "$py3" --regen
    set -- "$here/scripts" "$here/../examples"
fi
find "$@" -name '*.py' -not -name '_*' -not -path '*/cli/*' | sort | while read -r py; do
    capture "$py3" "$py" | mask >"$py.exp"
done
