//! The collector in slow motion and the pymalloc map: golden outputs, and
//! the proof that watching changes nothing.
//!
//! * `tests/golden/inspect/NAME.py` is fed on stdin to `glasspy --audit -i`
//!   (the commands run as at the terminal prompt); `NAME.out` is the
//!   expected stdout.
//! * `tests/golden/inspect/trace_NAME.py` runs as `glasspy --gc-trace
//!   trace_NAME.py`; `trace_NAME.out` is the expected stderr (the trace),
//!   and stdout must be byte for byte what the program prints without the
//!   flag.
//!
//! The expected outputs are glasspy's own (the model is the reference:
//! each case says in its comments what a reader should find and why).
//! `GLASSPY_BLESS=1 cargo test --test inspect_gc` rewrites them; review the
//! diff against the comments before keeping it. These cases show when the
//! collector finds garbage, which `GLASSPY_GC_STRESS` changes on purpose,
//! so they run without it.
//!
//! `gc_trace_changes_no_output` runs every golden file case with and
//! without `--gc-trace` and compares stdout. The in-process tests run one
//! program twice, collecting once watched (the `:gc` view) and once not,
//! and compare everything a program could observe: every object's id,
//! count and generation, the gc counters, the free lists, the pools and
//! the blocks the next allocations will get.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use glasspy::inspect::gc_trace::{GcTrace, Target};
use glasspy::runtime::Interp;

const BIN: &str = env!("CARGO_BIN_EXE_glasspy");

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden").join("inspect")
}

fn bless() -> bool {
    std::env::var("GLASSPY_BLESS").is_ok_and(|v| v == "1")
}

struct Out {
    stdout: String,
    stderr: String,
    ok: bool,
}

fn glasspy(args: &[&str], stdin: Option<&Path>, cwd: &Path, stress_env: bool) -> Out {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(cwd).env("NO_COLOR", "1").env("TERM", "dumb");
    if !stress_env {
        cmd.env_remove("GLASSPY_GC_STRESS");
    }
    match stdin {
        Some(p) => cmd.stdin(Stdio::from(std::fs::File::open(p).unwrap())),
        None => cmd.stdin(Stdio::null()),
    };
    let o = cmd.output().unwrap_or_else(|e| panic!("cannot run {}: {}", BIN, e));
    Out { stdout: String::from_utf8_lossy(&o.stdout).into_owned(), stderr: String::from_utf8_lossy(&o.stderr).into_owned(), ok: o.status.success() }
}

fn cases(prefix_trace: bool) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("trace_") == prefix_trace)
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no cases in {}", dir().display());
    v
}

/// Compares `got` with the `.out` beside `case` (or writes it, blessing).
fn check(case: &Path, got: &str, failures: &mut Vec<String>) {
    let want_path = case.with_extension("out");
    if bless() {
        std::fs::write(&want_path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&want_path).unwrap_or_default();
    if want != got {
        let line = want.lines().zip(got.lines()).position(|(a, b)| a != b).unwrap_or(want.lines().count().min(got.lines().count()));
        failures.push(format!(
            "{}: output differs from line {}:\n  want: {}\n  got:  {}",
            case.file_name().unwrap().to_string_lossy(),
            line + 1,
            want.lines().nth(line).unwrap_or("<end>"),
            got.lines().nth(line).unwrap_or("<end>")
        ));
    }
}

#[test]
fn commands_golden() {
    let mut failures = Vec::new();
    for case in cases(false) {
        let o = glasspy(&["--audit", "-i"], Some(&case), &dir(), false);
        assert!(o.ok, "{}: glasspy failed:\n{}", case.display(), o.stderr);
        check(&case, &o.stdout, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn gc_trace_golden() {
    let mut failures = Vec::new();
    for case in cases(true) {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let traced = glasspy(&["--audit", "--gc-trace", &name], None, &dir(), false);
        let plain = glasspy(&["--audit", &name], None, &dir(), false);
        assert!(traced.ok && plain.ok, "{}: glasspy failed:\n{}", name, traced.stderr);
        assert_eq!(traced.stdout, plain.stdout, "{}: --gc-trace changed what the program prints", name);
        check(&case, &traced.stderr, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// No observer effect: every golden file case prints the same with and
/// without `--gc-trace` (and with GLASSPY_GC_STRESS if the environment has it).
#[test]
fn gc_trace_changes_no_output() {
    let files = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden").join("file");
    let mut n = 0;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&files).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let plain = glasspy(&[&name], None, &files, true);
        let traced = glasspy(&["--gc-trace", &name], None, &files, true);
        assert_eq!(traced.stdout, plain.stdout, "{}: --gc-trace changed stdout", name);
        assert_eq!(traced.ok, plain.ok, "{}: --gc-trace changed the exit status", name);
        n += 1;
    }
    assert!(n > 10, "too few file cases: {}", n);
}

/// `:gc` and `gc.collect()` leave a session in the same state: the lines
/// the program prints after them are the same.
#[test]
fn colon_gc_is_gc_collect() {
    let prefix = "import gc, weakref\nclass N:\n    def __del__(self):\n        print('del', self.tag)\n\n\
                  a = N(); a.tag = 'a'; b = N(); b.tag = 'b'; a.b = b; b.a = a\n\
                  t = (1, 2); d = {'k': 1}\n\
                  c = []; c.append(c); w = weakref.ref(N(), print)\n\
                  del a, b, c\n";
    let suffix = "print('=== after')\n\
                  gc.get_count()\n\
                  gc.is_tracked(t), gc.is_tracked(d)\n\
                  [s['collected'] for s in gc.get_stats()]\n\
                  w() is None\n\
                  x = []\n\
                  hex(id(x)), hex(id(N()))\n\
                  gc.collect()\n";
    let tmp = std::env::temp_dir().join(format!("glasspy-inspect-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut after = Vec::new();
    for (g, how) in [("2", ":gc"), ("2", ":gc 2"), ("0", ":gc 0"), ("1", ":gc 1")] {
        let mut outs = Vec::new();
        for collect in [how.to_string(), format!("gc.collect({})", g)] {
            let f = tmp.join("session.py");
            std::fs::write(&f, format!("{}{}\n{}", prefix, collect, suffix)).unwrap();
            let o = glasspy(&["--audit", "-i"], Some(&f), &tmp, false);
            assert!(o.ok, "{}", o.stderr);
            let tail = o.stdout.split("=== after\n").nth(1).unwrap_or_else(|| panic!("no marker in {}", o.stdout)).to_string();
            outs.push((o.stdout, tail));
        }
        assert_eq!(outs[0].1, outs[1].1, "{} and gc.collect({}) differ afterwards:\n{}\n---\n{}", how, g, outs[0].0, outs[1].0);
        // What gc.collect() echoed is what :gc said it found.
        let echoed = outs[1].0.split("=== after").next().unwrap().lines().rev().find(|l| !l.is_empty()).unwrap_or("").to_string();
        assert!(outs[0].0.contains(&format!("gc: done, {} unreachable", echoed)), "{}: :gc's count is not gc.collect()'s {}:\n{}", how, echoed, outs[0].0);
        after.push(outs[0].1.clone());
    }
    let _ = std::fs::remove_dir_all(&tmp);
    // The generations really differ (the test can fail).
    assert_ne!(after[0], after[2]);
}

/// Everything a program can observe of the heap, the collector and the allocator.
fn snapshot(it: &Interp) -> String {
    let h = &it.heap;
    let mut s = String::new();
    for r in h.live_objects() {
        let _ = writeln!(s, "{} {:#x} rc={} gen={} flags={}", r.0, h.id(r), h.rc(r), h.slots[r.idx()].gen(), h.flags(r));
    }
    let g = &h.gc;
    for gen in &g.gens {
        let _ = writeln!(s, "count {} len {}", gen.count, gen.len);
    }
    let _ = writeln!(s, "long-lived {} {} stats {:?} live {}", g.long_lived_total, g.long_lived_pending, g.stats, h.live);
    let fl = &h.freelists;
    let _ = writeln!(s, "free lists {:?} {:?} {:?} {:?}", fl.floats, fl.lists, fl.dicts, fl.tuples);
    h.mem.write_stats(&mut s);
    for a in h.mem.arena_map() {
        for p in &a.pools {
            let _ = writeln!(s, "pool {}.{} {:?} {:?} {:?}", p.arena, p.index, p, h.mem.pool_next_blocks(p.arena, p.index), h.mem.pool_allocated(p.arena, p.index));
        }
    }
    s
}

/// Runs `before`, a collection of generation `g` (watched by the `:gc`
/// view or not), then `after`; the snapshots after the collection and at
/// the end.
fn run_twice(before: &str, g: usize, after: &str, debug: u32) -> [(String, String); 2] {
    let mut res: Vec<(String, String)> = Vec::new();
    for watched in [false, true] {
        let mut it = Interp::new();
        // Stress collections would leave nothing for this one to find.
        it.heap.gc.stress = false;
        it.heap.gc.debug = debug;
        it.run_block(before, "<before>", false, true);
        let n = if watched {
            let mut view = GcTrace::new(Target::Stdout);
            it.collect_observed(g, &mut view)
        } else {
            it.collect_generation(g)
        };
        let mid = format!("collected {}\n{}", n, snapshot(&it));
        it.run_block(after, "<after>", false, true);
        res.push((mid, snapshot(&it)));
    }
    [res[0].clone(), res[1].clone()]
}

#[test]
fn watched_collection_is_the_same_collection() {
    let before = "import weakref\n\
                  fired = []\n\
                  class N:\n    def __del__(self):\n        fired.append(1)\n\
                  class R:\n    def __del__(self):\n        keep.append(self)\n\
                  keep = []\n\
                  for i in range(300):\n    a = N(); b = N(); a.b = b; b.a = a\n    l = [i, (i, 'x')]; l.append(l)\n\
                  r = R(); r.me = r\n\
                  x = N(); x.me = x\n\
                  w = weakref.ref(x, lambda ref: fired.append(ref))\n\
                  del a, b, l, r, x\n\
                  d = {'a': 1}; t = (1, 2)\n";
    let after = "ys = [[] for i in range(50)]\nz = 1.5 * 3\nq = (z, z)\n";
    // debug 2 (DEBUG_COLLECTABLE, on stderr): the view and gc's own debug
    // output watch together.
    for (g, debug) in [(0, 0), (1, 0), (2, 0), (2, 2)] {
        let [plain, watched] = run_twice(before, g, after, debug);
        assert!(plain.0.starts_with("collected ") && !plain.0.starts_with("collected 0\n"), "generation {}: nothing collected, the test proves nothing", g);
        assert_eq!(plain.0, watched.0, "generation {}: watching changed the collection", g);
        assert_eq!(plain.1, watched.1, "generation {}: watching changed what came after", g);
    }
}
