//! The REPL's own commands, typed at the `>>> ` prompt: `:help`, `:heap`,
//! `:gc`, `:arena`, `:pool`, `:block`, and the bare words `help`, `exit`,
//! `quit`.
//!
//! A command is a row of `COMMANDS`; adding one (`:refs x`, `:gc`, ...)
//! means adding a row and its function. The `:help` text lists the rows.
//! Commands never touch the entry buffer, and apart from `:gc` (which runs
//! the collection `gc.collect()` would, finalizers and callbacks included)
//! they never run Python code, so they cannot change what later entries see.
//! The views they print live in the inspection layer (`src/inspect/`).

use std::io::Write;

use crate::inspect::arena;
use crate::inspect::gc_trace::{GcTrace, Target};
use crate::runtime::Interp;

/// A command's function: the interpreter, the text after the command name
/// (trimmed), and where to write its output.
pub type CommandFn = fn(&mut Interp, &str, &mut String) -> Result<(), String>;

pub struct Command {
    /// `:name`, as typed.
    pub name: &'static str,
    /// Argument synopsis for `:help`, e.g. `[TYPE]` ("" for none).
    pub args: &'static str,
    pub summary: &'static str,
    pub run: CommandFn,
}

pub static COMMANDS: &[Command] = &[
    Command { name: ":help", args: "", summary: "this list (also: help)", run: cmd_help },
    Command { name: ":heap", args: "", summary: "live objects by type: count and bytes, largest first", run: cmd_heap },
    Command { name: ":gc", args: "[GEN]", summary: "gc.collect(GEN) in slow motion, pass by pass (GEN 0-2, default 2)", run: cmd_gc },
    Command { name: ":arena", args: "[N]", summary: "the pymalloc arenas (or arena N) and their pools; what keeps each", run: cmd_arena },
    Command { name: ":pool", args: "N", summary: "pool N's blocks, what each holds, the next free blocks in order", run: cmd_pool },
    Command { name: ":block", args: "ADDR", summary: "the block at an address or id: its pool, what it holds", run: cmd_block },
];

/// What the prompt did with a line.
#[derive(Debug, PartialEq, Eq)]
pub enum Dispatch {
    /// Not a command: Python code.
    Code,
    /// A command ran (its output is written).
    Done,
    /// `exit` / `quit` typed alone: leave with this status.
    Exit(i32),
}

/// Runs `line` if it is a command. Only called at the primary prompt (an
/// empty entry buffer); inside a block `:heap` is just bad Python.
pub fn dispatch(it: &mut Interp, line: &str) -> Dispatch {
    let t = line.trim();
    let (name, args) = match t.find(char::is_whitespace) {
        Some(p) => (&t[..p], t[p..].trim()),
        None => (t, ""),
    };
    let mut out = String::new();
    let result = if name.starts_with(':') && name.len() > 1 {
        match COMMANDS.iter().find(|c| c.name == name) {
            Some(c) => (c.run)(it, args, &mut out),
            None => Err(format!("unknown command {}; type :help for the list", name)),
        }
    } else if args.is_empty() && matches!(name, "help" | "exit" | "quit") && !is_global(it, name) {
        // As in Python 3.13, these words alone are commands, unless the
        // program has given the name a meaning of its own.
        if name == "help" {
            cmd_help(it, "", &mut out)
        } else {
            return Dispatch::Exit(0);
        }
    } else {
        return Dispatch::Code;
    };
    let _ = it.out.flush();
    let mut stdout = std::io::stdout().lock();
    match result {
        Ok(()) => {
            let _ = stdout.write_all(out.as_bytes());
        }
        Err(msg) => {
            let _ = stdout.flush();
            eprintln!("{}", msg);
        }
    }
    let _ = stdout.flush();
    Dispatch::Done
}

fn is_global(it: &Interp, name: &str) -> bool {
    it.dict_items(it.globals).iter().any(|(k, _)| it.heap.as_str(*k) == Some(name))
}

fn no_args(name: &str, args: &str) -> Result<(), String> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(format!("{} takes no arguments", name))
    }
}

pub fn help_text() -> String {
    let mut s = String::from("glasspy commands (at the primary prompt):\n");
    for c in COMMANDS {
        let head = if c.args.is_empty() { c.name.to_string() } else { format!("{} {}", c.name, c.args) };
        s.push_str(&format!("  {:<13} {}\n", head, c.summary));
    }
    s.push_str(&format!("  {:<13} {}\n", "exit, quit", "leave (also exit(), quit(), Ctrl-D)"));
    s.push_str(
        "Memory builtins:
  id(x)  getrefcount(x)  gc_collect()  sys.getsizeof(x)  sys.getrefcount(x)
  sys._debugmallocstats()  gc.collect()  gc.get_count()  gc.get_threshold()
  gc.get_referrers(x)  gc.get_referents(x)  gc.is_tracked(x)  weakref.ref(x)
Each entry at the prompt is compiled as its own code block: after
  a = 1000 and b = 1000 typed as two entries, a is b is False.
Keys: Tab completes (indents at the start of a line); Up/Down recall
  history, Ctrl-R searches it; Ctrl-C discards the line or interrupts
  running code; Ctrl-D on an empty line exits.
",
    );
    s
}

fn cmd_help(_: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    no_args(":help", args)?;
    out.push_str(&help_text());
    Ok(())
}

fn cmd_heap(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    no_args(":heap", args)?;
    out.push_str(&heap_summary(it));
    Ok(())
}

/// `:gc [GEN]`: the collection gc.collect(GEN) would run, watched by the
/// slow-motion view; the trace is written as the collection goes, in order
/// with what its finalizers and callbacks print.
fn cmd_gc(it: &mut Interp, args: &str, _out: &mut String) -> Result<(), String> {
    let g = match args {
        "" => 2,
        "0" => 0,
        "1" => 1,
        "2" => 2,
        _ => return Err("usage: :gc [GEN] (GEN is 0, 1 or 2)".into()),
    };
    let mut view = GcTrace::new(Target::Stdout);
    it.collect_observed(g, &mut view);
    Ok(())
}

fn cmd_arena(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    out.push_str(&arena::arena_report(it, args)?);
    Ok(())
}

fn cmd_pool(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    out.push_str(&arena::pool_report(it, args)?);
    Ok(())
}

fn cmd_block(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    out.push_str(&arena::block_report(it, args)?);
    Ok(())
}

/// Live objects by type with their counts and `sys.getsizeof` bytes,
/// largest total first, and a total line.
pub fn heap_summary(it: &Interp) -> String {
    use std::collections::HashMap;
    let mut by: HashMap<&'static str, (usize, usize)> = HashMap::new();
    for r in it.heap.live_objects() {
        let e = by.entry(it.heap.get(r).type_name()).or_default();
        e.0 += 1;
        e.1 += crate::heap::sizes::getsizeof(&it.heap, r);
    }
    let mut rows: Vec<(&str, usize, usize)> = by.into_iter().map(|(k, (c, b))| (k, c, b)).collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(b.0)));
    let mut out = format!("{:<28} {:>8} {:>10}\n", "type", "objects", "bytes");
    let (mut n, mut b) = (0, 0);
    for (k, c, s) in rows {
        out.push_str(&format!("{:<28} {:>8} {:>10}\n", k, c, s));
        n += c;
        b += s;
    }
    out.push_str(&format!("{:<28} {:>8} {:>10}\n", "total", n, b));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lists_every_command() {
        let h = help_text();
        for c in COMMANDS {
            assert!(h.contains(c.name));
        }
    }

    #[test]
    fn heap_has_totals() {
        let it = Interp::new();
        let s = heap_summary(&it);
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines[0].starts_with("type"));
        assert!(lines.last().unwrap().starts_with("total"));
        assert!(s.contains("\nstr "));
    }
}
