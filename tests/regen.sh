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
[ $# -gt 0 ] || set -- "$here/scripts" "$here/../examples"
find "$@" -name '*.py' -not -name '_*' | sort | while read -r py; do
    capture "$py3" "$py" | mask >"$py.exp"
done
