//! The command line, parsed as `python3` parses its own:
//!   glasspy FILE [args]   run a file as one code block
//!   glasspy -c CODE       run a string
//!   glasspy -m MODULE     run the user's MODULE.py (or a library module) as __main__
//!   glasspy -i [FILE]     (run FILE, then) read entries from stdin
//!   glasspy               the REPL on a terminal; stdin as a script otherwise
//! Short options combine (`-qi`, `-ic CODE`); python3's options that mean
//! nothing here are accepted and shown in `sys.flags`; what the command
//! line says reaches `sys` through `sys_objects::configure`.
//! `--audit` checks every reference count after each statement;
//! `--gc-trace` prints every collection in slow motion on stderr.

use std::io::IsTerminal;

use glasspy::inspect::gc_trace::{GcTrace, Target};
use glasspy::runtime::Interp;
use glasspy::session::Outcome;

const USAGE: &str = "usage: glasspy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const TRY_HELP: &str = "Try `glasspy -h' for more information.";

const HELP: &str = "\
Options (python3's, and glasspy's own):
  -c CODE      run CODE as one code block (ends the options; sys.argv[0] is '-c')
  -m MODULE    run MODULE as __main__: the user's MODULE.py (or PACKAGE/__main__.py)
               found from the current directory, or a standard-library module
               written in Python (ends the options)
  -i           after the file, -c or -m (if any), read entries from stdin (the
               prompt on a terminal); a SystemExit of the script is then reported
               and the prompt follows, as python3 -i
  -q           no banner at the prompt
  -u           stdout unbuffered (as PYTHONUNBUFFERED)
  -E           ignore the PYTHON* environment variables (PYTHONUNBUFFERED)
  -I           isolated mode: -E and -s (and -P)
  -O, -OO      set sys.flags.optimize; asserts still run (glasspy has no optimiser)
  -B, -s, -S, -P, -d, -v, -b, -bb
               accepted and shown in sys.flags; they mean nothing here (no .pyc files,
               no site module, no user site directory)
  -W ARG       a warning option: accepted and kept in sys.warnoptions (not applied)
  -X OPT       an implementation option: accepted and kept in sys._xoptions (not applied)
  -h, -?, --help   this text
  -V, --version    the Python version modelled (and glasspy's); -VV says more
  --           the end of the options: the next argument is the file
  -            read the program from stdin (sys.argv[0] is '-')
  Short options combine: -qi, -ic CODE, -cCODE, -Wignore.
glasspy's own options:
  --audit      after every statement, recount every reference by its holders; exit 3 on a mismatch
  --diff       print what each top-level statement did to the heap (born, freed, counts changed)
  --gc-trace   print every collection (automatic ones too) pass by pass on stderr
  --max-memory SIZE  the memory budget: past SIZE (bytes, or 512M, 2G...) of memory the program
               holds, or asked for at once, MemoryError (also GLASSPY_MAX_MEMORY;
               default: a quarter of physical memory)
Arguments after the file, -c CODE, -m MODULE or - are the program's, in sys.argv[1:].
Environment:
  PYTHONUNBUFFERED=1    as -u
  GLASSPY_GC_STRESS=1   a full collection at every tracked allocation
  GLASSPY_MAX_MEMORY=SIZE  as --max-memory
  GLASSPY_AUDIT_LABELS=1  with --audit: also put every holder into words (what :why prints)
  GLASSPY_REPORTS=stderr  inspection reports (:why, :diff, ...) go to stderr, program output alone to stdout
  GLASSPY_HISTORY=FILE  the prompt's history file (empty: none)
  NO_COLOR              no colours at the prompt
Exit status: 0, or SystemExit's code (its low byte; 255 for a code beyond a C long; 1 and the
value printed for a non-int), 1 after an uncaught exception, 2 for a bad command line or a file
that cannot be opened, 120 when stdout cannot be flushed at exit, 130 (killed by SIGINT) after an
uncaught KeyboardInterrupt, 3 when --audit finds a wrong count.
At the prompt, :help lists the memory commands (:why, :diff, :is, :consts, :size, :trace, :heap).
Modules made on first import: math, random, bisect, heapq, copy, string, io, time, itertools,
collections, functools, operator, json, contextlib, textwrap, array, typing, importlib, abc, enum,
dataclasses, tracemalloc (and sys, gc, weakref, traceback, __future__, collections.abc); `import NAME`
also finds the user's NAME.py or package NAME/ in the script's directory (the current one for -c and
the prompt).
Scripts can `import glass` for the same reports (glass.why(x), glass.holders(x), glass.diff(), ...).";

fn main() {
    // Deep Python recursion and deep data must never overflow the Rust stack:
    // the interpreter runs on a thread with a large (virtual) stack.
    // Under a limit on address space (ulimit -v) a smaller reservation is
    // tried before giving up.
    tune_malloc();
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

/// What the command line asks to run.
enum Program {
    /// `-c CODE`
    Command(String),
    /// `-m MODULE`
    Module(String),
    /// a file, or `-` for stdin read as one script
    File(String),
    /// nothing named: the prompt on a terminal, else stdin as a script
    Default,
}

/// The command line, parsed as python3 parses its own.
struct Options {
    audit: bool,
    diff: bool,
    gc_trace: bool,
    unbuffered: bool,
    program: Program,
    /// the program's arguments (sys.argv[1:])
    rest: Vec<String>,
    sys: glasspy::runtime::sys_objects::Config,
}

/// Ok(options), or Err(exit status) when the command line was answered
/// (--help, -V) or refused (reported on stderr, status 2).
fn parse_args(args: &[String]) -> Result<Options, i32> {
    let mut o = Options { audit: false, diff: false, gc_trace: false, unbuffered: false, program: Program::Default, rest: Vec::new(), sys: Default::default() };
    let mut version = 0;
    let mut i = 0;
    let refuse = |msg: String| -> i32 {
        glasspy::err_println!("{}\n{}\n{}", msg, USAGE, TRY_HELP);
        2
    };
    'args: while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        if a == "--" {
            if let Some(f) = args.get(i) {
                o.program = Program::File(f.clone());
                i += 1;
            }
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            match name {
                "audit" => o.audit = true,
                "diff" => o.diff = true,
                "gc-trace" => o.gc_trace = true,
                "max-memory" => {
                    let v = value.or_else(|| {
                        i += 1;
                        args.get(i - 1).cloned()
                    });
                    match v.as_deref().and_then(glasspy::runtime::budget::parse_size) {
                        Some(n) => glasspy::runtime::budget::set_max_memory(n),
                        None => return Err(refuse("--max-memory expects a size such as 512M or 2G".into())),
                    }
                }
                "help" | "help-env" | "help-xoptions" | "help-all" => {
                    println!("{}\n{}", USAGE, HELP);
                    return Err(0);
                }
                "version" => version += 1,
                _ => return Err(refuse(format!("unknown option {}", a))),
            }
            continue;
        }
        if a == "-" || !a.starts_with('-') {
            o.program = Program::File(a.to_string());
            break;
        }
        for (at, c) in a.char_indices().skip(1) {
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let attached = &a[at + 1..];
                    let value = if !attached.is_empty() {
                        attached.to_string()
                    } else if let Some(v) = args.get(i) {
                        i += 1;
                        v.clone()
                    } else {
                        return Err(refuse(format!("Argument expected for the -{} option", c)));
                    };
                    match c {
                        'c' => o.program = Program::Command(value),
                        'm' => o.program = Program::Module(value),
                        'W' => o.sys.warnoptions.push(value),
                        _ => o.sys.xoptions.push(value),
                    }
                    if matches!(c, 'c' | 'm') {
                        break 'args;
                    }
                    continue 'args;
                }
                'i' => {
                    o.sys.flags.inspect = 1;
                    o.sys.flags.interactive = 1;
                }
                'q' => o.sys.flags.quiet = 1,
                'u' => o.unbuffered = true,
                'E' => o.sys.flags.ignore_environment = 1,
                'I' => {
                    o.sys.flags.isolated = 1;
                    o.sys.flags.ignore_environment = 1;
                    o.sys.flags.no_user_site = 1;
                    o.sys.flags.safe_path = true;
                }
                's' => o.sys.flags.no_user_site = 1,
                'S' => o.sys.flags.no_site = 1,
                'B' => o.sys.flags.dont_write_bytecode = 1,
                'P' => o.sys.flags.safe_path = true,
                'O' => o.sys.flags.optimize += 1,
                'b' => o.sys.flags.bytes_warning += 1,
                'd' => o.sys.flags.debug += 1,
                'v' => o.sys.flags.verbose += 1,
                'V' => version += 1,
                'h' | '?' => {
                    println!("{}\n{}", USAGE, HELP);
                    return Err(0);
                }
                _ => return Err(refuse(format!("Unknown option: -{}", c))),
            }
        }
    }
    if version > 0 {
        if version == 1 {
            println!("Python 3.11.7 (glasspy {})", env!("CARGO_PKG_VERSION"));
        } else {
            println!("Python 3.11.7 (glasspy {}: a tree-walking interpreter with CPython 3.11's memory model, written in Rust)", env!("CARGO_PKG_VERSION"));
        }
        return Err(0);
    }
    o.rest = args[i.min(args.len())..].to_vec();
    o.sys.flags.dev_mode = o.sys.xoptions.iter().any(|x| x == "dev");
    if o.sys.flags.dev_mode {
        // as python3: -X dev shows every warning first
        o.sys.warnoptions.insert(0, "default".to_string());
    }
    Ok(o)
}

/// glibc's malloc, set for a program that allocates a few megabytes at
/// start-up on a thread of its own (the real allocations behind the heap,
/// the compiler's trees; ids come from the pymalloc simulation, not from
/// here): one arena, so the interpreter thread allocates from the main
/// heap, grown with brk in steps of at least the top pad (128 KiB), instead
/// of a thread arena grown a few pages at a time, each step an mprotect
/// call (330 of them to import math, random, collections and itertools).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_malloc() {
    // SAFETY: mallopt only changes an allocator parameter; called before
    // any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_malloc() {}

fn run() -> i32 {
    let orig: Vec<String> = std::env::args().collect();
    let mut o = match parse_args(&orig[1..]) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let interactive = o.sys.flags.inspect == 1;
    glasspy::inspect::glass::register();
    let mut it = Interp::new();
    if o.sys.flags.ignore_environment == 1 {
        it.unbuffered = false;
    }
    if o.unbuffered {
        it.unbuffered = true;
    }
    if o.diff {
        glasspy::inspect::diff::install(&mut it);
        if let Some(g) = glasspy::inspect::diff::glass(&mut it) {
            g.per_statement = true;
        }
    }
    if o.audit {
        let labelled = std::env::var("GLASSPY_AUDIT_LABELS").map(|v| v == "1").unwrap_or(false);
        it.set_audit(Some(if labelled { glasspy::inspect::why::count_labelled } else { glasspy::inspect::holders::count_all }));
    }
    if o.gc_trace {
        it.gc_observer = Some(Box::new(GcTrace::new(Target::Stderr)));
    }
    install_sigint(&it);
    // -m: the module's file, run as the script is.
    if let Program::Module(m) = &o.program {
        let m = m.clone();
        match find_module(&m) {
            Ok(ModuleCode::File(f)) => o.program = Program::File(f),
            Ok(ModuleCode::Library(src)) => o.program = Program::Command(src.to_string()),
            Err(msg) => {
                glasspy::err_println!("glasspy: {}", msg);
                return 1;
            }
        }
        if let Program::File(f) = &o.program {
            o.sys.argv = vec![f.clone()];
        } else {
            o.sys.argv = vec![m];
        }
    } else {
        o.sys.argv = vec![match &o.program {
            Program::Command(_) => "-c".to_string(),
            Program::File(f) => f.clone(),
            _ => String::new(),
        }];
    }
    o.sys.argv.extend(o.rest.iter().cloned());
    o.sys.orig_argv = orig.clone();
    // CPython's sys.path[0]: the script's directory, else the current one.
    let dir = match &o.program {
        Program::File(f) if f != "-" => std::path::Path::new(f).parent().map(|p| p.to_path_buf()).filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| ".".into()),
        _ => ".".into(),
    };
    o.sys.path0 = match &o.program {
        Program::File(f) if f != "-" => std::path::absolute(&dir).map(|p| p.display().to_string()).unwrap_or_default(),
        _ => String::new(),
    };
    it.import_dir = Some(dir);
    let quiet = o.sys.flags.quiet == 1 || !matches!(o.program, Program::Default);
    glasspy::repl::QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
    glasspy::runtime::sys_objects::configure(o.sys);
    // With -i, a SystemExit of the script is reported and the prompt follows.
    it.system_exit_as_error = interactive;
    let mut status = 0;
    match o.program {
        Program::Command(c) => status = outcome_status(it.run_block(&c, "<string>", false, true)),
        Program::File(f) if f != "-" => {
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
        }
        Program::File(_) => status = run_stdin(&mut it),
        _ if interactive => {}
        _ => {
            if std::io::stdin().is_terminal() {
                let code = glasspy::repl::run_terminal(&mut it);
                return it.finish().unwrap_or(code);
            }
            status = run_stdin(&mut it);
        }
    }
    it.system_exit_as_error = false;
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

/// stdin read to its end and run as one script.
fn run_stdin(it: &mut Interp) -> i32 {
    let mut bytes = Vec::new();
    let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes);
    match source_text(bytes, "<stdin>") {
        Ok(src) => outcome_status(it.run_block(&src, "<stdin>", false, true)),
        Err(msg) => {
            glasspy::err_println!("{}", msg);
            1
        }
    }
}

/// Where `-m NAME` finds its code.
enum ModuleCode {
    /// the user's file (made absolute, as sys.argv[0] is in CPython)
    File(String),
    /// a standard-library module written in Python
    Library(&'static str),
}

/// `-m NAME` as python3 looks it up: NAME.py (dots are directories) or
/// NAME/__main__.py from the current directory, then the library; the
/// error text as CPython's when there is none.
fn find_module(name: &str) -> Result<ModuleCode, String> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err("Relative module names not supported".to_string());
    }
    let base = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let mut dir = base.clone();
    for (k, p) in parts.iter().enumerate() {
        let file = dir.join(format!("{}.py", p));
        let pkg = dir.join(p);
        let last = k + 1 == parts.len();
        if last && file.is_file() {
            return Ok(ModuleCode::File(file.display().to_string()));
        }
        if pkg.join("__init__.py").is_file() || (pkg.is_dir() && !file.is_file()) {
            if last {
                let main = pkg.join("__main__.py");
                if main.is_file() {
                    return Ok(ModuleCode::File(main.display().to_string()));
                }
                return Err(format!("No module named {}.__main__; '{}' is a package and cannot be directly executed", name, name));
            }
            dir = pkg;
            continue;
        }
        if file.is_file() {
            let parent = parts[..=k].join(".");
            return Err(format!("Error while finding module specification for '{}' (ModuleNotFoundError: __path__ attribute not found on '{}' while trying to find '{}')", name, parent, parts[..k + 2].join(".")));
        }
        break;
    }
    if let Some((_, glasspy::runtime::stdlib::Source::Python(src))) = glasspy::runtime::stdlib::LIBRARY.iter().find(|(n, _)| *n == name && !n.starts_with('_')) {
        return Ok(ModuleCode::Library(src));
    }
    let built_in = ["sys", "gc", "weakref", "traceback", "__future__", "collections.abc", "glass"];
    if built_in.contains(&name) || glasspy::runtime::stdlib::LIBRARY.iter().any(|(n, _)| *n == name) {
        return Err(format!("No code object available for {}", name));
    }
    Err(format!("No module named {}", name))
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
