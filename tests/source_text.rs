//! A script's text is read as CPython reads it: UTF-8 with an optional
//! byte-order mark, other bytes a SyntaxError naming the first bad byte and
//! its line; an expression nested as deep as CPython compiles (a sum of
//! 2,999 terms) compiles, one more is CPython's compile-time RecursionError.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_glasspy");

fn run_file(name: &str, contents: &[u8]) -> (i32, String, String) {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("source_text");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    let o = Command::new(BIN).arg(&path).env_remove("GLASSPY_GC_STRESS").output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr).replace(&path.display().to_string(), "FILE");
    (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stdout).into_owned(), err)
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert_eq!(run_file("bom.py", b"\xef\xbb\xbfprint('bom')\n"), (0, "bom\n".into(), String::new()));
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let (status, out, err) = run_file("bad.py", b"print('never')\nx = '\xff'\n");
    assert_eq!((status, out.as_str()), (1, ""));
    assert_eq!(err, "SyntaxError: Non-UTF-8 code starting with '\\xff' in file FILE on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

#[test]
fn long_sums_compile_as_deep_as_cpythons() {
    let minus = |n: usize| format!("x = {}1\nprint(x)\n", "-".repeat(n));
    assert_eq!(run_file("minus2998.py", minus(2998).as_bytes()), (0, "1\n".into(), String::new()));
    assert_eq!(run_file("minus2999.py", minus(2999).as_bytes()).0, 1);
    let sum = |n: usize| format!("x = {}\nprint(x)\n", vec!["1"; n].join("+"));
    // CPython 3.11 running a script: 2,999 terms compile, 3,000 do not.
    assert_eq!(run_file("sum2999.py", sum(2999).as_bytes()), (0, "2999\n".into(), String::new()));
    let (status, out, err) = run_file("sum3000.py", sum(3000).as_bytes());
    assert_eq!((status, out.as_str(), err.as_str()), (1, "", "RecursionError: maximum recursion depth exceeded during compilation\n"));
}

#[test]
fn invalid_utf8_line_in_a_piped_session_is_refused_and_the_session_goes_on() {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .arg("-i")
        .env_remove("GLASSPY_GC_STRESS")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"print(1)\nprint(\"\xff\")\nprint(2)\n").unwrap();
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!((o.status.code(), String::from_utf8_lossy(&o.stdout).as_ref()), (Some(0), "1\n2\n"), "{}", err);
    assert!(err.contains("  File \"<stdin>\", line 0\n    \nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 7: invalid start byte\n"), "{}", err);
}
