#!/usr/bin/env python3
"""Regenerate the expected outputs of the golden tests with CPython 3.11.

usage: tests/regen.py [--check] [NAME_SUBSTR]

    tests/regen.py            rewrite tests/golden/{file,repl}/*.out and file/*.err
    tests/regen.py --check    regenerate into a temporary directory and diff
                              against the committed outputs (exit 1 on a difference)

Runs every case exactly as /work/shared/conformance/generate does: a clean
environment (env -i, PYTHONHASHSEED=0, ...), a sitecustomize prelude that
adds glasspy's two extra builtins (getrefcount, gc_collect) to CPython,
file cases from inside file/, repl cases as `python3 -i < NAME.py` from an
empty directory.

Cases named model_*.py are skipped: their .out holds the output of glasspy's
memory model (MODEL.md §6), written by hand, because CPython's numbers differ
there on purpose.
"""
import os, shutil, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "golden"
PRELUDE = """import builtins, sys, gc
builtins.getrefcount = sys.getrefcount
builtins.gc_collect = gc.collect
"""


def find_python():
    py = os.environ.get("PYTHON", "python3")
    # Resolve shims (pyenv) to the real executable: the cases run under env -i.
    exe = subprocess.run([py, "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True).stdout.strip()
    info = subprocess.run([exe, "-c", "import sys; print(sys.implementation.name, '%d.%d' % sys.version_info[:2])"],
                          capture_output=True, text=True, check=True).stdout.split()
    if info != ["cpython", "3.11"]:
        sys.exit(f"regen: need CPython 3.11, {exe} is {' '.join(info)}")
    return exe


def main():
    args = sys.argv[1:]
    check = "--check" in args
    only = [a for a in args if not a.startswith("--")]
    only = only[0] if only else ""
    py = find_python()
    work = Path(tempfile.mkdtemp(prefix="glasspy-regen-"))
    try:
        return run(py, work, check, only)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(py, work, check, only):
    (work / "prelude").mkdir()
    (work / "cwd").mkdir()
    (work / "prelude" / "sitecustomize.py").write_text(PRELUDE)
    env = {
        "PATH": "/usr/bin:/bin", "HOME": str(work / "cwd"), "LC_ALL": "C.UTF-8",
        "PYTHONPATH": str(work / "prelude"), "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8",
    }
    stdlib = set(subprocess.run([py, "-c", "import sys; print('\\n'.join(sys.stdlib_module_names))"],
                                capture_output=True, text=True, env=env, check=True).stdout.split())
    outdir = work / "expected" if check else HERE
    status = 0
    produced = []  # (relative path, bytes or None for "must not exist")

    for src in sorted((HERE / "file").glob("*.py")):
        name = src.stem
        if name.startswith("model_") or only not in f"file/{name}":
            continue
        if name in stdlib:
            print(f"regen: file/{name}.py shadows a stdlib module; rename it", file=sys.stderr)
            status = 1
            continue
        p = subprocess.run([py, src.name], cwd=src.parent, env=env, capture_output=True, stdin=subprocess.DEVNULL)
        err = None
        if p.returncode != 0:
            lines = p.stderr.decode("utf-8", "replace").splitlines()
            last = lines[-1] if lines else ""
            if last.startswith("SyntaxError"):
                last = "SyntaxError"
            err = (last + "\n").encode()
            if p.returncode != 1:
                print(f"regen: file/{name}.py exited with status {p.returncode} (expected 0 or 1)", file=sys.stderr)
                status = 1
        elif p.stderr:
            print(f"regen: file/{name}.py wrote to stderr although it succeeded:\n{p.stderr.decode()}", file=sys.stderr)
            status = 1
        produced.append((f"file/{name}.out", p.stdout))
        produced.append((f"file/{name}.err", err))

    for src in sorted((HERE / "repl").glob("*.py")):
        name = src.stem
        if name.startswith("model_") or only not in f"repl/{name}":
            continue
        with open(src, "rb") as stdin:
            p = subprocess.run([py, "-i"], cwd=work / "cwd", env=env, stdin=stdin, capture_output=True)
        if p.returncode != 0:
            print(f"regen: repl/{name}.py: interpreter exited with status {p.returncode}", file=sys.stderr)
            status = 1
        produced.append((f"repl/{name}.out", p.stdout))

    for rel, data in produced:
        target = outdir / rel
        if check:
            committed = HERE / rel
            have = committed.read_bytes() if committed.exists() else None
            if have != data:
                print(f"DIFF {rel}", file=sys.stderr)
                if have is not None and data is not None:
                    import difflib
                    sys.stderr.writelines(difflib.unified_diff(
                        have.decode(errors="replace").splitlines(True),
                        data.decode(errors="replace").splitlines(True), "committed", "python3"))
                else:
                    print(f"  committed: {'missing' if have is None else 'present'}; python3: "
                          f"{'none' if data is None else 'present'}", file=sys.stderr)
                status = 1
        elif data is None:
            if target.exists():
                target.unlink()
        else:
            target.write_bytes(data)

    if not check and not only:
        for f in sorted(list((HERE / "file").glob("*.out")) + list((HERE / "file").glob("*.err"))
                        + list((HERE / "repl").glob("*.out"))):
            if not f.with_suffix(".py").exists():
                print(f"regen: removing stale {f.relative_to(HERE)}", file=sys.stderr)
                f.unlink()
    if check and status == 0:
        print("regen --check: all outputs match")
    return status


if __name__ == "__main__":
    sys.exit(main())
