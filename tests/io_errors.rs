//! Every write to stdout is checked, as CPython's io checks it: a reader
//! that has gone (`| head -1`) is a BrokenPipeError from the print that met
//! it, a full device an OSError; a failure of the flush at exit is reported
//! as "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" with
//! exit status 120. Nothing is lost silently and nothing hangs.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_glasspy");

fn glasspy(args: &[&str], unbuffered: bool) -> Command {
    let mut c = Command::new(BIN);
    c.args(args).env_remove("GLASSPY_GC_STRESS").env("NO_COLOR", "1");
    if unbuffered {
        c.env("PYTHONUNBUFFERED", "1");
    } else {
        c.env_remove("PYTHONUNBUFFERED");
    }
    c
}

/// Runs with stdout on /dev/full; returns (status, stderr).
fn to_dev_full(code: &str, unbuffered: bool) -> (i32, String) {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let out = glasspy(&["-c", code], unbuffered).stdin(Stdio::null()).stdout(full).stderr(Stdio::piped()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn dev_full_flush_at_exit_is_reported_with_status_120() {
    let (status, err) = to_dev_full("print('hi')\nx = 1", false);
    assert_eq!(status, 120, "stderr: {}", err);
    assert_eq!(err, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n");
}

#[test]
fn dev_full_unbuffered_raises_from_the_print() {
    let (status, err) = to_dev_full("x = 1\nprint('hi')\nprint('not reached')", true);
    assert_eq!(status, 1, "stderr: {}", err);
    assert!(err.contains("line 2, in <module>"), "{}", err);
    assert!(err.ends_with("OSError: [Errno 28] No space left on device\n"), "{}", err);
    assert!(!err.contains("Exception ignored"), "{}", err);
}

#[test]
fn dev_full_error_can_be_caught() {
    let code = "try:\n    print('x' * 100000)\nexcept OSError as e:\n    import sys\n    print(type(e).__name__, e, file=sys.stderr)\n";
    let (status, err) = to_dev_full(code, false);
    assert_eq!((status, err.as_str()), (0, "OSError [Errno 28] No space left on device\n"));
}

#[test]
fn broken_pipe_ends_an_endless_print_loop() {
    for unbuffered in [false, true] {
        let mut child = glasspy(&["-c", "while True: print('y')"], unbuffered).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        assert_eq!(first, "y\n");
        // The reader is gone now (dropped above), as after `| head -1`.
        let start = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                panic!("glasspy kept running after its reader went away");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        assert_eq!(status.code(), Some(1), "stderr: {}", err);
        assert_eq!(err, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n");
    }
}

/// Runs with stderr on /dev/full and `stdin` piped in; returns (status, stdout).
fn stderr_to_dev_full(args: &[&str], stdin: &str) -> (i32, String) {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let mut child = glasspy(args, false).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(full).spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn an_unwritable_stderr_loses_only_what_goes_there() {
    // CPython: the traceback, the warning, the prompt are lost; the statuses
    // and stdout are as with a working stderr (no panic, status 70).
    assert_eq!(stderr_to_dev_full(&["-c", "print('before')\n1/0"], ""), (1, "before\n".to_string()));
    let warn = std::env::temp_dir().join(format!("glasspy-warn-{}.py", std::process::id()));
    std::fs::write(&warn, "x = 1 is 1\nprint(x)\n").unwrap();
    assert_eq!(stderr_to_dev_full(&[warn.to_str().unwrap()], ""), (0, "True\n".to_string()));
    let _ = std::fs::remove_file(&warn);
    assert_eq!(stderr_to_dev_full(&["-i"], "1/0\nprint('after')\n"), (0, "after\n".to_string()));
    assert_eq!(stderr_to_dev_full(&["-i", "-c", "x = 5"], "x\ndef f(:\n"), (0, "5\n".to_string()));
    assert_eq!(stderr_to_dev_full(&["--no-such-flag"], ""), (2, String::new()));
}
