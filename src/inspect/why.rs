//! `:why EXPR` / `glass.why(x)`: every holder behind an object's count,
//! and how the program reaches it.

use std::collections::VecDeque;

use super::describe::{peek, type_label};
use super::holders::{self, for_each_holder, for_each_root, label, Context, Holder};
use crate::heap::*;
use crate::runtime::Interp;

/// One line of the holder table: a label, how many references it holds.
pub struct Row {
    pub label: String,
    pub count: u32,
    /// gc.get_referrers(x) would list this holder.
    pub seen: bool,
}

/// The holders of `target`, grouped by label, leaving out `exclude`
/// references held by whoever asks (a command's own reference, a call's
/// argument on the stack). Interpreter-owned holders fold into one row
/// unless `all`.
pub fn rows(it: &Interp, cx: &Context, target: ObjRef, exclude_stack: Option<usize>, all: bool) -> (Vec<Row>, u32) {
    let mut rows: Vec<Row> = Vec::new();
    let mut folded = 0u32;
    for h in holders::holders_of(it, target) {
        if let (Holder::Stack(i), Some(x)) = (h, exclude_stack) {
            if i == x {
                continue;
            }
        }
        if !all && holders::is_interpreter_holder(it, cx, &h) {
            folded += 1;
            continue;
        }
        let l = label(it, cx, target, &h);
        let seen = h.seen_by_get_referrers(it);
        match rows.iter_mut().find(|r| r.label == l) {
            Some(r) => r.count += 1,
            None => rows.push(Row { label: l, count: 1, seen }),
        }
    }
    (rows, folded)
}

/// The full `:why` report. `own` is the number of references the asker
/// holds outside the heap's holders (an evaluated expression's value).
pub fn report(it: &Interp, target: ObjRef, own: u32, exclude_stack: Option<usize>, all: bool, name: &str) -> String {
    let mut out = String::new();
    let rc = it.heap.rc(target) - own - exclude_stack.is_some() as u32;
    out.push_str(&format!("{} {}  id {:#x}  refcount {}\n", type_label(it, target), peek(it, target, 40), it.heap.id(target), rc));
    let cx = Context::new(it);
    let (rows, folded) = rows(it, &cx, target, exclude_stack, all);
    let width = rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0).clamp(20, 60);
    let mut total = 0;
    let mut hidden = 0;
    for r in &rows {
        total += r.count;
        let mark = if r.seen { "" } else { "  *" };
        if !r.seen {
            hidden += 1;
        }
        out.push_str(&format!("  {:<width$} {:>4}{}\n", r.label, r.count, mark, width = width));
    }
    if folded > 0 {
        total += folded;
        out.push_str(&format!("  {:<width$} {:>4}\n", format!("+{} interpreter objects (:why --all {} lists them)", folded, name), folded, width = width));
    }
    let holders = if total == 1 { "holder" } else { "holders" };
    out.push_str(&format!("  {} {} = refcount {}\n", total, holders, rc));
    if hidden > 0 {
        out.push_str("  * not reported by gc.get_referrers(), which sees only tracked containers\n");
    }
    if own > 0 {
        out.push_str("  (the value of the expression, held by this command, is not counted)\n");
    }
    if exclude_stack.is_some() {
        out.push_str("  (the call's own argument is not counted)\n");
    }
    out.push_str(&format!("getrefcount({}) would print {}: its argument is one more reference\n", name, rc + 1));
    match path_from_root(it, &cx, target, exclude_stack) {
        Some(p) if p.is_empty() => out.push_str("it is held directly by a root\n"),
        Some(p) => out.push_str(&format!("path from a root: {}\n", p.join(" -> "))),
        None => {
            if rc > 0 {
                out.push_str("not reachable from any root: garbage in a reference cycle, waiting for the cycle collector (gc.collect() would free it)\n");
            }
        }
    }
    out
}

/// The shortest chain of holders from a root (a frame's slot, a global of
/// `__main__`, then anything the interpreter holds) to `target`; each step
/// is the label of the next object's holder. None: unreachable (garbage).
pub fn path_from_root(it: &Interp, cx: &Context, target: ObjRef, exclude_stack: Option<usize>) -> Option<Vec<String>> {
    let n = it.heap.slots.len();
    const UNSEEN: u32 = u32::MAX;
    const ROOT: u32 = u32::MAX - 1;
    let mut parent = vec![UNSEEN; n];
    let mut root_label: Vec<(ObjRef, String)> = Vec::new();
    // Two waves: what the program itself holds first, then the interpreter.
    let mut program: Vec<(ObjRef, Holder)> = Vec::new();
    let mut runtime: Vec<(ObjRef, Holder)> = Vec::new();
    for_each_root(it, |r, h| match h {
        Holder::Stack(i) if Some(i) == exclude_stack => {}
        Holder::Stack(_) | Holder::Handled(_) | Holder::Pending(_) | Holder::FrameObj(_) | Holder::Held(_) => program.push((r, h)),
        _ => runtime.push((r, h)),
    });
    // Globals of __main__ are the program's own roots.
    if let Obj::Dict(d) = it.heap.get(it.globals) {
        for (i, e) in d.entries.iter().enumerate() {
            if !e.key.is_null() && !e.value.is_null() {
                program.push((e.value, Holder::Object { by: it.globals, role: Role::Value(i as u32) }));
            }
        }
    }
    for (i, s) in it.heap.slots.iter().enumerate() {
        if s.flags() & F_RUNTIME != 0 && !matches!(s.obj, Obj::Free) {
            runtime.push((ObjRef(i as u32), Holder::Runtime));
        }
    }
    for wave in [program, runtime] {
        let mut queue = VecDeque::new();
        for (r, h) in wave {
            if parent[r.idx()] == UNSEEN {
                parent[r.idx()] = ROOT;
                root_label.push((r, label(it, cx, r, &h)));
                queue.push_back(r);
            }
        }
        while let Some(r) = queue.pop_front() {
            if r == target {
                return Some(chain(it, cx, &parent, &root_label, target, ROOT));
            }
            it.heap.get_raw(r).for_each_ref(|c| {
                if !c.is_null() && parent[c.idx()] == UNSEEN {
                    parent[c.idx()] = r.0;
                    queue.push_back(c);
                }
            });
        }
    }
    None
}

fn chain(it: &Interp, cx: &Context, parent: &[u32], roots: &[(ObjRef, String)], target: ObjRef, root: u32) -> Vec<String> {
    let mut steps = Vec::new();
    let mut cur = target;
    loop {
        let p = parent[cur.idx()];
        if p == root {
            // A module's namespace needs no step of its own: the next
            // label already says `global 'x' (module)`.
            if cx.module_of(cur).is_none() || steps.is_empty() {
                let l = roots.iter().find(|(r, _)| *r == cur).map(|(_, l)| l.clone()).unwrap_or_default();
                steps.push(l);
            }
            break;
        }
        let by = ObjRef(p);
        let mut role = None;
        it.heap.get_raw(by).for_each_ref_role(|c, r| {
            if c == cur && role.is_none() {
                role = Some(r);
            }
        });
        let h = Holder::Object { by, role: role.unwrap_or(Role::Item(0)) };
        steps.push(label(it, cx, cur, &h));
        cur = by;
    }
    steps.reverse();
    steps
}

/// `glass.holders(x)`'s data: (label, count) pairs adding up to the count
/// `x` has outside the call (interpreter holders included, folded).
pub fn holder_pairs(it: &Interp, target: ObjRef, exclude_stack: Option<usize>) -> Vec<(String, u32)> {
    let (rows, folded) = rows(it, &Context::new(it), target, exclude_stack, false);
    let mut v: Vec<(String, u32)> = rows.into_iter().map(|r| (r.label, r.count)).collect();
    if folded > 0 {
        v.push((format!("+{} interpreter objects", folded), folded));
    }
    v
}

/// The audit's recount with every holder put into words: a holder whose
/// label comes out empty is not counted, so the audit fails on it.
/// (`GLASSPY_AUDIT_LABELS=1 glasspy --audit`: the invariant the explain
/// layer rests on, checked after every statement.)
pub fn count_labelled(it: &Interp) -> Vec<u32> {
    let cx = Context::new(it);
    let mut counts = vec![0u32; it.heap.slots.len()];
    for_each_holder(it, |c, h| {
        if !label(it, &cx, c, &h).is_empty() {
            counts[c.idx()] += 1;
        }
    });
    counts
}

/// Checks, for every live object, that the labelled holders add up to the
/// stored count and that every holder has a label (the invariant the
/// explain layer rests on). Err: the first object where they don't.
pub fn check_labels(it: &Interp) -> Result<(), String> {
    let cx = Context::new(it);
    let mut counts = vec![0u32; it.heap.slots.len()];
    let mut bad = None;
    for_each_holder(it, |c, h| {
        counts[c.idx()] += 1;
        if bad.is_none() && label(it, &cx, c, &h).is_empty() {
            bad = Some(format!("object #{} has a holder without a label: {:?}", c.0, h));
        }
    });
    if let Some(b) = bad {
        return Err(b);
    }
    for (i, s) in it.heap.slots.iter().enumerate() {
        if !matches!(s.obj, Obj::Free) && s.rc != counts[i] {
            return Err(format!("object #{} ({}) has refcount {} but {} labelled holders", i, s.obj.type_name(), s.rc, counts[i]));
        }
    }
    Ok(())
}
