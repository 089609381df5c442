//! glasspy's fuzzer: mutated Python programs through parse -> compile ->
//! run, looking for what must never happen — a Rust panic, an abort or
//! another fatal signal, a stack overflow, an audit failure (`--audit`
//! mode), a hang.
//!
//!     cargo run --release --example fuzz -- [--mode plain|audit|gc-stress]
//!         [--seconds N] [--execs N] [--seed N] [--out DIR]
//!
//! Seeds are every `.py` under `tests/` and `examples/`. The mutator knows
//! Python's tokens: it deletes, duplicates, swaps and replaces whole tokens,
//! inserts keywords, operators, builtins and memory-related snippets
//! (`gc.collect()`, `__del__`, huge numbers), splices lines of another seed
//! and re-indents lines, with an occasional byte flip.
//!
//! Design: the driver runs the programs in a worker process (this binary
//! with `--worker`), one fresh interpreter per program, fed over a pipe. A
//! worker that dies, or that does not answer within the time limit, leaves
//! the program it was running as the finding, written to `--out`
//! (default `target/fuzz-findings`); the driver starts a new worker and goes
//! on. A program that runs too long is first interrupted (KeyboardInterrupt,
//! as Ctrl-C would), and only counted as a hang if even that fails.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A program still running after this is interrupted.
const INTERRUPT_AFTER: Duration = Duration::from_millis(1500);
/// A worker that has not answered after this is a hang.
const HANG_AFTER: Duration = Duration::from_secs(20);
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
    let seed: u64 = opt("--seed").and_then(|s| s.parse().ok()).unwrap_or(0x9e37_79b9_7f4a_7c15);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out_dir = opt("--out").map(PathBuf::from).unwrap_or_else(|| root.join("target/fuzz-findings"));
    let seeds = load_seeds(&root);
    if seeds.is_empty() {
        eprintln!("no seed programs found under tests/ and examples/");
        std::process::exit(2);
    }
    let stats = drive(&mode, &seeds, seconds, max_execs, seed, &out_dir);
    println!(
        "fuzz {}: {} executions in {:.0} s ({:.0}/s), {} findings (panics, signals, audit failures, hangs){}",
        mode,
        stats.execs,
        stats.elapsed.as_secs_f64(),
        stats.execs as f64 / stats.elapsed.as_secs_f64().max(1e-9),
        stats.findings,
        if stats.findings > 0 { format!(" written to {}", out_dir.display()) } else { String::new() }
    );
    if stats.findings > 0 {
        std::process::exit(1);
    }
}

// ----- the worker -------------------------------------------------------------------

/// Runs programs read from stdin (a u32 length, then the text), each in a
/// fresh interpreter, answering one byte per program on the original stdout.
/// The programs' own output goes to /dev/null.
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
    // The interpreter runs on a thread with a large stack, as in main.rs.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            loop {
                let mut len = [0u8; 4];
                if input.read_exact(&mut len).is_err() {
                    return;
                }
                let mut src = vec![0u8; u32::from_le_bytes(len) as usize];
                if input.read_exact(&mut src).is_err() {
                    return;
                }
                run_one(&String::from_utf8_lossy(&src), audit);
                if reply.write_all(b"k").is_err() {
                    return;
                }
            }
        })
        .expect("worker thread");
    let _ = child.join();
}

/// One program in a fresh interpreter; a watchdog interrupts it when it runs long.
fn run_one(src: &str, audit: bool) {
    let mut it = glasspy::runtime::Interp::new();
    if audit {
        it.set_audit(Some(glasspy::inspect::holders::count_all));
    }
    glasspy::inspect::glass::register();
    let flag = it.interrupt.clone();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        while let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(INTERRUPT_AFTER) {
            flag.store(true, Ordering::Relaxed);
        }
    });
    let _ = it.run_block(src, "<fuzz>", false, true);
    let _ = it.finish();
    let _ = done_tx.send(());
    let _ = watchdog.join();
}

// ----- the driver -------------------------------------------------------------------

struct Stats {
    execs: u64,
    findings: u64,
    elapsed: Duration,
}

struct Worker {
    child: Child,
    input: ChildStdin,
    answers: mpsc::Receiver<()>,
}

fn start_worker(mode: &str) -> Worker {
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
    let out: ChildStdout = child.stdout.take().unwrap();
    let (tx, answers) = mpsc::channel();
    std::thread::spawn(move || {
        let mut out = std::io::BufReader::new(out);
        loop {
            let buf = match out.fill_buf() {
                Ok(b) if !b.is_empty() => b.len(),
                _ => return,
            };
            out.consume(buf);
            for _ in 0..buf {
                if tx.send(()).is_err() {
                    return;
                }
            }
        }
    });
    Worker { child, input, answers }
}

fn drive(mode: &str, seeds: &[Vec<Tok>], seconds: u64, max_execs: u64, seed: u64, out_dir: &Path) -> Stats {
    let start = Instant::now();
    let deadline = start + Duration::from_secs(seconds);
    let mut rng = Rng(seed | 1);
    let mut worker = start_worker(mode);
    let mut stats = Stats { execs: 0, findings: 0, elapsed: Duration::ZERO };
    let mut last_report = Instant::now();
    while Instant::now() < deadline && stats.execs < max_execs {
        let prog = mutate(&mut rng, seeds);
        let bytes = prog.as_bytes();
        let sent = worker.input.write_all(&(bytes.len() as u32).to_le_bytes()).and_then(|_| worker.input.write_all(bytes)).and_then(|_| worker.input.flush());
        let verdict = match sent {
            Err(_) => Some("worker gone".to_string()),
            Ok(()) => match worker.answers.recv_timeout(HANG_AFTER) {
                Ok(()) => None,
                Err(mpsc::RecvTimeoutError::Timeout) => Some("hang".to_string()),
                Err(mpsc::RecvTimeoutError::Disconnected) => Some("died".to_string()),
            },
        };
        stats.execs += 1;
        // A machine busy with other work can stall a worker: a program that
        // did not answer in time gets one more, longer try in a fresh worker.
        let verdict = match verdict.as_deref() {
            Some("hang") => {
                let _ = worker.child.kill();
                let _ = worker.child.wait();
                worker = start_worker(mode);
                let again = worker.input.write_all(&(bytes.len() as u32).to_le_bytes()).and_then(|_| worker.input.write_all(bytes)).and_then(|_| worker.input.flush());
                match again.map(|_| worker.answers.recv_timeout(HANG_AFTER * 3)) {
                    Ok(Ok(())) => None,
                    Ok(Err(mpsc::RecvTimeoutError::Timeout)) => Some("hang".to_string()),
                    _ => Some("died".to_string()),
                }
            }
            _ => verdict,
        };
        if let Some(what) = verdict {
            let _ = worker.child.kill();
            let status = worker.child.wait().map(|s| format!("{:?}", s)).unwrap_or_default();
            stats.findings += 1;
            let _ = std::fs::create_dir_all(out_dir);
            let path = out_dir.join(format!("{}-{}.py", mode, stats.findings));
            let _ = std::fs::write(&path, bytes);
            eprintln!("finding ({}, {}): {}", what, status, path.display());
            worker = start_worker(mode);
        }
        if last_report.elapsed() > Duration::from_secs(30) {
            eprintln!("fuzz {}: {} executions, {} findings, {:.0} s", mode, stats.execs, stats.findings, start.elapsed().as_secs_f64());
            last_report = Instant::now();
        }
    }
    drop(worker.input);
    let _ = worker.child.wait();
    stats.elapsed = start.elapsed();
    stats
}

// ----- seeds and tokens -------------------------------------------------------------

/// A token of Python source, kept with its text (whitespace and newlines are tokens too).
#[derive(Clone, Debug)]
struct Tok {
    text: String,
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
        out.push(Tok { text: chars[start..end].iter().collect(), kind });
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
                toks.insert(at.min(toks.len()), Tok { text: word.to_string(), kind: Kind::Op });
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
                        toks[i].text = " ".repeat(rng.below(13));
                    } else {
                        toks.insert(i.min(toks.len()), Tok { text: "    ".into(), kind: Kind::Space });
                    }
                }
            }
            7 => {
                // An interesting number.
                const NUMS: [&str; 8] = ["0", "-1", "255", "256", "2**31", "2**64", "10**30", "1000000"];
                if let Some(t) = toks.iter_mut().skip(at).find(|t| t.kind == Kind::Number) {
                    t.text = NUMS[rng.below(NUMS.len())].to_string();
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
                    let mut b = t.text.clone().into_bytes();
                    if !b.is_empty() {
                        let i = rng.below(b.len());
                        b[i] ^= 1 << rng.below(7);
                        t.text = String::from_utf8_lossy(&b).into_owned();
                    }
                }
            }
        }
        if toks.len() > 20_000 {
            toks.truncate(20_000);
        }
    }
    toks.iter().map(|t| t.text.as_str()).collect()
}
