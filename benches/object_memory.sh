#!/usr/bin/env bash
# Real memory per object, glasspy against CPython (issue 4: "an int, a float
# or an empty list must not cost glasspy more real memory than it costs
# CPython").
#
#   bash benches/object_memory.sh [GLASSPY] [N]
#
# For each kind of object, builds a list of N of them and a list of N Nones,
# and reports the difference in peak RSS divided by N: the memory one more
# object costs, the list's own item array excluded. Needs /usr/bin/time.
set -euo pipefail
BIN=${1:-target/release/glasspy}
N=${2:-2000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

printf '%-22s %12s %12s\n' "object" "glasspy B" "cpython B"
echo "x = [None for i in range($N)]" > "$tmp/base.py"
gb=$(peak "$BIN" "$tmp/base.py")
cb=$(peak python3 "$tmp/base.py")
for kind in "i + 1000" "i * 0.5" "[]" "(i, i)" "str(i + 10**6)" "{}" "[i]"; do
    echo "x = [$kind for i in range($N)]" > "$tmp/k.py"
    g=$(peak "$BIN" "$tmp/k.py")
    c=$(peak python3 "$tmp/k.py")
    printf '%-22s %12d %12d\n' "$kind" $(( (g - gb) * 1024 / N )) $(( (c - cb) * 1024 / N ))
done
