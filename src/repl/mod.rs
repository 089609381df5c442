//! The interactive loop: each entry (a simple statement, or a compound
//! statement ended by a blank line) is compiled and run as its own code
//! block, and top-level expression statements echo through the display hook.
//!
//! `run_piped` reads entries from any reader as `python3 -i` does when stdin
//! is not a terminal (prompts on stderr); `run_terminal` is the line-editing
//! prompt for a real terminal.

use std::io::{BufRead, Write};

use crate::runtime::Interp;
use crate::session::Outcome;
use crate::syntax::{entry_status, EntryStatus};

pub const PS1: &str = ">>> ";
pub const PS2: &str = "... ";

pub fn banner() -> String {
    format!("glasspy {} (Python 3.11 memory model). Type :help for memory commands.", env!("CARGO_PKG_VERSION"))
}

/// Feeds one line into the entry buffer; runs the entry when it is complete.
/// Returns Some(status) when the session must end (SystemExit).
pub fn feed_line(it: &mut Interp, buf: &mut String, line: &str) -> Option<i32> {
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
    if let Some(cmd) = command(&entry) {
        run_command(it, cmd);
        return None;
    }
    match it.run_block(&entry, "<stdin>", true, false) {
        Outcome::Exit(code) => Some(code),
        _ => None,
    }
}

/// `:help`, `:heap`, `help` typed at the prompt.
fn command(entry: &str) -> Option<&str> {
    let t = entry.trim();
    if t.starts_with(':') || t == "help" {
        Some(t)
    } else {
        None
    }
}

pub fn run_command(it: &mut Interp, cmd: &str) {
    let _ = it.out.flush();
    match cmd {
        ":help" | "help" => {
            println!("{}", HELP);
        }
        ":heap" => {
            print!("{}", heap_summary(it));
        }
        other => {
            println!("unknown command {}; type :help", other);
        }
    }
    let _ = std::io::stdout().flush();
}

pub const HELP: &str = "glasspy commands:
  :help        this list
  :heap        live objects by type: count and bytes
  help         the same as :help
Python builtins for memory: id(x), getrefcount(x), gc_collect(),
  sys.getsizeof(x), sys._debugmallocstats(), gc.get_count(), gc.collect(),
  gc.get_referrers(x), gc.get_referents(x), weakref.ref(x).
exit() or Ctrl-D leaves.";

pub fn heap_summary(it: &Interp) -> String {
    use std::collections::BTreeMap;
    let mut by: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    for r in it.heap.live_objects() {
        let e = by.entry(it.heap.get(r).type_name()).or_default();
        e.0 += 1;
        e.1 += crate::heap::sizes::getsizeof(&it.heap, r);
    }
    let mut out = format!("{:<28} {:>8} {:>10}\n", "type", "objects", "bytes");
    let (mut n, mut b) = (0, 0);
    for (k, (c, s)) in by {
        out.push_str(&format!("{:<28} {:>8} {:>10}\n", k, c, s));
        n += c;
        b += s;
    }
    out.push_str(&format!("{:<28} {:>8} {:>10}\n", "total", n, b));
    out
}

/// `python3 -i` with stdin not a terminal: prompts go to stderr.
pub fn run_piped(it: &mut Interp, input: impl BufRead) -> i32 {
    eprintln!("{}", banner());
    let mut buf = String::new();
    eprint!("{}", PS1);
    for line in input.lines() {
        let Ok(line) = line else { break };
        if let Some(code) = feed_line(it, &mut buf, &line) {
            return code;
        }
        let _ = it.out.flush();
        eprint!("{}", if buf.is_empty() { PS1 } else { PS2 });
    }
    if !buf.trim().is_empty() {
        let entry = std::mem::take(&mut buf);
        if let Outcome::Exit(code) = it.run_block(&entry, "<stdin>", true, false) {
            return code;
        }
    }
    eprintln!();
    0
}

/// The prompt in a real terminal (line editing with rustyline).
pub fn run_terminal(it: &mut Interp) -> i32 {
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(_) => return run_piped(it, std::io::stdin().lock()),
    };
    let history = std::env::var("GLASSPY_HISTORY").ok().or_else(|| std::env::var("HOME").ok().map(|h| format!("{}/.glasspy_history", h)));
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    println!("{}", banner());
    let mut buf = String::new();
    let code = loop {
        let prompt = if buf.is_empty() { PS1 } else { PS2 };
        match rl.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = rl.add_history_entry(line.as_str());
                }
                if let Some(code) = feed_line(it, &mut buf, &line) {
                    break code;
                }
                let _ = it.out.flush();
            }
            Err(rustyline::error::ReadlineError::Interrupted) => {
                buf.clear();
                println!("KeyboardInterrupt");
            }
            Err(_) => break 0,
        }
    };
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
    code
}
