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

use crate::inspect;
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
    Command { name: ":why", args: "[--all] EXPR", summary: "every holder behind the object's count, and the path from a root", run: cmd_why },
    Command { name: ":diff", args: "[on|off]", summary: "what the last entry did: objects born, freed, counts changed", run: cmd_diff },
    Command { name: ":is", args: "A B", summary: "why `A is B` is True or False (cache, interning, constant tables)", run: cmd_is },
    Command { name: ":consts", args: "[FUNC]", summary: "the constant table of the last entry, or of a function", run: cmd_consts },
    Command { name: ":size", args: "EXPR", summary: "getsizeof, the blocks behind it, deep and retained size", run: cmd_size },
    Command { name: ":trace", args: "EXPR|off", summary: "from now on, print every change of the object's count", run: cmd_trace },
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
        Ok(()) if inspect::reports_to_stderr() => crate::err_print!("{}", out),
        Ok(()) => {
            let _ = stdout.write_all(out.as_bytes());
        }
        // An empty message: the error (a traceback) is already reported.
        Err(msg) if msg.is_empty() => {}
        Err(msg) => {
            let _ = stdout.flush();
            crate::err_println!("{}", msg);
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
        s.push_str(&format!("  {:<18} {}\n", head, c.summary));
    }
    s.push_str(&format!("  {:<18} {}\n", "exit, quit", "leave (also exit(), quit(), Ctrl-D)"));
    s.push_str(
        "Memory builtins:
  id(x)  getrefcount(x)  gc_collect()  sys.getsizeof(x)  sys.getrefcount(x)
  sys._debugmallocstats()  gc.collect()  gc.get_count()  gc.get_threshold()
  gc.get_referrers(x)  gc.get_referents(x)  gc.is_tracked(x)  weakref.ref(x)
  gc.freeze()  gc.unfreeze()  gc.get_freeze_count()
From a script: import glass; glass.why(x), glass.holders(x), glass.diff(),
  glass.size(x), glass.same(a, b), glass.consts(f), glass.trace(x), glass.untrace()
Each entry at the prompt is compiled as its own code block: after
  a = 1000 and b = 1000 typed as two entries, a is b is False.
Keys: Tab completes (indents at the start of a line); Up/Down recall
  history, Ctrl-R searches it; Ctrl-C discards the line or interrupts
  running code; Ctrl-D on an empty line exits. As Python 3.13's prompt:
  F1 this help; F2 the history as plain code; F3 paste mode (lines, blank
  ones too, are collected until F3 again, then run); Alt-Enter a new,
  indented line inside the entry; a pasted block runs as pasted, blank
  lines and all.
Command line: glasspy --help lists the options (-c, -m, -i, -q, ...).
",
    );
    s
}

fn cmd_help(_: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    no_args(":help", args)?;
    out.push_str(&help_text());
    Ok(())
}

/// The object EXPR names (looked up without running code when it can be).
fn target(it: &mut Interp, expr: &str) -> Result<inspect::resolve::Target, String> {
    inspect::resolve::target(it, expr)
}

fn note_if_evaluated(t: &inspect::resolve::Target, out: &mut String) {
    if t.owned {
        out.push_str("(the expression was evaluated as a code block of its own; names, attributes and constant\n indexes are looked up without running anything)\n");
    }
}

fn cmd_why(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    let (all, expr) = match args.strip_prefix("--all") {
        Some(rest) if rest.is_empty() || rest.starts_with(char::is_whitespace) => (true, rest.trim()),
        _ => (false, args),
    };
    if expr.is_empty() {
        return Err("usage: :why [--all] EXPR".into());
    }
    let t = target(it, expr)?;
    out.push_str(&inspect::why::report(it, t.obj, t.own_refs(), None, all, expr));
    note_if_evaluated(&t, out);
    t.release(it);
    Ok(())
}

fn cmd_diff(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    let g = inspect::diff::glass(it).ok_or_else(|| "the glass is not watching this session".to_string())?;
    match args {
        "" => out.push_str(g.last.as_deref().unwrap_or("no entry has run yet\n")),
        "on" => {
            g.diff_on = true;
            out.push_str("a diff will follow every entry (:diff off stops)\n");
        }
        "off" => {
            g.diff_on = false;
            out.push_str("diffs after entries are off\n");
        }
        _ => return Err("usage: :diff [on|off]".into()),
    }
    Ok(())
}

/// Splits "A B" at the first space outside brackets and quotes.
fn split_two(args: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for (i, c) in args.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth -= 1,
            (None, c) if c.is_whitespace() && depth == 0 => {
                let (a, b) = (args[..i].trim(), args[i..].trim());
                return if a.is_empty() || b.is_empty() { None } else { Some((a, b)) };
            }
            _ => {}
        }
    }
    None
}

fn cmd_is(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    let (a, b) = split_two(args).ok_or_else(|| "usage: :is A B".to_string())?;
    let la = inspect::resolve::lookup(it, a);
    let lb = inspect::resolve::lookup(it, b);
    match (la, lb) {
        (Some(Ok(x)), Some(Ok(y))) => {
            let serials: Vec<u64> = [x, y].iter().map(|&r| it.heap.watch.as_ref().map(|w| w.serial(r)).unwrap_or(0)).collect();
            let entries: Vec<u32> = match inspect::diff::glass(it) {
                Some(g) => serials.iter().map(|&s| g.entry_of(s)).collect(),
                None => vec![0, 0],
            };
            let f = |r: crate::heap::ObjRef| if r == x { Some(entries[0]) } else { Some(entries[1]) };
            out.push_str(&inspect::identity::explain_is(it, x, y, &f, false));
        }
        (Some(Err(m)), _) | (_, Some(Err(m))) => return Err(m),
        _ => {
            let both = format!("({}, {})", a, b);
            let t = target(it, &both)?;
            let items: Vec<crate::heap::ObjRef> = match it.heap.get(t.obj) {
                crate::heap::Obj::Tuple(items) => items.to_vec(),
                _ => vec![],
            };
            if let [x, y] = items[..] {
                out.push_str(&inspect::identity::explain_is(it, x, y, &|_| None, true));
                out.push_str("(A and B were evaluated together as one code block: equal literals in it are one constant;\n typed in two entries they would come from two constant tables)\n");
            }
            t.release(it);
        }
    }
    Ok(())
}

fn cmd_consts(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    if args.is_empty() {
        let g = inspect::diff::glass(it).ok_or_else(|| "the glass is not watching this session".to_string())?;
        if g.last_consts.is_empty() {
            out.push_str("the last entry had no constants\n");
        } else {
            out.push_str(&format!("constants of the last entry (entry {}), freed with it unless something else holds them:\n", g.entry));
            for l in &g.last_consts {
                out.push_str(l);
                out.push('\n');
            }
        }
        return Ok(());
    }
    let t = target(it, args)?;
    let code = inspect::identity::code_of(it, t.obj);
    let r = match code {
        Some(c) => {
            out.push_str(&format!("constants of {}:\n", inspect::describe::short(it, t.obj)));
            for l in inspect::identity::describe_consts(it, c) {
                out.push_str(&l);
                out.push('\n');
            }
            Ok(())
        }
        None => Err(format!(":consts needs a function, not {}", it.type_name(t.obj))),
    };
    t.release(it);
    r
}

fn cmd_size(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    if args.is_empty() {
        return Err("usage: :size EXPR".into());
    }
    let t = target(it, args)?;
    out.push_str(&inspect::size::report(it, t.obj, t.own_refs()));
    note_if_evaluated(&t, out);
    t.release(it);
    Ok(())
}

fn cmd_trace(it: &mut Interp, args: &str, out: &mut String) -> Result<(), String> {
    if args.is_empty() {
        return Err("usage: :trace EXPR | :trace off".into());
    }
    if args == "off" {
        out.push_str(&inspect::diff::with_glass(it, inspect::trace::stop));
        return Ok(());
    }
    let t = target(it, args)?;
    if t.owned {
        let msg = "`:trace` needs an object the program holds (a name, attribute or item), not a new value".to_string();
        t.release(it);
        return Err(msg);
    }
    let obj = t.obj;
    out.push_str(&inspect::diff::with_glass(it, |g, it| inspect::trace::start(g, it, obj)));
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
