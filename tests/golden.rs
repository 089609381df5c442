//! Golden tests: every `tests/golden/file/NAME.py` and `tests/golden/repl/NAME.py`
//! run through the glasspy binary, compared with the expected output next to it.
//!
//! * `file/NAME.py` runs as `glasspy --audit NAME.py` (from inside `file/`).
//!   `NAME.out` is the expected stdout. `NAME.err`, when present, is the
//!   expected last line of stderr and the exit status is then 1 (0 without
//!   it); an `.err` of just `SyntaxError` matches any line starting with it,
//!   as in the shared conformance runner.
//! * `repl/NAME.py` is fed on stdin to `glasspy --audit -i`; `NAME.out` is the
//!   expected stdout (prompts and tracebacks go to stderr); the session must
//!   end with status 0.
//!
//! Every case runs with `--audit`: after each statement the interpreter
//! recounts every reference by scanning its holders, and stops with status 3
//! ("internal error: heap audit failed") on a disagreement.
//!
//! (`GLASSPY_AUDIT=0` leaves `--audit` out, for debugging only.)
//!
//! `.out`/`.err` files come from CPython 3.11 (`tests/regen.py`), except for
//! `model_*` cases, where glasspy's memory model is the reference (MODEL.md
//! §6) and the expected output is written by hand with the reasoning in the
//! case's comments. `GLASSPY_REGEN=1 cargo test --test golden` rewrites the
//! `.out`/`.err` of the `model_*` cases from glasspy's own output (review the
//! diff against the comments before keeping it).
//!
//! `gc_stress` runs every case again with `GLASSPY_GC_STRESS=1` (a full
//! collection at every tracked allocation) and expects the same output; a
//! file case that prints the collector's state itself (generation counts,
//! tracking) says `gc-stress: skip` in a comment and is left out. With
//! `GLASSPY_GC_STRESS=1` in the environment of `cargo test`, the `golden`
//! test runs that way too.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_glasspy");
const TIMEOUT: Duration = Duration::from_secs(60);
/// A case marked heavy (tens of thousands of audited statements) gets more
/// time: a loaded machine must not turn it into a failure.
const HEAVY_TIMEOUT: Duration = Duration::from_secs(600);
const HEAVY_MARK: &str = "glass: heavy";
const STRESS_SKIP_MARK: &str = "gc-stress: skip";

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    File,
    Repl,
}

struct Case {
    mode: Mode,
    name: String,
    path: PathBuf,
}

impl Case {
    fn label(&self) -> String {
        match self.mode {
            Mode::File => format!("file/{}", self.name),
            Mode::Repl => format!("repl/{}", self.name),
        }
    }
}

/// `GLASSPY_AUDIT=0` leaves `--audit` out, to tell an audit failure apart
/// from wrong output while debugging. CI never sets it.
fn audit_enabled() -> bool {
    std::env::var("GLASSPY_AUDIT").map_or(true, |v| v != "0")
}

struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

fn cases() -> Vec<Case> {
    let mut all = Vec::new();
    for (mode, sub) in [(Mode::File, "file"), (Mode::Repl, "repl")] {
        let dir = golden_dir().join(sub);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {}", dir.display(), e))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().map_or(false, |x| x == "py"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            all.push(Case { mode, name, path });
        }
    }
    assert!(!all.is_empty(), "no golden cases found under {}", golden_dir().display());
    all
}

/// How long a case may run.
fn timeout(case: &Case) -> Duration {
    if std::fs::read_to_string(&case.path).is_ok_and(|s| s.contains(HEAVY_MARK)) {
        HEAVY_TIMEOUT
    } else {
        TIMEOUT
    }
}

/// Runs glasspy on a case; kills it after its `timeout`.
fn run_case(case: &Case, stress: bool) -> Run {
    let limit = timeout(case);
    let mut cmd = Command::new(BIN);
    if audit_enabled() {
        cmd.arg("--audit");
    }
    cmd.env("NO_COLOR", "1").env("TERM", "dumb").env_remove("GLASSPY_GC_STRESS");
    if stress {
        cmd.env("GLASSPY_GC_STRESS", "1");
    }
    cmd.current_dir(case.path.parent().unwrap());
    match case.mode {
        Mode::File => {
            cmd.arg(case.path.file_name().unwrap()).stdin(Stdio::null());
        }
        Mode::Repl => {
            let input = std::fs::File::open(&case.path).unwrap();
            cmd.arg("-i").stdin(Stdio::from(input));
        }
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {}: {}", BIN, e));
    // Drain both pipes on their own threads so a chatty case cannot block.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out_pipe.read_to_end(&mut b);
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err_pipe.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            timed_out = true;
            break child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap()).into_owned();
    Run { status: status.code(), stdout, stderr, timed_out }
}

fn last_line(text: &str) -> &str {
    text.lines().filter(|l| !l.trim().is_empty()).last().map(str::trim).unwrap_or("")
}

/// A short picture of where two outputs part: a few lines of common context,
/// then what was expected and what glasspy printed.
fn diff_snippet(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let first = w.iter().zip(g.iter()).take_while(|(a, b)| a == b).count();
    let mut s = String::new();
    for l in &w[first.saturating_sub(2)..first] {
        s += &format!("        {}\n", l);
    }
    for l in w.iter().skip(first).take(6) {
        s += &format!("      - {}\n", l);
    }
    if w.len() > first + 6 {
        s += &format!("      - ... ({} more expected lines)\n", w.len() - first - 6);
    }
    for l in g.iter().skip(first).take(6) {
        s += &format!("      + {}\n", l);
    }
    if g.len() > first + 6 {
        s += &format!("      + ... ({} more lines)\n", g.len() - first - 6);
    }
    if w.len() == g.len() && first == w.len() {
        s += "      (lines are equal; the outputs differ in a trailing newline)\n";
    }
    s
}

/// Checks one case; `None` when it passes, else a description of every problem.
fn check(case: &Case, stress: bool) -> Option<String> {
    let run = run_case(case, stress);
    let want_out = std::fs::read_to_string(case.path.with_extension("out")).unwrap_or_default();
    let want_err = std::fs::read_to_string(case.path.with_extension("err")).ok().map(|s| s.trim().to_string());
    let got_last = last_line(&run.stderr);
    let mut problems = Vec::new();
    if run.timed_out {
        problems.push(format!("timed out after {:?}", timeout(case)));
    }
    match run.status {
        None => problems.push(format!("killed by a signal; stderr: {}", got_last)),
        Some(3) => problems.push(format!("heap audit failed (exit 3): {}", got_last)),
        Some(c) if c > 1 => problems.push(format!("exit status {} (crash?); stderr: {}", c, got_last)),
        _ => {}
    }
    if run.stderr.contains("panicked") {
        problems.push(format!("Rust panic: {}", run.stderr.lines().find(|l| l.contains("panicked")).unwrap_or("")));
    }
    if run.stdout != want_out {
        problems.push(format!("stdout differs (- expected, + got):\n{}", diff_snippet(&want_out, &run.stdout)));
    }
    let status = run.status.unwrap_or(-1);
    match (case.mode, &want_err) {
        (Mode::Repl, _) | (Mode::File, None) => {
            if status == 1 {
                problems.push(format!("exit status 1, expected 0; stderr: {}", got_last));
            }
        }
        (Mode::File, Some(want)) => {
            let ok = if want == "SyntaxError" { got_last.starts_with("SyntaxError") } else { got_last == want };
            if status != 1 || !ok {
                problems.push(format!("expected exit 1 with `{}`, got exit {} with `{}`", want, status, got_last));
            }
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n    "))
    }
}

/// Runs `check` over the cases on a few threads and fails once, listing every
/// failing case.
fn check_all(cases: Vec<Case>, stress: bool, what: &str) {
    let n = cases.len();
    let threads = std::thread::available_parallelism().map_or(4, |p| p.get()).min(8);
    let queue = std::sync::Mutex::new(cases.into_iter().enumerate().collect::<Vec<_>>());
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let next = queue.lock().unwrap().pop();
                let Some((i, case)) = next else { break };
                let r = check(&case, stress);
                results.lock().unwrap().push((i, case.label(), r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|r| r.0);
    let failures: Vec<String> =
        results.iter().filter_map(|(_, label, r)| r.as_ref().map(|p| format!("FAIL {}: {}", label, p))).collect();
    if !failures.is_empty() {
        panic!("{} of {} golden cases failed {}:\n\n{}\n", failures.len(), n, what, failures.join("\n\n"));
    }
    eprintln!("{} golden cases passed {}", n, what);
}

/// `GLASSPY_GC_STRESS=1` in the test's own environment runs the `golden`
/// test under stress too (as `.ci/run` does).
fn stress_from_env() -> bool {
    std::env::var("GLASSPY_GC_STRESS").map_or(false, |v| v == "1")
}

fn stress_cases() -> Vec<Case> {
    cases().into_iter().filter(|c| !std::fs::read_to_string(&c.path).unwrap().contains(STRESS_SKIP_MARK)).collect()
}

#[test]
fn golden() {
    if std::env::var("GLASSPY_REGEN").map_or(false, |v| v == "1") {
        regen_model_cases();
    }
    let audit = if audit_enabled() { "with --audit" } else { "GLASSPY_AUDIT=0: without --audit" };
    if stress_from_env() {
        check_all(stress_cases(), true, &format!("({}, GLASSPY_GC_STRESS=1 from the environment)", audit));
    } else {
        check_all(cases(), false, &format!("({})", audit));
    }
}

#[test]
fn gc_stress() {
    let audit = if audit_enabled() { "with --audit" } else { "GLASSPY_AUDIT=0: without --audit" };
    check_all(stress_cases(), true, &format!("({} and GLASSPY_GC_STRESS=1)", audit));
}

/// GLASSPY_REGEN=1: rewrite the expected output of the `model_*` cases from
/// glasspy's own output. (The other cases are regenerated from CPython by
/// `tests/regen.py`.)
fn regen_model_cases() {
    for case in cases().into_iter().filter(|c| c.name.starts_with("model_")) {
        let run = run_case(&case, false);
        std::fs::write(case.path.with_extension("out"), &run.stdout).unwrap();
        let err = case.path.with_extension("err");
        if case.mode == Mode::File && run.status == Some(1) {
            let last = last_line(&run.stderr);
            let last = if last.starts_with("SyntaxError") { "SyntaxError" } else { last };
            std::fs::write(&err, format!("{}\n", last)).unwrap();
        } else if err.exists() {
            std::fs::remove_file(&err).unwrap();
        }
        eprintln!("regenerated {} from glasspy", case.label());
    }
}
