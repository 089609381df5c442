//! The interactive loop: each entry (a simple statement, or a compound
//! statement ended by a blank line) is compiled and run as its own code
//! block, and top-level expression statements echo through the display hook.
//!
//! Both front ends feed lines through `push_line` / `run_entry`, so they
//! split input into the same entries:
//! - `run_piped` reads lines from any reader as `python3 -i` does when stdin
//!   is not a terminal (banner and prompts on stderr);
//! - `run_terminal` (in `terminal`) is the line-editing prompt for a real
//!   terminal: highlighting, completion, auto-indent, history, colours.
//!
//! | module      | what it is for |
//! |-------------|----------------|
//! | `terminal`  | the terminal prompt's loop, history, Ctrl-C / Ctrl-D |
//! | `helper`    | rustyline helper: completion, highlighting, key handlers |
//! | `complete`  | Tab completion candidates, read from the heap |
//! | `highlight` | colour switch, palette, input highlighting, traceback colours |
//! | `scan`      | a forgiving tokenizer for half-typed input; auto-indent |
//! | `capture`   | routes an entry's output through the traceback colourer |
//! | `commands`  | `:help`, `:heap`, `:gc`, `:arena`, `:pool`, `:block`, `help`, `exit`, `quit` |

pub mod capture;
pub mod commands;
pub mod complete;
pub mod helper;
pub mod highlight;
pub mod scan;
pub mod terminal;

use std::io::{BufRead, Write};

use crate::runtime::Interp;
use crate::session::Outcome;
use crate::syntax::{entry_status, EntryStatus};

pub use commands::{heap_summary, help_text};
pub use terminal::run_terminal;

pub const PS1: &str = ">>> ";
pub const PS2: &str = "... ";

/// No banner at the prompt: `-q`, or `-i` after a file or `-c` (as python3).
pub static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Prints the banner on stderr unless the command line asked for none.
pub fn print_banner() {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        crate::err_println!("{}", banner());
    }
}

pub fn banner() -> String {
    format!("glasspy {} (Python 3.11 memory model). Type :help for memory commands.", env!("CARGO_PKG_VERSION"))
}

/// Adds one line (without its newline) to the entry buffer `buf`. Returns
/// the entry when it is complete and not blank; `buf` is then empty again.
/// A line starting with `:` at the primary prompt is a command entry of its
/// own.
pub fn push_line(buf: &mut String, line: &str) -> Option<String> {
    if buf.is_empty() && line.trim_start().starts_with(':') {
        return Some(format!("{}\n", line.trim()));
    }
    buf.push_str(line);
    if !line.ends_with('\n') {
        buf.push('\n');
    }
    if entry_status(buf) == EntryStatus::Incomplete {
        return None;
    }
    let entry = std::mem::take(buf);
    if entry.trim().is_empty() {
        return None;
    }
    Some(entry)
}

/// Runs a complete entry: a command, or Python code as one code block.
/// Returns Some(status) when the session must end (SystemExit, `exit`).
pub fn run_entry(it: &mut Interp, entry: &str) -> Option<i32> {
    match commands::dispatch(it, entry) {
        commands::Dispatch::Done => return None,
        commands::Dispatch::Exit(code) => return Some(code),
        commands::Dispatch::Code => {}
    }
    let outcome = it.run_block(entry, "<stdin>", true, false);
    crate::inspect::diff::after_entry(it);
    match outcome {
        Outcome::Exit(code) => Some(code),
        _ => None,
    }
}

/// Feeds one line into the entry buffer; runs the entry when it is complete.
/// Returns Some(status) when the session must end (SystemExit).
pub fn feed_line(it: &mut Interp, buf: &mut String, line: &str) -> Option<i32> {
    let entry = push_line(buf, line)?;
    run_entry(it, &entry)
}

/// Runs `:help` / `:heap` / ... (the text of a command line).
pub fn run_command(it: &mut Interp, cmd: &str) {
    let _ = commands::dispatch(it, cmd);
}

/// CPython's UnicodeDecodeError text for a line that is not UTF-8.
fn decode_error(e: &std::string::FromUtf8Error) -> String {
    let at = e.utf8_error().valid_up_to();
    let byte = e.as_bytes()[at];
    let why = match e.utf8_error().error_len() {
        None => "unexpected end of data",
        Some(_) if matches!(byte, 0x80..=0xc1 | 0xf5..=0xff) => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", byte, at, why)
}

/// `python3 -i` with stdin not a terminal: prompts go to stderr.
pub fn run_piped(it: &mut Interp, input: impl BufRead) -> i32 {
    crate::inspect::diff::install(it);
    print_banner();
    let mut buf = String::new();
    crate::err_print!("{}", PS1);
    let mut input = input;
    loop {
        let mut bytes = Vec::new();
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        if bytes.ends_with(b"\n") {
            bytes.pop();
        }
        let line = match String::from_utf8(bytes) {
            Ok(l) => l,
            Err(e) => {
                // As CPython's interactive tokenizer: the line is refused, the session goes on.
                let _ = it.out.flush();
                crate::err_println!("  File \"<stdin>\", line 0\n    \nSyntaxError: (unicode error) {}", decode_error(&e));
                buf.clear();
                crate::err_print!("{}", PS1);
                continue;
            }
        };
        if let Some(code) = feed_line(it, &mut buf, &line) {
            return code;
        }
        let _ = it.out.flush();
        crate::err_print!("{}", if buf.is_empty() { PS1 } else { PS2 });
    }
    if !buf.trim().is_empty() {
        let entry = std::mem::take(&mut buf);
        if let Some(code) = run_entry(it, &entry) {
            return code;
        }
    }
    crate::err_println!();
    0
}
