#!/usr/bin/env bash
# Regenerates every NAME.stderr here from CPython 3.11: the traceback of
# NAME.py, with the file's absolute path written as FILE.
cd "$(dirname "$0")"
for f in *.py; do
    python3 "$f" 2> "${f%.py}.stderr" > /dev/null
    sed -i "s|\"$PWD/$f\"|\"FILE\"|" "${f%.py}.stderr"
done
