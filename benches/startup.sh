#!/usr/bin/env bash
# Start-up time (issue 13): `-c pass`, and a program that imports math,
# random, collections and itertools, glasspy against CPython.
#
#   bash benches/startup.sh [GLASSPY] [RUNS]
#
# With perf (perf stat -r RUNS): task-clock (CPU time, ms) and elapsed
# time, each the mean of RUNS runs. Without perf: the mean wall-clock time
# of RUNS runs, measured here. CPU time is the figure to quote on a shared
# machine (another process's load shows in elapsed time, not in it).
set -euo pipefail
BIN=${1:-target/release/glasspy}
RUNS=${2:-20}
IMPORTS='import math, random, collections, itertools'
[ -x "$BIN" ] || { echo "no $BIN: cargo build --release first" >&2; exit 1; }

have_perf() { command -v perf >/dev/null && perf stat -e task-clock true >/dev/null 2>&1; }

# "CPU-ms wall-ms": the means over RUNS runs of "$@"
measure() {
    if have_perf; then
        perf stat -r "$RUNS" -e task-clock "$@" 2>&1 >/dev/null | awk '
            /task-clock/ { cpu = $1 }
            /seconds time elapsed/ { wall = $1 * 1000 }
            END { printf "%.2f %.2f\n", cpu, wall }'
    else
        local t0 t1
        t0=$(date +%s%N)
        for _ in $(seq "$RUNS"); do "$@" >/dev/null; done
        t1=$(date +%s%N)
        awk -v ns=$(( (t1 - t0) / RUNS )) 'BEGIN { printf "- %.2f\n", ns / 1e6 }'
    fi
}

printf '%-58s %14s %12s\n' "program ($RUNS runs each)" "task-clock ms" "elapsed ms"
row() {
    local label=$1; shift
    read -r cpu wall <<<"$(measure "$@")"
    printf '%-58s %14s %12s\n' "$label" "$cpu" "$wall"
}
row "glasspy -c pass" "$BIN" -c pass
row "glasspy -c '$IMPORTS'" "$BIN" -c "$IMPORTS"
# the interpreter itself, not a launcher script in front of it (pyenv's)
PY=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || true)
if [ -n "$PY" ]; then
    row "python3 -c pass" "$PY" -c pass
    row "python3 -c '$IMPORTS'" "$PY" -c "$IMPORTS"
fi
