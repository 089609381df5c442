#!/usr/bin/env bash
# Generators, glasspy against CPython (issue 10):
#
#   bash benches/generators.sh [GLASSPY] [N]
#
# 1. time and peak RSS of benches/gen_pipeline.py (four chained generator
#    expressions over 10,000,000 items);
# 2. the real memory one suspended generator costs: N generators, each
#    started and suspended at its first yield (with one local), against a
#    list of N Nones; the difference in peak RSS divided by N.
# Needs /usr/bin/time.
set -euo pipefail
BIN=${1:-target/release/glasspy}
N=${2:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
here=$(dirname "$0")

run() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1; }

printf '%-10s %10s %12s\n' "pipeline" "seconds" "peak RSS KiB"
read -r gs gm <<<"$(run "$BIN" "$here/gen_pipeline.py")"
read -r cs cm <<<"$(run python3 "$here/gen_pipeline.py")"
printf '%-10s %10s %12s\n' glasspy "$gs" "$gm" cpython "$cs" "$cm"
echo "time ratio glasspy/cpython: $(echo "scale=2; $gs / $cs" | bc)"

cat > "$tmp/base.py" <<PY
gens = [None for i in range($N)]
PY
cat > "$tmp/gens.py" <<PY
def g(i):
    x = i
    yield x
gens = [g(i) for i in range($N)]
for s in gens:
    next(s)
PY
gb=$(/usr/bin/time -f %M "$BIN" "$tmp/base.py" 2>&1 >/dev/null | tail -1)
cb=$(/usr/bin/time -f %M python3 "$tmp/base.py" 2>&1 >/dev/null | tail -1)
g=$(/usr/bin/time -f %M "$BIN" "$tmp/gens.py" 2>&1 >/dev/null | tail -1)
c=$(/usr/bin/time -f %M python3 "$tmp/gens.py" 2>&1 >/dev/null | tail -1)
printf '%-34s %10s %10s\n' "bytes per suspended generator" glasspy cpython
printf '%-34s %10d %10d\n' "(N=$N, RSS difference / N)" $(( (g - gb) * 1024 / N )) $(( (c - cb) * 1024 / N ))
