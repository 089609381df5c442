//! glasspy must never crash: whatever the input, it ends with status 0 or 1
//! (a Python exception or a syntax error at worst), never with a Rust panic
//! (status 101), a failed interpreter thread (70), a stack overflow or
//! another signal. Deep input must not overflow the Rust stack, and long
//! chains of objects must be freed without recursion.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_glasspy");
const TIMEOUT: Duration = Duration::from_secs(60);

struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn last_err(&self) -> &str {
        self.stderr.lines().filter(|l| !l.trim().is_empty()).last().unwrap_or("")
    }
}

fn scratch_file(contents: &[u8]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("robustness");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("case_{}_{}.py", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
    std::fs::write(&path, contents).unwrap();
    path
}

/// Runs glasspy with `args`, `stdin` as its standard input; kills it after `TIMEOUT`.
fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .env("TERM", "dumb")
        .env_remove("GLASSPY_GC_STRESS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start glasspy");
    let mut inp = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let in_t = std::thread::spawn(move || {
        let _ = inp.write_all(&data);
    });
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
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("glasspy {:?} did not finish within {:?}", args, TIMEOUT);
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let _ = in_t.join();
    Run {
        status: status.code(),
        stdout: String::from_utf8_lossy(&out_t.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_t.join().unwrap()).into_owned(),
    }
}

/// Runs a program given as source text from a file.
fn run_src(src: &[u8]) -> Run {
    let path = scratch_file(src);
    let r = run(&[path.to_str().unwrap()], b"");
    let _ = std::fs::remove_file(&path);
    r
}

/// The invariant every run must keep; returns a description of the breach.
fn crash_report(what: &str, r: &Run) -> Option<String> {
    let bad_status = !matches!(r.status, Some(0) | Some(1));
    let bad_text = ["panicked", "overflowed", "internal error"].iter().find(|w| r.stderr.contains(*w));
    if bad_status || bad_text.is_some() {
        let excerpt: String = r.stderr.lines().take(6).collect::<Vec<_>>().join("\n      ");
        Some(format!("{}: exit {:?}; stderr:\n      {}", what, r.status, excerpt))
    } else {
        None
    }
}

fn assert_no_crash(what: &str, r: &Run) {
    if let Some(msg) = crash_report(what, r) {
        panic!("{}", msg);
    }
}

fn assert_exception(what: &str, r: &Run, prefix: &str) {
    assert_no_crash(what, r);
    assert_eq!(r.status, Some(1), "{}: expected exit 1; stderr: {}", what, r.last_err());
    assert!(r.last_err().starts_with(prefix), "{}: expected `{}...`, got `{}`", what, prefix, r.last_err());
}

/// A linear congruential generator (Knuth's MMIX constants): deterministic
/// garbage without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn random_bytes(seed: u64) -> Vec<u8> {
    let mut g = Lcg(seed);
    let len = g.below(300) as usize;
    (0..len).map(|_| g.next() as u8).collect()
}

/// Random sequences of Python tokens: much more likely than raw bytes to get
/// past the tokenizer and exercise the parser, compiler and evaluator.
fn token_soup(seed: u64) -> Vec<u8> {
    const TOKENS: &[&str] = &[
        "x", "y", "f", "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%",
        "<", ">", "not", "and", "or", "in", "is", "if", "else", "elif", "for", "while", "def", "class", "return",
        "lambda", "try", "except", "finally", "raise", "del", "global", "nonlocal", "pass", "break", "continue",
        "yield", "import", "from", "as", "None", "True", "0", "1", "1000", "2.5", "'s'", "\"t\"", "f'{x}'", "\n",
        "\n    ", "\n        ", ";", "@", "*", "...", "\\\n", "#c\n", "'''", "0x", "1e", "print", "len", "range",
    ];
    let mut g = Lcg(seed ^ 0x5eed);
    let n = 1 + g.below(60) as usize;
    let mut s = String::new();
    for _ in 0..n {
        s += TOKENS[g.below(TOKENS.len() as u64) as usize];
        if g.below(3) == 0 {
            s.push(' ');
        }
    }
    s.into_bytes()
}

/// Runs many generated programs, in parallel, and reports every crash.
fn fuzz(kind: &str, seeds: std::ops::Range<u64>, make: fn(u64) -> Vec<u8>, interactive: bool) {
    let next = AtomicUsize::new(seeds.start as usize);
    let failures = std::sync::Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(4, |p| p.get()).min(8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let seed = next.fetch_add(1, Ordering::Relaxed) as u64;
                if seed >= seeds.end {
                    break;
                }
                let src = make(seed);
                let r = if interactive { run(&["-i"], &src) } else { run_src(&src) };
                if let Some(msg) = crash_report(&format!("{} seed {}", kind, seed), &r) {
                    failures.lock().unwrap().push(format!("{}\n      input: {:?}", msg, String::from_utf8_lossy(&src)));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{} crashes:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn random_bytes_as_a_file() {
    fuzz("random bytes", 0..300, random_bytes, false);
}

#[test]
fn random_tokens_as_a_file() {
    fuzz("random tokens", 0..300, token_soup, false);
}

#[test]
fn random_tokens_at_the_repl() {
    fuzz("random tokens (repl)", 1000..1100, token_soup, true);
}

#[test]
fn deeply_nested_parentheses() {
    let src = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    assert_no_crash("10,000 nested parentheses", &run_src(src.as_bytes()));
    let src = format!("x = {}\n", "[".repeat(10_000));
    assert_no_crash("10,000 unclosed brackets", &run_src(src.as_bytes()));
}

#[test]
fn deeply_nested_ifs() {
    let mut src = String::new();
    for depth in 0..10_000 {
        src += &" ".repeat(depth);
        src += "if True:\n";
    }
    src += &" ".repeat(10_000);
    src += "pass\n";
    assert_no_crash("10,000 nested ifs", &run_src(src.as_bytes()));
}

#[test]
fn many_unary_minus_signs() {
    let src = format!("print({}1)\n", "-".repeat(10_000));
    assert_no_crash("10,000 unary minus signs", &run_src(src.as_bytes()));
    let src = format!("x = 1\nprint({}x)\n", "not ".repeat(10_000));
    assert_no_crash("10,000 nots", &run_src(src.as_bytes()));
    let src = format!("print(1{})\n", " + 1".repeat(10_000));
    assert_no_crash("a sum of 10,000 terms", &run_src(src.as_bytes()));
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    let r = run_src(b"def f():\n    f()\nf()\n");
    assert_exception("def f(): f()", &r, "RecursionError");
    let r = run_src(b"import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n + 1)\nf(0)\n");
    assert_no_crash("recursion with a limit of 100,000", &r);
    let r = run_src(b"class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n");
    assert_exception("__repr__ calling itself", &r, "RecursionError");
}

#[test]
fn a_million_node_chain_is_freed_without_recursion() {
    let r = run_src(
        b"class N:\n    pass\nhead = None\nfor i in range(1000000):\n    n = N()\n    n.next = head\n    head = n\ndel head, n\nprint('ok')\n",
    );
    assert_no_crash("1,000,000 linked instances", &r);
    assert_eq!(r.stdout, "ok\n");
    let r = run_src(b"head = None\nfor i in range(1000000):\n    head = [head]\ndel head\nprint('ok')\n");
    assert_no_crash("1,000,000 nested lists", &r);
    assert_eq!(r.stdout, "ok\n");
    // A chain that is only freed at exit, and one freed by the cycle collector.
    let r = run_src(b"t = ()\nfor i in range(300000):\n    t = (t, i)\nd = {}\nfor i in range(300000):\n    d = {'d': d}\n");
    assert_no_crash("300,000 nested tuples and dicts left for shutdown", &r);
    let r = run_src(
        b"import gc\nhead = []\nhead.append(head)\nfor i in range(300000):\n    head = [head]\ndel head\nprint(gc.collect() > 0)\n",
    );
    assert_no_crash("a 300,000-deep chain behind a cycle, collected", &r);
}

#[test]
fn deep_nested_list_repr_is_a_recursion_error() {
    let r = run_src(b"x = []\nfor i in range(100000):\n    x = [x]\nprint(x)\n");
    assert_exception("repr of a 100,000-deep list", &r, "RecursionError");
    let r = run_src(b"x = {}\nfor i in range(100000):\n    x = {1: x}\ny = str(x)\n");
    assert_exception("str of a 100,000-deep dict", &r, "RecursionError");
    let r = run_src(b"x = []\nfor i in range(100000):\n    x = [x]\ny = [x]\nfor i in range(100000):\n    y = [y]\nprint(x == y)\n");
    assert_exception("comparing 100,000-deep lists", &r, "RecursionError");
}

#[test]
fn huge_allocations_are_memory_errors() {
    let r = run_src(b"s = 'a' * 10**12\n");
    assert_exception("'a' * 10**12", &r, "MemoryError");
    let r = run_src(b"l = [0] * 10**12\n");
    assert_exception("[0] * 10**12", &r, "MemoryError");
    let r = run_src(b"n = 10**12\nt = (1, 2) * n\n");
    assert_exception("(1, 2) * 10**12", &r, "MemoryError");
}

#[test]
fn syntax_errors_from_the_command_line() {
    let r = run(&["-c", "x = (1,"], b"");
    assert_exception("-c with an unclosed parenthesis", &r, "SyntaxError");
    let r = run(&["-c", "def f(:\n  pass"], b"");
    assert_exception("-c with a bad parameter list", &r, "SyntaxError");
    let r = run(&["-c", "\u{1}\u{7f}\u{ff}"], b"");
    assert_no_crash("-c with control characters", &r);
    let r = run(&["-i"], b"x = (1,\n");
    assert_no_crash("-i with input ending inside brackets", &r);
    let r = run(&["-i"], b"if True:\n");
    assert_no_crash("-i with input ending inside a block", &r);
}
