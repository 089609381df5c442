//! Compile-time SyntaxWarnings ("is" with a literal), `-c` tracebacks, and the REPL's rule that
//! a compound statement ends only at a blank line: stderr as CPython 3.11
//! writes it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_glasspy");

const PROGRAM: &str = "x = 1000\nif x is 1000:\n    pass\ny = (x is not \"a\", x is None, x is ..., () is x, x == 1 is 2)\nprint(y)\n";

fn run(args: &[&str], stdin: &str) -> (String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn glasspy");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn is_with_a_literal_warns_with_file_line_and_source() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("warn_is_literal.py");
    std::fs::write(&path, PROGRAM).unwrap();
    let p = path.to_str().unwrap();
    let (out, err) = run(&[p], "");
    assert_eq!(out, "(True, False, False, False, False)\n");
    let expected = format!(
        "{p}:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 1000:\n\
         {p}:4: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n  {line4}\n\
         {p}:4: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  {line4}\n\
         {p}:4: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  {line4}\n",
        line4 = PROGRAM.lines().nth(3).unwrap()
    );
    assert_eq!(err, expected);
}

#[test]
fn c_and_repl_warnings_have_no_source_line() {
    let (out, err) = run(&["-c", "print(1 is 2)"], "");
    assert_eq!(out, "False\n");
    assert_eq!(err, "<string>:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n");
    let (_, err) = run(&["-i"], "x = 5\nx is 5\n");
    assert!(err.contains("<stdin>:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"), "{err}");
}

#[test]
fn repl_statement_after_a_block_without_blank_line_is_invalid_syntax() {
    let (out, err) = run(&["-i"], PROGRAM);
    // The entry `if ...: pass` + `y = ...` fails at line 3; `print(y)` is then a NameError.
    assert!(!out.contains("True"), "{out}");
    assert!(err.contains("  File \"<stdin>\", line 3\n"), "{err}");
    assert!(err.contains("SyntaxError: invalid syntax\n"), "{err}");
    assert!(err.contains("NameError: name 'y' is not defined\n"), "{err}");
}

#[test]
fn c_tracebacks_have_no_source_line() {
    // CPython's linecache cannot read "<string>": no source, no carets.
    let (_, err) = run(&["-c", "x = 1\ny = x / 0"], "");
    assert_eq!(err, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n");
}

const NEVER_AWAITED: &str = "import gc\nasync def f(): return 1\nasync def g(): return 2\ndef user():\n    c = f()\n    del c\nuser()\nuser()\nc = f()\nc = None\nclass A: pass\ndef cyc():\n    a = A(); a.c = g(); a.me = a\ncyc()\ngc.collect()\nc = f()\nx = f()\ny = g()\n";

#[test]
fn a_coroutine_never_awaited_warns_once_per_line_and_at_exit_from_sys() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("warn_never_awaited.py");
    std::fs::write(&path, NEVER_AWAITED).unwrap();
    let p = path.to_str().unwrap();
    let (out, err) = run(&[p], "");
    assert_eq!(out, "");
    let tm = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    // Freed by `del` (twice from the same line: written once), by a
    // rebinding, by the collector in a cycle, and at exit (no frame: sys:1).
    let expected = format!(
        "{p}:6: RuntimeWarning: coroutine 'f' was never awaited\n  del c\n{tm}\
         {p}:10: RuntimeWarning: coroutine 'f' was never awaited\n  c = None\n{tm}\
         {p}:15: RuntimeWarning: coroutine 'g' was never awaited\n  gc.collect()\n{tm}\
         sys:1: RuntimeWarning: coroutine 'f' was never awaited\n\
         sys:1: RuntimeWarning: coroutine 'g' was never awaited\n"
    );
    assert_eq!(err, expected);
}
