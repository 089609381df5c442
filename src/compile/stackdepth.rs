//! CPython's `co_stacksize`, estimated from the resolved tree.
//!
//! glasspy has no evaluation stack of fixed size per frame, but CPython 3.11
//! sizes a generator by it: `sys.getsizeof(gen)` is the generator header plus
//! one pointer per local, cell, free variable *and stack slot* of its frame,
//! which the generator owns. So the compiler computes how deep CPython's
//! stack would go for each code object: the rules below follow what 3.11's
//! compiler emits (`PUSH_NULL` + callable under the arguments, one slot for a
//! `for` loop's iterator, `__exit__` held through a `with` body, the previous
//! and current exception through a handler). They are exact for the common
//! shapes (calls, operators, loops, yields) and close for the rest.

use super::code::*;

pub fn code_stacksize(body: &[Stmt]) -> u32 {
    block(body).max(1)
}

fn block(body: &[Stmt]) -> u32 {
    body.iter().map(stmt).max().unwrap_or(0)
}

fn stmt(s: &Stmt) -> u32 {
    match &s.kind {
        St::Expr(e) | St::Print(e) => ex(e),
        St::Assign(targets, v) => {
            let extra = if targets.len() > 1 { 1 } else { 0 };
            targets.iter().map(|t| extra + 1 + store(t)).max().unwrap_or(0).max(ex(v) + extra)
        }
        St::AugAssign(t, _, v, _) => match t {
            Target::Attr(o, ..) => (ex(o) + 1).max(2 + ex(v)),
            Target::Subscript(o, i, _) => ex(o).max(1 + ex(i)).max(4).max(3 + ex(v)),
            _ => 1 + ex(v),
        },
        St::Delete(ts) => ts
            .iter()
            .map(|(t, _)| match t {
                Target::Attr(o, ..) => ex(o),
                Target::Subscript(o, i, _) => ex(o).max(1 + ex(i)),
                _ => 0,
            })
            .max()
            .unwrap_or(0),
        St::If(t, b, o) => ex(t).max(block(b)).max(block(o)),
        St::While(t, b, o) => ex(t).max(block(b)).max(block(o)),
        St::For(t, i, b, o) => ex(i).max(1 + block(b)).max(1 + 1 + store(t)).max(block(o)),
        // the async iterator, __anext__'s awaitable and the value sent in
        St::AsyncFor(t, i, b, o) => ex(i).max(1 + block(b)).max(3).max(1 + 1 + store(t)).max(block(o)),
        St::With(w) => {
            let target = w.target.as_ref().map_or(0, |t| 1 + store(t));
            ex(&w.ctx).max(1 + block(&w.body).max(target)).max(6)
        }
        St::Return(v) => v.as_ref().map_or(1, ex),
        St::Break | St::Continue | St::Pass => 0,
        St::Try(t) => {
            let handlers = t.handlers.iter().map(|h| (2 + h.typ.as_ref().map_or(0, ex)).max(1 + block(&h.body))).max().unwrap_or(0);
            let fin = if t.finalbody.is_empty() { 0 } else { 2 + block(&t.finalbody) };
            block(&t.body).max(block(&t.orelse)).max(handlers).max(fin)
        }
        St::Raise(e, c) => e.as_ref().map_or(0, ex).max(c.as_ref().map_or(0, |c| 1 + ex(c))),
        St::Assert(t, m, _) => ex(t).max(m.as_ref().map_or(1, |m| 1 + ex(m))),
        St::Import { .. } | St::ImportFrom { .. } => 2,
        St::Yield(v, t) => v.as_ref().map_or(1, ex).max(t.as_ref().map_or(0, |t| 1 + store(t))),
        St::YieldFrom(v, t) | St::Await(v, t) => ex(v).max(2).max(t.as_ref().map_or(0, |t| 1 + store(t))),
        St::CompLoop(c) => {
            let loops: u32 = c.generators.len() as u32;
            let body = ex(&c.elt).max(c.value.as_ref().map_or(0, |v| 1 + ex(v)));
            1 + loops + body
        }
    }
}

/// Slots a store to `t` needs above the value being stored.
fn store(t: &Target) -> u32 {
    match t {
        Target::Attr(o, ..) => ex(o),
        Target::Subscript(o, i, _) => ex(o).max(1 + ex(i)),
        Target::Unpack(ts, _, _) => {
            let n = ts.len() as u32;
            ts.iter().enumerate().map(|(i, t)| n - 1 - i as u32 + store(t)).max().unwrap_or(0).max(n.saturating_sub(1))
        }
        _ => 0,
    }
}

/// Items pushed one after another: the deepest point.
fn seq<'a>(start: u32, items: impl Iterator<Item = &'a Ex>) -> u32 {
    items.enumerate().map(|(i, e)| start + i as u32 + ex(e)).max().unwrap_or(start)
}

fn args(start: u32, a: &[Arg], kw: &[KwArg]) -> u32 {
    let pos = seq(start, a.iter().map(|a| &a.value));
    let kws = kw.iter().enumerate().map(|(i, k)| start + a.len() as u32 + i as u32 + ex(&k.value)).max().unwrap_or(0);
    pos.max(kws).max(start)
}

fn ex(e: &Ex) -> u32 {
    match e {
        Ex::Const(_) | Ex::Local(..) | Ex::TakeLocal(_) | Ex::Deref(..) | Ex::Global(..) | Ex::Name(..) | Ex::ListFromConst(_) => {
            if matches!(e, Ex::ListFromConst(_)) {
                2
            } else {
                1
            }
        }
        Ex::Attr(o, ..) => ex(o),
        Ex::Subscript(o, i, _) => ex(o).max(1 + ex(i)),
        Ex::Slice(a, b, c) => {
            let parts = [a, b, c];
            parts.iter().enumerate().map(|(i, p)| i as u32 + p.as_ref().map_or(1, |p| ex(p))).max().unwrap_or(1)
        }
        Ex::BinOp(l, _, r, _) => ex(l).max(1 + ex(r)),
        Ex::Neg(x, _) | Ex::Pos(x, _) | Ex::Invert(x, _) | Ex::Not(x) => ex(x),
        Ex::And(v) | Ex::Or(v) => v.iter().map(ex).max().unwrap_or(1),
        Ex::Compare(first, rest, _) => {
            let chain = if rest.len() > 1 { 1 } else { 0 };
            rest.iter().map(|(_, r)| 1 + chain + ex(r)).max().unwrap_or(0).max(ex(first))
        }
        Ex::IfExp(t, b, o) => ex(t).max(ex(b)).max(ex(o)),
        Ex::Call(c) => (1 + ex(&c.func)).max(args(2, &c.args, &c.kwargs)),
        Ex::CallMethod(c) => ex(&c.obj).max(2).max(args(2, &c.args, &c.kwargs)),
        Ex::List(v) | Ex::Tuple(v) | Ex::Set(v) => seq(0, v.iter().map(|a| &a.value)).max(1),
        // Constant keys: the values, then the keys' tuple (BUILD_CONST_KEY_MAP).
        Ex::Dict(items) if !items.is_empty() && items.iter().all(|(k, _)| matches!(k, Some(Ex::Const(_)))) => seq(0, items.iter().map(|(_, v)| v)).max(items.len() as u32 + 1),
        Ex::Dict(items) => items
            .iter()
            .enumerate()
            .map(|(i, (k, v))| {
                let at = 2 * i as u32;
                k.as_ref().map_or(0, |k| at + ex(k)).max(at + 1 + ex(v))
            })
            .max()
            .unwrap_or(1)
            .max(1),
        Ex::MakeFunction(mf) => 2 + mf.defaults.len().min(1) as u32 + mf.decorators.len() as u32,
        Ex::MakeClass(mc) => 3 + seq(0, mc.bases.iter().chain(mc.keywords.iter().map(|k| &k.value))) + mc.keywords.len().min(1) as u32,
        Ex::Comprehension(_, iter, ..) => 1 + ex(iter),
        Ex::FString(parts) => parts
            .iter()
            .enumerate()
            .map(|(i, p)| match p {
                FPart::Lit(_) => i as u32 + 1,
                FPart::Value { ex: e, spec, .. } => i as u32 + ex(e).max(1 + spec.as_ref().map_or(0, |_| 1)),
            })
            .max()
            .unwrap_or(1),
        Ex::Named(t, v) => ex(v) + 1 + store(t),
    }
}
