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

const USAGE: &str = "usage: glasspy [--audit] [--diff] [--gc-trace] [-i] [-c cmd | file | -] [arg] ...";

const HELP: &str = "\
Options:
  -c CODE      run CODE as one code block
  -i           after the file or CODE (if any), read entries from stdin (the prompt on a terminal)
  -h, --help   this text
  -V           the version
  --audit      after every statement, recount every reference by its holders; exit 3 on a mismatch
  --diff       print what each top-level statement did to the heap (born, freed, counts changed)
  --gc-trace   print every collection (automatic ones too) pass by pass on stderr
Environment:
  GLASSPY_GC_STRESS=1   a full collection at every tracked allocation
  GLASSPY_AUDIT_LABELS=1  with --audit: also put every holder into words (what :why prints)
  GLASSPY_REPORTS=stderr  inspection reports (:why, :diff, ...) go to stderr, program output alone to stdout
  GLASSPY_HISTORY=FILE  the prompt's history file (empty: none)
  NO_COLOR              no colours at the prompt
At the prompt, :help lists the memory commands (:why, :diff, :is, :consts, :size, :trace, :heap).
Scripts can `import glass` for the same reports (glass.why(x), glass.holders(x), glass.diff(), ...).";

fn main() {
    // Deep Python recursion and deep data must never overflow the Rust stack:
    // the interpreter runs on a thread with a large (virtual) stack.
    let child = std::thread::Builder::new().stack_size(2 << 30).spawn(run).expect("interpreter thread");
    let code = child.join().unwrap_or(70);
    std::process::exit(code);
}

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
            "-c" => {
                i += 1;
                match args.get(i) {
                    Some(c) => command = Some(c.clone()),
                    None => {
                        eprintln!("Argument expected for the -c option\n{}", USAGE);
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
                eprintln!("Unknown option: {}\n{}", s, USAGE);
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
    if let Some(c) = command {
        status = outcome_status(it.run_block(&c, "<string>", false, true));
    } else if let Some(f) = file.filter(|f| f != "-") {
        let src = match std::fs::read(&f) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("glasspy: can't open file '{}': [Errno {}] {}", f, e.raw_os_error().unwrap_or(2), describe(&e));
                return 2;
            }
        };
        // CPython shows a script's path made absolute in tracebacks.
        let shown = std::path::absolute(&f).map(|p| p.display().to_string()).unwrap_or(f.clone());
        status = outcome_status(it.run_block(&src, &shown, false, true));
        if let Some(code) = exit_of(&status) {
            it.finish();
            return code;
        }
    } else if !interactive {
        if std::io::stdin().is_terminal() {
            let code = glasspy::repl::run_terminal(&mut it);
            it.finish();
            return code;
        }
        let mut src = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
        status = outcome_status(it.run_block(&src, "<stdin>", false, true));
    }
    if interactive {
        let code = if std::io::stdin().is_terminal() { glasspy::repl::run_terminal(&mut it) } else { glasspy::repl::run_piped(&mut it, std::io::stdin().lock()) };
        it.finish();
        return code;
    }
    it.finish();
    status
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
