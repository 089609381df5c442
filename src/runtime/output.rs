//! Standard output and standard error as CPython's `io` writes them.
//!
//! stdout is buffered (a pipe or a file gets whole blocks, as CPython's
//! BufferedWriter; with `PYTHONUNBUFFERED` set every print is written at
//! once, as `python3 -u`), and every write is checked: a failure is the
//! Python exception CPython raises from the `print` that hit it —
//! `BrokenPipeError: [Errno 32] Broken pipe` when the reader has gone
//! (`... | head -1`), `OSError: [Errno 28] No space left on device` for
//! `> /dev/full`. The bytes that could not be written are dropped, so the
//! program can go on (or end) without meeting the same error again.
//!
//! Everything else glasspy writes to stderr — tracebacks, warnings, the
//! prompt and its banner, the REPL's own messages, usage errors — goes
//! through `stderr_write` (the `err_print!` and `err_println!` macros): as
//! in CPython, a stderr that cannot be written (`2>/dev/full`, a closed
//! pipe) loses that text and changes nothing else, where `eprint!` would
//! panic.
//!
//! At program end the buffer is flushed once more; a failure there is
//! reported as CPython reports it ("Exception ignored in: <_io.TextIOWrapper
//! name='<stdout>' ...>") and the exit status becomes 120.

use std::io::Write;

use super::*;

/// Writes text to stderr, ignoring a failure (there is nowhere left to
/// report it), as CPython's traceback printing and warnings do.
pub fn stderr_write(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes()).and_then(|_| err.flush());
}

/// `eprint!` that never panics: see `stderr_write`.
#[macro_export]
macro_rules! err_print {
    ($($arg:tt)*) => { $crate::runtime::output::stderr_write(&format!($($arg)*)) };
}

/// `eprintln!` that never panics: see `stderr_write`.
#[macro_export]
macro_rules! err_println {
    () => { $crate::runtime::output::stderr_write("\n") };
    ($($arg:tt)*) => { $crate::runtime::output::stderr_write(&format!("{}\n", format_args!($($arg)*))) };
}

/// CPython's exit status when flushing stdout fails at exit.
pub const FLUSH_FAILED_STATUS: i32 = 120;

impl Interp {
    /// Writes text to stdout (print, the display hook, input's prompt).
    pub fn write_out(&mut self, s: &str) -> R<()> {
        let r = self.out.write_all(s.as_bytes()).and_then(|_| if self.unbuffered { self.out.flush() } else { Ok(()) });
        r.map_err(|e| self.io_error(e))
    }

    /// Writes text to stderr (print(..., file=sys.stderr)), after what stdout
    /// holds; a failure to flush stdout here waits for the flush at exit,
    /// where CPython meets it.
    pub fn write_err(&mut self, s: &str) -> R<()> {
        let _ = self.out.flush();
        let mut err = std::io::stderr().lock();
        err.write_all(s.as_bytes()).and_then(|_| err.flush()).map_err(|e| self.io_error(e))
    }

    /// Flushes stdout; a failure is the exception CPython raises.
    pub fn flush_out(&mut self) -> R<()> {
        self.out.flush().map_err(|e| self.io_error(e))
    }

    /// Flushes stdout at program end. Returns the exit status CPython
    /// would then use (120) when it fails, after reporting it.
    pub fn flush_at_exit(&mut self) -> Option<i32> {
        let e = self.out.flush().err()?;
        self.drop_unwritten();
        let (name, text) = describe_io_error(&e);
        stderr_write(&format!("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}: {}\n", name.name(), text));
        Some(FLUSH_FAILED_STATUS)
    }

    /// A failed write as CPython's exception; what could not be written is dropped.
    fn io_error(&mut self, e: std::io::Error) -> Exc {
        self.drop_unwritten();
        let (name, text) = describe_io_error(&e);
        self.new_exception(name, Some(&text))
    }

    /// Forgets the buffered bytes without writing them.
    fn drop_unwritten(&mut self) {
        let cap = self.out.capacity();
        let old = std::mem::replace(&mut self.out, std::io::BufWriter::with_capacity(cap, std::io::stdout()));
        let _ = old.into_parts();
    }
}

/// The exception class and message CPython gives an OS error: errno and strerror.
fn describe_io_error(e: &std::io::Error) -> (ExcKind, String) {
    let code = e.raw_os_error().unwrap_or(5);
    let name = if e.kind() == std::io::ErrorKind::BrokenPipe { ExcKind::BrokenPipeError } else { ExcKind::OSError };
    let strerror = match code {
        32 => "Broken pipe".to_string(),
        28 => "No space left on device".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    (name, format!("[Errno {}] {}", code, strerror))
}
