//! The `glass` module: the inspection commands for scripts. Made only when
//! a program imports it (the clean heap stays clean otherwise); each
//! function prints the same report as the prompt's command, and
//! `holders` returns it as data.
//!
//! A call's own argument is a reference on the evaluation stack; every
//! report leaves it out, as `:why` leaves out its own, and says so.

use super::diff::{self, glass};
use crate::heap::*;
use crate::runtime::builtins::{register_extension, BuiltinFn, Extension, Kw};
use crate::runtime::{Interp, R};

static FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("why", g_why),
    ("holders", g_holders),
    ("diff", g_diff),
    ("size", g_size),
    ("same", g_same),
    ("consts", g_consts),
    ("trace", g_trace),
    ("untrace", g_untrace),
];

/// Makes `import glass` work in this process.
pub fn register() {
    register_extension(&Extension { module: "glass", functions: FUNCTIONS });
}

fn arity(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw, n: usize) -> R<()> {
    if !kw.is_empty() {
        return Err(it.type_error(format!("glass.{}() takes no keyword arguments", name)));
    }
    if args.len() != n {
        let what = match n {
            0 => "no arguments".to_string(),
            1 => "exactly one argument".to_string(),
            n => format!("exactly {} arguments", n),
        };
        return Err(it.type_error(format!("glass.{}() takes {} ({} given)", name, what, args.len())));
    }
    Ok(())
}

/// The stack slot of the call's argument `x` (the topmost one holding it).
fn arg_slot(it: &Interp, x: ObjRef) -> Option<usize> {
    it.stack.iter().rposition(|&r| r == x)
}

fn g_why(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "why", args, kw, 1)?;
    let s = super::why::report(it, args[0], 0, arg_slot(it, args[0]), false, "x");
    it.write_out(&s)?;
    Ok(it.heap.none())
}

fn g_holders(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "holders", args, kw, 1)?;
    let pairs = super::why::holder_pairs(it, args[0], arg_slot(it, args[0]));
    let mut items = Vec::new();
    for (l, n) in pairs {
        let s = it.heap.str(&l);
        let c = it.heap.int(n as i64);
        items.push(it.new_tuple(vec![s, c]));
    }
    Ok(it.new_list(items))
}

fn g_diff(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "diff", args, kw, 0)?;
    let fresh = glass(it).is_none();
    let report = diff::with_glass(it, |g, it| {
        if fresh {
            g.begin(it);
            return "glass.diff(): watching the heap from here on; call it again to see what changed\n".to_string();
        }
        let title = format!("since the last glass.diff() (line {})", it.frames.last().map(|f| f.line).unwrap_or(0));
        let r = g.finish(it, &title);
        g.snapshot_now(it);
        r
    });
    it.write_out(&report)?;
    Ok(it.heap.none())
}

fn g_size(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "size", args, kw, 1)?;
    let own = arg_slot(it, args[0]).is_some() as u32;
    let s = super::size::report(it, args[0], own);
    it.write_out(&s)?;
    Ok(it.heap.none())
}

fn g_same(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "same", args, kw, 2)?;
    let s = super::identity::explain_is(it, args[0], args[1], &|_| None, false);
    it.write_out(&s)?;
    Ok(it.heap.bool(args[0] == args[1]))
}

fn g_consts(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "consts", args, kw, 1)?;
    let Some(code) = super::identity::code_of(it, args[0]) else {
        return Err(it.type_error("glass.consts() needs a function".into()));
    };
    let mut s = super::identity::describe_consts(it, code).join("\n");
    s.push('\n');
    it.write_out(&s)?;
    Ok(it.heap.none())
}

fn g_trace(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "trace", args, kw, 1)?;
    let x = args[0];
    let s = diff::with_glass(it, |g, it| super::trace::start(g, it, x));
    it.write_out(&s)?;
    Ok(it.heap.none())
}

fn g_untrace(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    arity(it, "untrace", args, kw, 0)?;
    let s = diff::with_glass(it, super::trace::stop);
    it.write_out(&s)?;
    Ok(it.heap.none())
}
