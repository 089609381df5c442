//! glasspy's fuzzer: mutated Python programs through parse -> compile ->
//! run, looking for what must never happen — a Rust panic, an abort or
//! another fatal signal, a stack overflow, an audit failure (`--audit`
//! mode), a hang.
//!
//!     cargo run --release --example fuzz -- [--mode plain|audit|gc-stress]
//!         [--seconds N] [--execs N] [--jobs N] [--seed N] [--out DIR]
//!
//! Seeds are every `.py` under `tests/` and `examples/`. The mutator knows
//! Python's tokens: it deletes, duplicates, swaps and replaces whole tokens,
//! inserts keywords, operators, builtins and memory-related snippets
//! (`gc.collect()`, `__del__`, huge numbers), splices lines of another seed
//! and re-indents lines, with an occasional byte flip.
//!
//! Design: `--jobs` driver threads (default 1), each with its own worker
//! process (this binary with `--worker`) and its own sequence of mutations
//! (`--seed` plus the job's number), so `--execs N --jobs J --seed S` runs
//! the same programs every time. A worker runs each program in a fresh
//! interpreter, fed over a pipe, and answers with how long it took. A
//! worker that dies, or that does not answer within the time limit, leaves
//! the program it was running as the finding, written to `--out`
//! (default `target/fuzz-findings`); the driver starts a new worker and goes
//! on. A program that has used 100 ms of CPU time is first interrupted
//! (KeyboardInterrupt, as Ctrl-C would; CPU time, so that the load of the
//! machine does not decide which programs finish), and only counted as a
//! hang if even that fails. Most of a campaign's time used to go to the
//! few mutants that loop until they are interrupted, so the interrupt
//! comes early (a profile in session 16 found a quarter of the workers'
//! time in the 0.1% of programs that reached the old limit, 250 ms); one
//! watchdog thread per worker serves every program. Mutants share their seed's token texts (`Arc<str>`), so making
//! one costs no allocation per token.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// A program that has used this much CPU time is interrupted.
const INTERRUPT_AFTER: Duration = Duration::from_millis(100);
/// A worker that has used this much CPU time on one program without
/// answering is a hang.
const HANG_AFTER: Duration = Duration::from_secs(20);
/// A worker that has not answered in this much wall time is a hang
/// whatever its CPU time (blocked, or starved for as long as that).
const HANG_WALL: Duration = Duration::from_secs(600);
/// The memory budget of a fuzzed program (`--max-memory`).
const MAX_MEMORY: usize = 256 << 20;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--worker") {
        let audit = args.iter().any(|a| a == "--audit");
        worker(audit);
        return;
    }
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let mode = opt("--mode").unwrap_or_else(|| "audit".into());
    if !["plain", "audit", "gc-stress"].contains(&mode.as_str()) {
        eprintln!("--mode is plain, audit or gc-stress");
        std::process::exit(2);
    }
    let seconds: u64 = opt("--seconds").and_then(|s| s.parse().ok()).unwrap_or(60);
    let max_execs: u64 = opt("--execs").and_then(|s| s.parse().ok()).unwrap_or(u64::MAX);
    let jobs: u64 = opt("--jobs").and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
    let seed: u64 = opt("--seed").and_then(|s| s.parse().ok()).unwrap_or(0x9e37_79b9_7f4a_7c15);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out_dir = opt("--out").map(PathBuf::from).unwrap_or_else(|| root.join("target/fuzz-findings"));
    let seeds = Arc::new(load_seeds(&root));
    if seeds.is_empty() {
        eprintln!("no seed programs found under tests/ and examples/");
        std::process::exit(2);
    }
    let shared = Arc::new(Shared::default());
    let start = Instant::now();
    let deadline = start + Duration::from_secs(seconds);
    let drivers: Vec<_> = (0..jobs)
        .map(|job| {
            let (mode, seeds, shared, out_dir) = (mode.clone(), seeds.clone(), shared.clone(), out_dir.clone());
            // Job j runs executions j, j + jobs, j + 2 jobs, ... of the total.
            let quota = max_execs / jobs + u64::from(job < max_execs % jobs);
            let job_seed = seed.wrapping_add(job.wrapping_mul(0x9e37_79b9));
            std::thread::spawn(move || drive(&mode, job, &seeds, deadline, quota, job_seed, &out_dir, &shared))
        })
        .collect();
    let mut last_report = Instant::now();
    while drivers.iter().any(|d| !d.is_finished()) {
        std::thread::sleep(Duration::from_millis(100));
        if last_report.elapsed() > Duration::from_secs(60) {
            eprintln!("{}", shared.summary(&mode, start.elapsed()));
            last_report = Instant::now();
        }
    }
    for d in drivers {
        let _ = d.join();
    }
    let findings = shared.findings.load(Ordering::Relaxed);
    println!(
        "{}{}",
        shared.summary(&mode, start.elapsed()),
        if findings > 0 { format!(" written to {}", out_dir.display()) } else { String::new() }
    );
    if findings > 0 {
        std::process::exit(1);
    }
}

// ----- the worker -------------------------------------------------------------------

/// What the watchdog watches: the CPU clock of the interpreter thread,
/// its reading when the current program started, and the interrupt flag
/// of the program's interpreter.
type Running = Arc<Mutex<Option<(libc::clockid_t, Duration, Arc<AtomicBool>)>>>;

/// The CPU time a thread's clock (`pthread_getcpuclockid`) has counted.
fn cpu_time(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and a pointer to a live timespec.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The calling thread's CPU clock.
fn own_cpu_clock() -> libc::clockid_t {
    let mut clock: libc::clockid_t = libc::CLOCK_THREAD_CPUTIME_ID;
    // SAFETY: pthread_self is the live calling thread; the pointer is to a local.
    unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) };
    clock
}

/// Runs programs read from stdin (a u32 length, then the text), each in a
/// fresh interpreter, answering on the original stdout with the CPU time
/// each took (a u32 of microseconds). The programs' own output goes to /dev/null.
fn worker(audit: bool) {
    glasspy::runtime::budget::set_max_memory(MAX_MEMORY);
    // The protocol moves to private descriptors; a program reading stdin
    // (input()) gets end of file, one printing gets /dev/null.
    let (request_fd, reply_fd) = unsafe { (libc::dup(0), libc::dup(1)) };
    unsafe {
        let null_in = libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY);
        let null_out = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
        libc::dup2(null_in, 0);
        libc::dup2(null_out, 1);
        libc::dup2(null_out, 2);
    }
    let mut reply = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(reply_fd) };
    let mut input = std::io::BufReader::new(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(request_fd) });
    let running: Running = Arc::new(Mutex::new(None));
    let watched = running.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(INTERRUPT_AFTER / 5);
        // CPU time, not wall time: on a loaded machine a program is not cut
        // short for waiting its turn, and the runs do not depend on the load.
        if let Some((clock, started, flag)) = watched.lock().unwrap().as_ref() {
            if cpu_time(*clock).saturating_sub(*started) > INTERRUPT_AFTER {
                flag.store(true, Ordering::Relaxed);
            }
        }
    });
    // The interpreter runs on a thread with a large stack, as in main.rs.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || loop {
            let clock = own_cpu_clock();
            let mut len = [0u8; 4];
            if input.read_exact(&mut len).is_err() {
                return;
            }
            let mut src = vec![0u8; u32::from_le_bytes(len) as usize];
            if input.read_exact(&mut src).is_err() {
                return;
            }
            let started = cpu_time(clock);
            run_one(&String::from_utf8_lossy(&src), audit, clock, &running);
            let micros = cpu_time(clock).saturating_sub(started).as_micros().min(u32::MAX as u128) as u32;
            if reply.write_all(&micros.to_le_bytes()).is_err() {
                return;
            }
        })
        .expect("worker thread");
    let _ = child.join();
}

/// One program in a fresh interpreter, under the watchdog.
fn run_one(src: &str, audit: bool, clock: libc::clockid_t, running: &Running) {
    let mut it = glasspy::runtime::Interp::new();
    if audit {
        it.set_audit(Some(glasspy::inspect::holders::count_all));
    }
    glasspy::inspect::glass::register();
    *running.lock().unwrap() = Some((clock, cpu_time(clock), it.interrupt.clone()));
    let _ = it.run_block(src, "<fuzz>", false, true);
    let _ = it.finish();
    *running.lock().unwrap() = None;
}

// ----- the driver -------------------------------------------------------------------

/// Counts every driver thread adds to.
#[derive(Default)]
struct Shared {
    execs: AtomicU64,
    findings: AtomicU64,
    /// Programs that ran past the interrupt, and the microseconds all took.
    slow: AtomicU64,
    micros: AtomicU64,
}

impl Shared {
    fn summary(&self, mode: &str, elapsed: Duration) -> String {
        let execs = self.execs.load(Ordering::Relaxed);
        let micros = self.micros.load(Ordering::Relaxed);
        format!(
            "fuzz {}: {} executions in {:.0} s ({:.0}/s; {:.2} ms of CPU each in the worker, {} interrupted), {} findings (panics, signals, audit failures, hangs)",
            mode,
            execs,
            elapsed.as_secs_f64(),
            execs as f64 / elapsed.as_secs_f64().max(1e-9),
            micros as f64 / 1000.0 / execs.max(1) as f64,
            self.slow.load(Ordering::Relaxed),
            self.findings.load(Ordering::Relaxed),
        )
    }
}

struct Worker {
    child: Child,
    input: ChildStdin,
    answers: mpsc::Receiver<u32>,
}

impl Worker {
    fn start(mode: &str) -> Worker {
        let exe = std::env::current_exe().expect("own path");
        let mut cmd = Command::new(exe);
        cmd.arg("--worker");
        if mode != "plain" {
            cmd.arg("--audit");
        }
        if mode == "gc-stress" {
            cmd.env("GLASSPY_GC_STRESS", "1");
        } else {
            cmd.env_remove("GLASSPY_GC_STRESS");
        }
        let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("start worker");
        let input = child.stdin.take().unwrap();
        let mut out: ChildStdout = child.stdout.take().unwrap();
        let (tx, answers) = mpsc::channel();
        std::thread::spawn(move || {
            let mut micros = [0u8; 4];
            while out.read_exact(&mut micros).is_ok() {
                if tx.send(u32::from_le_bytes(micros)).is_err() {
                    return;
                }
            }
        });
        Worker { child, input, answers }
    }

    /// Sends one program; its answer (microseconds), or what went wrong.
    /// A hang is `patience` of the worker's CPU time, not of wall time:
    /// at nice 19 on a busy machine a worker may wait minutes for a core.
    fn run(&mut self, bytes: &[u8], patience: Duration) -> Result<u32, &'static str> {
        let sent = self.input.write_all(&(bytes.len() as u32).to_le_bytes()).and_then(|_| self.input.write_all(bytes)).and_then(|_| self.input.flush());
        if sent.is_err() {
            return Err("worker gone");
        }
        let (cpu_start, wall_start) = (process_cpu(self.child.id()), Instant::now());
        loop {
            match self.answers.recv_timeout(Duration::from_secs(1)) {
                Ok(micros) => return Ok(micros),
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err("died"),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if process_cpu(self.child.id()).saturating_sub(cpu_start) > patience || wall_start.elapsed() > HANG_WALL {
                        return Err("hang");
                    }
                }
            }
        }
    }

    fn stop(&mut self) -> String {
        let _ = self.child.kill();
        self.child.wait().map(|s| format!("{:?}", s)).unwrap_or_default()
    }
}

/// The CPU time (user and system) a process has used, from /proc.
fn process_cpu(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{}/stat", pid)).unwrap_or_default();
    // The fields after the command name (which may hold spaces) in parentheses:
    // utime and stime are the 12th and 13th, in clock ticks.
    let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: u64 = [11, 12].iter().filter_map(|&i| fields.get(i)?.parse::<u64>().ok()).sum();
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Duration::from_millis(ticks * 1000 / hz)
}

#[allow(clippy::too_many_arguments)]
fn drive(mode: &str, job: u64, seeds: &[Vec<Tok>], deadline: Instant, quota: u64, seed: u64, out_dir: &Path, shared: &Shared) {
    let mut rng = Rng(seed | 1);
    let mut worker = Worker::start(mode);
    let mut done = 0u64;
    while Instant::now() < deadline && done < quota {
        let prog = mutate(&mut rng, seeds);
        let bytes = prog.as_bytes();
        let mut verdict = worker.run(bytes, HANG_AFTER);
        // A program that did not answer in time gets one more, longer try
        // in a fresh worker.
        if verdict == Err("hang") {
            worker.stop();
            worker = Worker::start(mode);
            verdict = worker.run(bytes, HANG_AFTER * 3);
        }
        done += 1;
        shared.execs.fetch_add(1, Ordering::Relaxed);
        match verdict {
            Ok(micros) => {
                shared.micros.fetch_add(u64::from(micros), Ordering::Relaxed);
                if Duration::from_micros(u64::from(micros)) >= INTERRUPT_AFTER {
                    shared.slow.fetch_add(1, Ordering::Relaxed);
                }
            }
            Err(what) => {
                let status = worker.stop();
                let n = shared.findings.fetch_add(1, Ordering::Relaxed) + 1;
                let _ = std::fs::create_dir_all(out_dir);
                let path = out_dir.join(format!("{}-{}-{}.py", mode, job, n));
                let _ = std::fs::write(&path, bytes);
                eprintln!("finding ({}, {}): {}", what, status, path.display());
                worker = Worker::start(mode);
            }
        }
    }
    drop(worker.input);
    let _ = worker.child.wait();
}

// ----- seeds and tokens -------------------------------------------------------------

/// A token of Python source, kept with its text (whitespace and newlines
/// are tokens too). The text is shared: a mutant starts as a copy of a
/// seed's tokens, which must not cost an allocation per token.
#[derive(Clone, Debug)]
struct Tok {
    text: Arc<str>,
    kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Name,
    Number,
    Str,
    Op,
    Space,
    Newline,
}

fn load_seeds(root: &Path) -> Vec<Vec<Tok>> {
    let mut files = Vec::new();
    for dir in ["tests", "examples"] {
        collect_py(&root.join(dir), &mut files);
    }
    files.sort();
    files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).filter(|s| s.len() < 20_000).map(|s| tokenize(&s)).collect()
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// A forgiving tokenizer: names, numbers, string literals (with prefixes),
/// operators (longest first), runs of spaces, newlines, comments as spaces.
fn tokenize(src: &str) -> Vec<Tok> {
    const OPS: [&str; 21] = ["**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "|="];
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = if c == '\n' {
            i += 1;
            Kind::Newline
        } else if c == ' ' || c == '\t' {
            while i < chars.len() && (chars[i] == ' ' || chars[i] == '\t') {
                i += 1;
            }
            Kind::Space
        } else if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            Kind::Space
        } else if c == '"' || c == '\'' || ((c == 'f' || c == 'b' || c == 'r') && i + 1 < chars.len() && (chars[i + 1] == '"' || chars[i + 1] == '\'')) {
            if c != '"' && c != '\'' {
                i += 1;
            }
            let q = chars[i];
            let triple = i + 2 < chars.len() && chars[i + 1] == q && chars[i + 2] == q;
            i += if triple { 3 } else { 1 };
            while i < chars.len() {
                if chars[i] == '\\' {
                    i += 2;
                    continue;
                }
                if triple {
                    if i + 2 < chars.len() && chars[i] == q && chars[i + 1] == q && chars[i + 2] == q {
                        i += 3;
                        break;
                    }
                } else if chars[i] == q || chars[i] == '\n' {
                    i += 1;
                    break;
                }
                i += 1;
            }
            Kind::Str
        } else if c.is_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            Kind::Name
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_') {
                i += 1;
            }
            Kind::Number
        } else {
            let rest: String = chars[i..(i + 3).min(chars.len())].iter().collect();
            let len = OPS.iter().find(|o| rest.starts_with(*o)).map(|o| o.chars().count()).unwrap_or(1);
            i += len;
            Kind::Op
        };
        let end = i.min(chars.len());
        out.push(Tok { text: chars[start..end].iter().collect::<String>().into(), kind });
    }
    out
}

// ----- the mutator ------------------------------------------------------------------

/// Things worth inserting: keywords, operators, builtins, and snippets that
/// exercise memory management.
const DICTIONARY: &[&str] = &[
    "def", "class", "return", "lambda", "yield", "if", "elif", "else", "while", "for", "in", "not", "and", "or", "is", "try", "except",
    "finally", "raise", "with", "as", "del", "global", "nonlocal", "pass", "break", "continue", "None", "True", "False", "(", ")", "[",
    "]", "{", "}", ":", ",", ".", ";", "=", "+", "-", "*", "/", "//", "%", "**", "@", "<", ">", "==", "!=", "<<", ">>", "&", "|", "^",
    "~", "*args", "**kw", "print", "len", "list", "dict", "set", "tuple", "sorted", "map", "zip", "filter", "enumerate", "iter",
    "next", "sum", "min", "max", "range", "repr", "str", "int", "float", "bytes", "isinstance", "getattr", "setattr", "super",
    "object", "type", "id", "getrefcount", "gc_collect()", "gc.collect()", "gc.disable()", "gc.enable()", "gc.freeze()",
    "import gc", "import sys", "import weakref", "weakref.ref", "sys.getsizeof", "sys.getrefcount", "__del__", "__init__",
    "__iter__", "__next__", "__eq__", "__hash__", "__lt__", "__repr__", "__getitem__", "__len__", "__bool__", "__enter__",
    "__exit__", "self", "10**20", "2**63", "-1", "0", "1e308", "'x'*1000", "[[]]*5", "\n    ", "\n", "    ", "x", "y", "l", "d",
    "raise StopIteration", "except BaseException: pass", "l.append(l)", "d[k]=d", "x.__dict__", "sys.setrecursionlimit(50)",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(rng: &mut Rng, seeds: &[Vec<Tok>]) -> String {
    let mut toks = seeds[rng.below(seeds.len())].clone();
    let rounds = 1 + rng.below(6);
    for _ in 0..rounds {
        let n = toks.len().max(1);
        let at = rng.below(n);
        match rng.below(10) {
            0 if !toks.is_empty() => {
                toks.remove(at);
            }
            1 if !toks.is_empty() => {
                let t = toks[at].clone();
                toks.insert(at, t);
            }
            2 if toks.len() > 1 => {
                let other = rng.below(toks.len());
                toks.swap(at, other);
            }
            3 => {
                let word = DICTIONARY[rng.below(DICTIONARY.len())];
                toks.insert(at.min(toks.len()), Tok { text: word.into(), kind: Kind::Op });
            }
            4 => {
                // A token of the same kind from another seed.
                let other = &seeds[rng.below(seeds.len())];
                if let (Some(mine), false) = (toks.get(at).cloned(), other.is_empty()) {
                    let same: Vec<&Tok> = other.iter().filter(|t| t.kind == mine.kind).collect();
                    if !same.is_empty() {
                        toks[at] = same[rng.below(same.len())].clone();
                    }
                }
            }
            5 => {
                // Splice: the lines of another seed from a random line on.
                let other = &seeds[rng.below(seeds.len())];
                let lines: Vec<usize> = other.iter().enumerate().filter(|(_, t)| t.kind == Kind::Newline).map(|(i, _)| i + 1).collect();
                if let Some(&from) = lines.get(rng.below(lines.len().max(1))) {
                    let take = 1 + rng.below(30);
                    let piece: Vec<Tok> = other[from..].iter().take(take * 8).cloned().collect();
                    let cut = toks.iter().enumerate().filter(|(_, t)| t.kind == Kind::Newline).map(|(i, _)| i + 1).nth(rng.below(8)).unwrap_or(toks.len());
                    toks.splice(cut..cut, piece);
                }
            }
            6 => {
                // Re-indent: a line's leading space grows or shrinks.
                if let Some(i) = toks.iter().skip(at).position(|t| t.kind == Kind::Newline).map(|p| p + at + 1) {
                    if i < toks.len() && toks[i].kind == Kind::Space {
                        toks[i].text = " ".repeat(rng.below(13)).into();
                    } else {
                        toks.insert(i.min(toks.len()), Tok { text: "    ".into(), kind: Kind::Space });
                    }
                }
            }
            7 => {
                // An interesting number.
                const NUMS: [&str; 8] = ["0", "-1", "255", "256", "2**31", "2**64", "10**30", "1000000"];
                if let Some(t) = toks.iter_mut().skip(at).find(|t| t.kind == Kind::Number) {
                    t.text = NUMS[rng.below(NUMS.len())].into();
                }
            }
            8 => {
                // Repeat a run of tokens (deeper nesting, longer lines).
                let len = 1 + rng.below(8);
                let end = (at + len).min(toks.len());
                let run: Vec<Tok> = toks[at.min(end)..end].to_vec();
                let times = 1 + rng.below(20);
                for _ in 0..times {
                    toks.splice(end..end, run.iter().cloned());
                }
            }
            _ => {
                // A byte flip inside one token's text.
                if let Some(t) = toks.get_mut(at) {
                    let mut b = t.text.as_bytes().to_vec();
                    if !b.is_empty() {
                        let i = rng.below(b.len());
                        b[i] ^= 1 << rng.below(7);
                        t.text = String::from_utf8_lossy(&b).into();
                    }
                }
            }
        }
        if toks.len() > 20_000 {
            toks.truncate(20_000);
        }
    }
    toks.iter().map(|t| &*t.text).collect()
}
