//! The command line as python3's: `sys.argv` and exit statuses in every
//! mode, `-i` after a script, the options python3 accepts, `-m`, `--help`,
//! `-V`, and the parts of `sys` a script reads (streams, flags, ...).
//!
//! The expected texts and statuses are CPython 3.11's (checked with
//! `python3` when each case was written; they do not need it to run).
//! Every case that runs a program runs it with `--audit`; under
//! `GLASSPY_GC_STRESS=1` in the environment of `cargo test` they run with
//! a collection at every tracked allocation too.

use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_glasspy");

struct Ran {
    out: String,
    err: String,
    /// the exit status, or 128 + the signal that ended the process (as a shell shows it)
    status: i32,
}

/// Runs glasspy with `args` in directory `dir`, `stdin` as its input.
fn run_in(dir: &std::path::Path, args: &[&str], stdin: &[u8]) -> Ran {
    let mut child = Command::new(BIN).args(args).current_dir(dir).env_remove("PYTHONUNBUFFERED").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("glasspy runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin).unwrap();
    drop(input);
    let o = child.wait_with_output().unwrap();
    let status = o.status.code().unwrap_or_else(|| 128 + o.status.signal().unwrap_or(0));
    Ran { out: String::from_utf8_lossy(&o.stdout).into_owned(), err: String::from_utf8_lossy(&o.stderr).into_owned(), status }
}

/// A fresh directory for one test's files.
fn scratch() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str], stdin: &str) -> Ran {
    run_in(&std::env::temp_dir(), args, stdin.as_bytes())
}

/// `glasspy --audit ARGS...`
fn audited(args: &[&str], stdin: &str) -> Ran {
    let mut all = vec!["--audit"];
    all.extend_from_slice(args);
    run(&all, stdin)
}

#[test]
fn argv_in_every_mode() {
    let d = scratch();
    std::fs::write(d.join("show.py"), "import sys\nprint(sys.argv)\n").unwrap();
    let r = run_in(&d, &["--audit", "show.py", "a", "-b", "--c"], b"");
    assert_eq!((r.out.as_str(), r.status), ("['show.py', 'a', '-b', '--c']\n", 0), "{}", r.err);
    let r = audited(&["-c", "import sys; print(sys.argv)", "a", "-i"], "");
    assert_eq!(r.out, "['-c', 'a', '-i']\n");
    let r = audited(&["-", "x", "y"], "import sys\nprint(sys.argv)\n");
    assert_eq!(r.out, "['-', 'x', 'y']\n");
    let r = audited(&[], "import sys\nprint(sys.argv)\n");
    assert_eq!(r.out, "['']\n");
    // `--` ends the options: what follows is the file and its arguments
    let r = run_in(&d, &["--audit", "--", "show.py", "-q"], b"");
    assert_eq!(r.out, "['show.py', '-q']\n");
    // argv is the list sys had from the start, filled in when first read
    let r = audited(&["-c", "import sys\nfrom sys import argv\nprint(argv is sys.argv, argv)", "z"], "");
    assert_eq!(r.out, "True ['-c', 'z']\n");
    // a list the program stores itself is left alone
    let r = audited(&["-c", "import sys\nsys.argv = []\nprint(sys.argv)", "z"], "");
    assert_eq!(r.out, "[]\n");
}

#[test]
fn exit_status_as_cpython() {
    // (code, status, last line of stderr)
    let cases: &[(&str, i32, &str)] = &[
        ("exit()", 0, ""),
        ("exit(None)", 0, ""),
        ("exit(3)", 3, ""),
        ("exit(-1)", 255, ""),
        ("exit(2**70)", 255, ""),
        ("exit(256 + 7)", 7, ""),
        ("exit(-2**63)", 0, ""),
        ("exit(2**32 + 5)", 5, ""),
        ("exit(True)", 1, ""),
        ("exit(3.0)", 1, "3.0"),
        ("import sys; sys.exit('bye')", 1, "bye"),
        ("import sys; sys.exit([1])", 1, "[1]"),
        ("raise SystemExit(4)", 4, ""),
        ("1/0", 1, "ZeroDivisionError: division by zero"),
    ];
    let d = scratch();
    for (code, status, err) in cases {
        let last = |r: &Ran| r.err.lines().last().unwrap_or("").to_string();
        let r = audited(&["-c", code], "");
        assert_eq!((r.status, last(&r).as_str()), (*status, *err), "-c {}", code);
        std::fs::write(d.join("exit.py"), format!("{}\n", code)).unwrap();
        let r = run_in(&d, &["--audit", "exit.py"], b"");
        assert_eq!((r.status, last(&r).as_str()), (*status, *err), "file: {}", code);
        let r = audited(&[], &format!("{}\n", code));
        assert_eq!((r.status, last(&r).as_str()), (*status, *err), "stdin: {}", code);
    }
    // an entry at the -i prompt ends the session with its status
    let r = audited(&["-i"], "print(1)\nexit(-1)\nprint(2)\n");
    assert_eq!((r.out.as_str(), r.status), ("1\n", 255));
}

#[test]
fn inspect_after_system_exit() {
    // python3 -i FILE: the script's SystemExit is reported like any uncaught
    // exception, then the prompt reads stdin; no banner after a script.
    let d = scratch();
    std::fs::write(d.join("se.py"), "import sys\nprint(sys.argv, sys.flags.inspect, sys.flags.interactive)\nsys.exit(3)\n").unwrap();
    let r = run_in(&d, &["--audit", "-i", "se.py", "q"], b"print('after', 1 + 1)\n");
    assert_eq!((r.out.as_str(), r.status), ("['se.py', 'q'] 1 1\nafter 2\n", 0));
    let abs = std::fs::canonicalize(d.join("se.py")).unwrap();
    assert_eq!(r.err, format!("Traceback (most recent call last):\n  File \"{}\", line 3, in <module>\n    sys.exit(3)\nSystemExit: 3\n>>> >>> \n", abs.display()));
    let r = audited(&["-i", "-c", "raise SystemExit('bye')"], "print('after')\n");
    assert_eq!((r.out.as_str(), r.status), ("after\n", 0));
    assert_eq!(r.err, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: bye\n>>> >>> \n");
    // combined: -ic CODE, -qi
    let r = audited(&["-ic", "x = 5"], "print(x * 2)\n");
    assert_eq!((r.out.as_str(), r.err.as_str()), ("10\n", ">>> >>> \n"));
    let r = audited(&["-qi"], "print(7)\n");
    assert_eq!((r.out.as_str(), r.err.as_str()), ("7\n", ">>> >>> \n"));
    // without -q the prompt has its banner
    let r = audited(&["-i"], "");
    assert!(r.err.starts_with("glasspy ") && r.err.contains("Python 3.11"), "{}", r.err);
    // a SystemExit at the prompt itself still ends the session
    let r = audited(&["-i", "-c", "pass"], "raise SystemExit(6)\nprint('no')\n");
    assert_eq!((r.out.as_str(), r.status), ("", 6));
}

#[test]
fn keyboard_interrupt_is_sigint() {
    // CPython dies of SIGINT after printing the traceback: a shell sees 130
    let r = audited(&["-c", "def f():\n    raise KeyboardInterrupt\nf()"], "");
    assert_eq!(r.status, 130);
    assert_eq!(r.err, "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nKeyboardInterrupt\n");
    // caught, it is an ordinary exception
    let r = audited(&["-c", "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    print('caught')"], "");
    assert_eq!((r.out.as_str(), r.status), ("caught\n", 0));
}

#[test]
fn standard_streams_are_file_objects() {
    let code = r#"
import sys
print(sys.stdout, sys.stderr, sys.stdin, sep="\n")
print(sys.stdout.write("hé\n"), sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
print(sys.stdout.isatty(), sys.stdout.fileno(), sys.stdin.fileno(), sys.stdout.writable(), sys.stdin.readable())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.buffer.write(b"raw\n"))
print(type(sys.stdout).__name__, type(sys.stdout).__module__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines(1))
for line in sys.stdin:
    print("line", repr(line))
print(repr(sys.stdin.readline()))
sys.stderr.write("to stderr\n")
"#;
    let r = audited(&["-c", code], "one\ntwo\nthree\nfour\n");
    let want = "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>\n<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>\nhé\n3 utf-8 strict backslashreplace\nab\nFalse 1 0 True True\nTrue True True\nraw\n4\nTextIOWrapper _io\nwrite() argument must be str, not int\n'one\\n'\n['two\\n']\nline 'three\\n'\nline 'four\\n'\n''\n";
    assert_eq!((r.out.as_str(), r.err.as_str(), r.status), (want, "to stderr\n", 0));
}

#[test]
fn print_file_calls_write() {
    let code = r#"
import sys
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("a", 1, sep="-", end="!", file=w)
print(w.parts)
old = sys.stdout
sys.stdout = w
print("via sys.stdout")
sys.stdout = old
print(w.parts[-2:])
print("err", file=sys.stderr)
print("out", file=None)
for f in (object(), "name"):
    try:
        print("x", file=f)
    except AttributeError as e:
        print(e)
"#;
    let r = audited(&["-c", code], "");
    let want = "['a', '-', '1', '!']\n['via sys.stdout', '\\n']\nout\n'object' object has no attribute 'write'\n'str' object has no attribute 'write'\n";
    assert_eq!((r.out.as_str(), r.err.as_str(), r.status), (want, "err\n", 0));
}

#[test]
fn sys_members_for_a_script() {
    let code = r#"
import sys
print(sys.version_info, sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.version_info.releaselevel, tuple(sys.version_info), type(sys.version_info).__name__)
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_info)
print(sys.float_info.max, sys.float_info.dig, sys.float_info.epsilon, sys.float_info[0])
print(sys.int_info)
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.hash_bits)
print(hash(float("inf")) == h.inf, hash(2**61 - 1) == 0, sys.hexversion == 0x030B07F0)
print(type(sys.executable), sys.executable != "", type(sys.path), sys.path[0])
print(type(sys.flags).__name__, len(sys.flags), sys.flags.optimize, sys.flags.quiet, sys.flags.int_max_str_digits)
try:
    sys.flags.debug = 1
except AttributeError:
    print("read-only")
print(sys.implementation.version == sys.version_info, sys.implementation.cache_tag)
print(sys.warnoptions, sys._xoptions, sys.orig_argv[-3], sys.orig_argv[-1])
"#;
    let r = audited(&["-q", "-O", "-c", code, "arg"], "");
    let want = "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0) 3 (3, 11) True
final (3, 11, 7, 'final', 0) version_info
True little linux utf-8 utf-8
sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)
1.7976931348623157e+308 15 2.220446049250313e-16 1.7976931348623157e+308
sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)
64 2305843009213693951 314159 0 1000003 64
True True True
<class 'str'> True <class 'list'> 
flags 18 1 1 -1
read-only
True None
[] {} -c arg
";
    assert_eq!((r.out.as_str(), r.err.as_str(), r.status), (want, "", 0));
}

#[test]
fn sys_members_are_made_when_first_read() {
    // Before a program reads sys.int_info, nothing holds a reference to 30
    // but the cache and the program; reading it makes the object then.
    let code = "import sys\na = sys.getrefcount(30)\nsys.int_info\nb = sys.getrefcount(30)\nprint(a, b > a)\n";
    let r = audited(&["-c", code], "");
    let plain = audited(&["-c", "import sys\nprint(sys.getrefcount(30))\n"], "");
    assert_eq!(r.out, format!("{} True\n", plain.out.trim()));
    // an unknown name is still an AttributeError
    let r = audited(&["-c", "import sys\nsys.nosuch"], "");
    assert!(r.err.ends_with("AttributeError: module 'sys' has no attribute 'nosuch'\n"), "{}", r.err);
}

#[test]
fn options_python3_accepts() {
    let flags = "import sys; f = sys.flags; print(f.quiet, f.ignore_environment, f.isolated, f.no_user_site, f.no_site, f.dont_write_bytecode, f.optimize, f.safe_path, f.dev_mode, sys.warnoptions, sys._xoptions)";
    let r = audited(&["-q", "-u", "-E", "-s", "-S", "-B", "-OO", "-W", "ignore", "-Xfoo=1", "-c", flags], "");
    assert_eq!((r.out.as_str(), r.status), ("1 1 0 1 1 1 2 False False ['ignore'] {'foo': '1'}\n", 0), "{}", r.err);
    let r = audited(&["-I", "-X", "dev", "-c", flags], "");
    assert_eq!(r.out, "0 1 1 1 0 0 0 True True ['default'] {'dev': True}\n");
    let r = audited(&["-qEsB", "-cprint('attached')"], "");
    assert_eq!(r.out, "attached\n");
    // -u: every write reaches stdout at once (seen before what stderr says after it)
    let r = audited(&["-u", "-c", "import sys\nprint(sys.flags.quiet)"], "");
    assert_eq!(r.out, "0\n");
    for (args, msg) in [(&["-Z"][..], "Unknown option: -Z"), (&["-c"][..], "Argument expected for the -c option"), (&["-m"][..], "Argument expected for the -m option"), (&["--nosuch"][..], "unknown option --nosuch")] {
        let r = run(args, "");
        assert_eq!(r.status, 2, "{:?}", args);
        assert_eq!(r.err, format!("{}\nusage: glasspy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `glasspy -h' for more information.\n", msg));
    }
}

#[test]
fn version_and_help() {
    let r = run(&["-V"], "");
    assert_eq!((r.out.lines().next().unwrap_or(""), r.status), ("Python 3.11.7 (glasspy 0.1.0)", 0));
    assert_eq!(run(&["--version"], "").out, r.out);
    assert!(run(&["-VV"], "").out.starts_with("Python 3.11.7 (glasspy 0.1.0: "));
    let help = run(&["--help"], "");
    assert_eq!(help.status, 0);
    assert_eq!(run(&["-h"], "").out, help.out);
    for word in [
        "-c CODE", "-m MODULE", "-i ", "-q ", "-u ", "-E ", "-I ", "-O", "-B", "-s", "-S", "-W ARG", "-X OPT", "-V", "--help", "--version", "-VV", "--  ", "-qi", "--audit", "--diff", "--gc-trace", "--max-memory", "PYTHONUNBUFFERED", "GLASSPY_GC_STRESS", "GLASSPY_MAX_MEMORY", "GLASSPY_AUDIT_LABELS", "GLASSPY_REPORTS", "GLASSPY_HISTORY", "NO_COLOR", "130",
    ] {
        assert!(help.out.contains(word), "--help does not mention {:?}", word);
    }
}

#[test]
fn run_module() {
    let d = scratch();
    std::fs::write(d.join("mm.py"), "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('mm.py'))\n").unwrap();
    std::fs::create_dir_all(d.join("pkg")).unwrap();
    std::fs::write(d.join("pkg/__init__.py"), "").unwrap();
    std::fs::create_dir_all(d.join("app")).unwrap();
    std::fs::write(d.join("app/__init__.py"), "").unwrap();
    std::fs::write(d.join("app/__main__.py"), "print('app main', __name__)\n").unwrap();
    let r = run_in(&d, &["--audit", "-m", "mm", "a", "-b"], b"");
    assert_eq!((r.out.as_str(), r.status), ("__main__ ['a', '-b'] True\n", 0), "{}", r.err);
    let r = run_in(&d, &["--audit", "-m", "app"], b"");
    assert_eq!(r.out, "app main __main__\n");
    let cases = [
        ("nosuch", "glasspy: No module named nosuch\n"),
        ("pkg", "glasspy: No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n"),
        ("math", "glasspy: No code object available for math\n"),
        ("sys", "glasspy: No code object available for sys\n"),
    ];
    for (m, err) in cases {
        let r = run_in(&d, &["-m", m], b"");
        assert_eq!((r.err.as_str(), r.status), (err, 1), "-m {}", m);
    }
    // a library module written in Python runs as __main__ (bisect has no main: nothing printed)
    let r = run_in(&d, &["--audit", "-m", "bisect"], b"");
    assert_eq!((r.out.as_str(), r.err.as_str(), r.status), ("", "", 0));
}

/// Issue 11's prompt cases, fed to `-i` on a pipe as python3 -i reads them.
#[test]
fn prompt_entries_as_python3() {
    // a line of spaces does not end the block
    let r = audited(&["-qi"], "i = 0\nwhile True:\n    \n    break\n\nprint('ok')\n");
    assert_eq!((r.out.as_str(), r.status), ("ok\n", 0));
    // after an error in an unclosed bracket the next entries still run
    let r = audited(&["-qi"], "x = (1,\n2\nprint('next')\n)\nprint('more')\n");
    assert!(r.out.ends_with("more\n"), "{:?} {}", r.out, r.err);
    // a line that is not UTF-8 is an error, and the session goes on
    let r = run(&["--audit", "-qi"], "");
    assert_eq!(r.status, 0);
    let r = run_in(&std::env::temp_dir(), &["--audit", "-qi"], b"print(1)\n\xff\xfe\nprint(2)\n");
    assert_eq!((r.out.as_str(), r.status), ("1\n2\n", 0));
    assert!(r.err.contains("SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"), "{}", r.err);
    // `def h(:` is reported at once, not asked to continue
    let r = audited(&["-qi"], "def h(:\nprint(3)\n");
    assert_eq!(r.out, "3\n");
    assert!(r.err.starts_with(">>>   File \"<stdin>\", line 1\n    def h(:\n          ^\nSyntaxError: invalid syntax\n"), "{}", r.err);
    // the same in a file: the colon, not the bracket, is the error
    let r = audited(&["-c", "def h(:"], "");
    assert_eq!((r.err.as_str(), r.status), ("  File \"<string>\", line 1\n    def h(:\n          ^\nSyntaxError: invalid syntax\n", 1));
    let r = audited(&["-c", "x = [1, 2, 3\ny = 4"], "");
    assert!(r.err.ends_with("SyntaxError: '[' was never closed\n"), "{}", r.err);
    // `1 +` is a SyntaxError, as CPython says
    let r = audited(&["-qi"], "1 +\nprint(4)\n");
    assert_eq!(r.out, "4\n");
    assert!(r.err.contains("SyntaxError: invalid syntax"), "{}", r.err);
    // at the prompt an error inside an unclosed bracket is the parser's, as
    // CPython's interactive tokenizer reports it (in a file the bracket wins)
    let r = audited(&["-qi"], "x = (1,\ny 2\nprint(5)\nz = (1,\nw = 2\nprint(6)\n");
    assert_eq!(r.out, "5\n6\n");
    assert!(r.err.contains("line 2\n    y 2\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"), "{}", r.err);
    assert!(r.err.contains("line 2\n    w = 2\n    ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"), "{}", r.err);
    let r = audited(&["-c", "x = (1,\ny 2"], "");
    assert!(r.err.ends_with("SyntaxError: '(' was never closed\n"), "{}", r.err);
}
