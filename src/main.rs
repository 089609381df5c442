//! The command line, following `python3`:
//!   glasspy FILE [args]   run a file as one code block
//!   glasspy -c CODE       run a string
//!   glasspy -i [FILE]     (run FILE, then) read entries from stdin
//!   glasspy               the REPL on a terminal; stdin as a script otherwise
//! `--audit` checks every reference count after each statement;
//! `--gc-trace` prints every collection in slow motion on stderr.

use std::io::IsTerminal;

use glasspy::inspect::gc_trace::{GcTrace, Target};
use glasspy::runtime::Interp;
use glasspy::session::Outcome;

const USAGE: &str = "usage: glasspy [--audit] [--diff] [--gc-trace] [--max-memory SIZE] [-i] [-c cmd | file | -] [arg] ...";

const HELP: &str = "\
Options:
  -c CODE      run CODE as one code block
  -i           after the file or CODE (if any), read entries from stdin (the prompt on a terminal)
  -h, --help   this text
  -V           the version
  --audit      after every statement, recount every reference by its holders; exit 3 on a mismatch
  --diff       print what each top-level statement did to the heap (born, freed, counts changed)
  --gc-trace   print every collection (automatic ones too) pass by pass on stderr
  --max-memory SIZE  refuse with MemoryError any object bigger than SIZE (bytes, or 512M, 2G...;
               also GLASSPY_MAX_MEMORY; default: a quarter of physical memory)
Environment:
  GLASSPY_GC_STRESS=1   a full collection at every tracked allocation
  GLASSPY_AUDIT_LABELS=1  with --audit: also put every holder into words (what :why prints)
  GLASSPY_REPORTS=stderr  inspection reports (:why, :diff, ...) go to stderr, program output alone to stdout
  GLASSPY_HISTORY=FILE  the prompt's history file (empty: none)
  NO_COLOR              no colours at the prompt
At the prompt, :help lists the memory commands (:why, :diff, :is, :consts, :size, :trace, :heap).
Modules made on first import: math, random, bisect, heapq, copy, string, io, time, itertools,
collections, typing, importlib (and sys, gc, weakref, traceback, __future__, collections.abc); `import NAME` also
finds the user's NAME.py or package NAME/ in the script's directory (the current one for -c and the prompt).
Scripts can `import glass` for the same reports (glass.why(x), glass.holders(x), glass.diff(), ...).";

fn main() {
    // Deep Python recursion and deep data must never overflow the Rust stack:
    // the interpreter runs on a thread with a large (virtual) stack.
    // Under a limit on address space (ulimit -v) a smaller reservation is
    // tried before giving up.
    let mut spawned = None;
    for shift in [31u32, 30, 29, 28, 27, 26] {
        if let Ok(h) = std::thread::Builder::new().stack_size(1usize << shift).spawn(run) {
            spawned = Some(h);
            break;
        }
    }
    let Some(child) = spawned else {
        glasspy::err_println!("glasspy: cannot reserve a stack for the interpreter thread");
        std::process::exit(1);
    };
    let code = child.join().unwrap_or(70);
    if code == KILLED_BY_SIGINT {
        // CPython ends an uncaught KeyboardInterrupt by dying of SIGINT,
        // so a shell sees status 130 and stops a script it runs.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::kill(libc::getpid(), libc::SIGINT);
        }
        std::process::exit(130);
    }
    std::process::exit(code);
}

/// What `run` returns when an uncaught KeyboardInterrupt ended the program.
const KILLED_BY_SIGINT: i32 = -2;

fn run() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut audit = false;
    let mut diff = false;
    let mut gc_trace = false;
    let mut interactive = false;
    let mut command: Option<String> = None;
    let mut file: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "--audit" => audit = true,
            "--diff" => diff = true,
            "--gc-trace" => gc_trace = true,
            "-i" => interactive = true,
            "--max-memory" => {
                i += 1;
                match args.get(i).and_then(|v| glasspy::runtime::budget::parse_size(v)) {
                    Some(n) => glasspy::runtime::budget::set_max_memory(n),
                    None => {
                        glasspy::err_println!("--max-memory expects a size such as 512M or 2G\n{}", USAGE);
                        return 2;
                    }
                }
            }
            "-c" => {
                i += 1;
                match args.get(i) {
                    Some(c) => command = Some(c.clone()),
                    None => {
                        glasspy::err_println!("Argument expected for the -c option\n{}", USAGE);
                        return 2;
                    }
                }
                break;
            }
            "-h" | "--help" => {
                println!("{}\n{}", USAGE, HELP);
                return 0;
            }
            "-V" | "--version" => {
                println!("glasspy {}", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            s if s.starts_with('-') && s != "-" => {
                glasspy::err_println!("Unknown option: {}\n{}", s, USAGE);
                return 2;
            }
            _ => {
                file = Some(a.clone());
                break;
            }
        }
        i += 1;
    }
    glasspy::inspect::glass::register();
    let mut it = Interp::new();
    if diff {
        glasspy::inspect::diff::install(&mut it);
        if let Some(g) = glasspy::inspect::diff::glass(&mut it) {
            g.per_statement = true;
        }
    }
    if audit {
        let labelled = std::env::var("GLASSPY_AUDIT_LABELS").map(|v| v == "1").unwrap_or(false);
        it.set_audit(Some(if labelled { glasspy::inspect::why::count_labelled } else { glasspy::inspect::holders::count_all }));
    }
    if gc_trace {
        it.gc_observer = Some(Box::new(GcTrace::new(Target::Stderr)));
    }
    install_sigint(&it);
    let mut status = 0;
    // CPython's sys.path[0]: the script's directory, else the current one.
    it.import_dir = Some(match file.as_deref().filter(|f| *f != "-" && command.is_none()) {
        Some(f) => std::path::Path::new(f).parent().map(|p| p.to_path_buf()).filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| ".".into()),
        None => ".".into(),
    });
    if let Some(c) = command {
        status = outcome_status(it.run_block(&c, "<string>", false, true));
    } else if let Some(f) = file.filter(|f| f != "-") {
        let bytes = match std::fs::read(&f) {
            Ok(b) => b,
            Err(e) => {
                glasspy::err_println!("glasspy: can't open file '{}': [Errno {}] {}", f, e.raw_os_error().unwrap_or(2), describe(&e));
                return 2;
            }
        };
        // CPython shows a script's path made absolute in tracebacks.
        let shown = std::path::absolute(&f).map(|p| p.display().to_string()).unwrap_or(f.clone());
        let src = match source_text(bytes, &shown) {
            Ok(s) => s,
            Err(msg) => {
                let _ = std::io::Write::flush(&mut it.out);
                glasspy::err_println!("{}", msg);
                return it.finish().unwrap_or(1);
            }
        };
        status = outcome_status(it.run_block(&src, &shown, false, true));
        if let Some(code) = exit_of(&status) {
            return it.finish().unwrap_or(code);
        }
    } else if !interactive {
        if std::io::stdin().is_terminal() {
            let code = glasspy::repl::run_terminal(&mut it);
            return it.finish().unwrap_or(code);
        }
        let mut src = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
        status = outcome_status(it.run_block(&src, "<stdin>", false, true));
    }
    if interactive {
        let code = if std::io::stdin().is_terminal() { glasspy::repl::run_terminal(&mut it) } else { glasspy::repl::run_piped(&mut it, std::io::stdin().lock()) };
        return it.finish().unwrap_or(code);
    }
    let status = exit_of(&status).unwrap_or(status);
    let code = it.finish().unwrap_or(status);
    if it.interrupted_at_exit && code == 1 {
        return KILLED_BY_SIGINT;
    }
    code
}

/// A script's bytes as text, as CPython's tokenizer reads a file with no
/// encoding declaration: UTF-8, a leading byte-order mark dropped; any
/// other byte sequence is CPython's SyntaxError.
fn source_text(bytes: Vec<u8>, shown: &str) -> Result<String, String> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").map(|b| b.to_vec()).unwrap_or(bytes);
    String::from_utf8(body).map_err(|e| {
        let bad = e.as_bytes()[e.utf8_error().valid_up_to()];
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        format!("SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details", bad, shown, line)
    })
}

fn outcome_status(o: Outcome) -> i32 {
    match o {
        Outcome::Ok => 0,
        Outcome::SyntaxError | Outcome::Exception => 1,
        Outcome::Exit(c) => c + 1000,
    }
}

fn exit_of(status: &i32) -> Option<i32> {
    if *status >= 1000 {
        Some(status - 1000)
    } else {
        None
    }
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Ctrl-C while code runs raises KeyboardInterrupt in it.
fn install_sigint(it: &Interp) {
    glasspy::repl::terminal::install_sigint(it);
}
