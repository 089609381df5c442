//! Finding the object an inspection command names, without running code
//! where that is possible: a name, `a.b`, `a[0]`, `d['k']`, a small int or
//! a singleton are looked up in the heap as they are, so `:why x` cannot
//! change a count or an id. Anything else is evaluated as a code block of
//! its own, and the command says so.

use crate::heap::*;
use crate::runtime::Interp;
use crate::session::Outcome;
use crate::syntax::{self, ast::ExprKind, ast::StmtKind, ast::UnaryOp};

/// An object an inspection command looks at.
pub struct Target {
    pub obj: ObjRef,
    /// The command holds one reference of its own (an evaluated
    /// expression's value); `release` drops it.
    pub owned: bool,
}

impl Target {
    /// The holder count the command's own reference hides.
    pub fn own_refs(&self) -> u32 {
        self.owned as u32
    }

    pub fn release(self, it: &mut Interp) {
        if self.owned {
            it.decref(self.obj);
        }
    }
}

/// Looks `src` up read-only, else evaluates it. Err: a message for the
/// user (a lookup that failed, or an exception already reported).
pub fn target(it: &mut Interp, src: &str) -> Result<Target, String> {
    let src = src.trim();
    if src.is_empty() {
        return Err("an expression is needed".into());
    }
    match lookup(it, src) {
        Some(Ok(obj)) => Ok(Target { obj, owned: false }),
        Some(Err(msg)) => Err(msg),
        None => match it.eval_block(src, "<inspect>") {
            Ok(obj) => Ok(Target { obj, owned: true }),
            Err(Outcome::SyntaxError) => Err(String::new()),
            Err(_) => Err(String::new()),
        },
    }
}

/// Some(result) when `src` is a chain of names, attributes and constant
/// subscripts (or a literal that needs no object made); None otherwise.
pub fn lookup(it: &Interp, src: &str) -> Option<Result<ObjRef, String>> {
    let stmts = syntax::parse_module(src).ok()?;
    let [stmt] = stmts.as_slice() else { return None };
    let StmtKind::Expr(e) = &stmt.kind else { return None };
    resolve_expr(it, &e.kind)
}

fn resolve_expr(it: &Interp, e: &ExprKind) -> Option<Result<ObjRef, String>> {
    match e {
        ExprKind::Name(n) => Some(global(it, n).ok_or_else(|| format!("NameError: name '{}' is not defined", n))),
        ExprKind::None => Some(Ok(NONE)),
        ExprKind::True => Some(Ok(TRUE)),
        ExprKind::False => Some(Ok(FALSE)),
        ExprKind::Ellipsis => Some(Ok(ELLIPSIS)),
        ExprKind::Int(v) => small(v.try_into().ok()?),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
            ExprKind::Int(v) => small(-(i64::try_from(v).ok()?)),
            _ => None,
        },
        ExprKind::Str(s) if s.is_empty() => Some(Ok(EMPTY_STR)),
        ExprKind::Tuple(items) if items.is_empty() => Some(Ok(EMPTY_TUPLE)),
        ExprKind::Attribute { value, attr } => {
            let base = match resolve_expr(it, &value.kind)? {
                Ok(b) => b,
                Err(m) => return Some(Err(m)),
            };
            // Not found read-only (a property, a method, a computed
            // attribute): evaluate it instead.
            attribute(it, base, attr).map(Ok)
        }
        ExprKind::Subscript { value, index } => {
            let base = match resolve_expr(it, &value.kind)? {
                Ok(b) => b,
                Err(m) => return Some(Err(m)),
            };
            item(it, base, &index.kind)
        }
        _ => None,
    }
}

fn small(v: i64) -> Option<Result<ObjRef, String>> {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
        Some(Ok(Heap::small_int(v)))
    } else {
        None
    }
}

/// A str-keyed entry of a dict, without hashing or running `__eq__`.
pub fn dict_str(it: &Interp, d: ObjRef, key: &str) -> Option<ObjRef> {
    match it.heap.get(d) {
        Obj::Dict(d) => d.iter().find(|e| it.heap.as_str(e.key) == Some(key)).map(|e| e.value),
        _ => None,
    }
}

/// A global of `__main__`, else a builtin.
pub fn global(it: &Interp, name: &str) -> Option<ObjRef> {
    dict_str(it, it.globals, name).or_else(|| dict_str(it, it.builtins, name))
}

fn attr_in(it: &Interp, attrs: &[(ObjRef, ObjRef)], name: &str) -> Option<ObjRef> {
    attrs.iter().find(|(k, _)| it.heap.as_str(*k) == Some(name)).map(|&(_, v)| v)
}

fn class_attr(it: &Interp, cls: ObjRef, name: &str) -> Option<ObjRef> {
    crate::types::class::mro_find(&it.heap, cls, |_, c| attr_in(it, &c.attrs, name))
}

fn attribute(it: &Interp, base: ObjRef, name: &str) -> Option<ObjRef> {
    match it.heap.get(base) {
        Obj::Instance(i) => attr_in(it, &i.attrs, name).or_else(|| match class_attr(it, i.class, name) {
            // A method looked up on an instance is a new bound method: not
            // something a read-only lookup can show.
            Some(v) if matches!(it.heap.get(v), Obj::Function(_)) => None,
            v => v,
        }),
        Obj::Class(_) => class_attr(it, base, name),
        Obj::Module(m) => dict_str(it, m.dict, name),
        Obj::Function(f) => attr_in(it, &f.attrs, name),
        Obj::Method { func, self_ } => match name {
            "__self__" => Some(*self_),
            "__func__" => Some(*func),
            _ => None,
        },
        _ => None,
    }
}

fn item(it: &Interp, base: ObjRef, index: &ExprKind) -> Option<Result<ObjRef, String>> {
    let int_index = match index {
        ExprKind::Int(v) => i64::try_from(v).ok(),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
            ExprKind::Int(v) => i64::try_from(v).ok().map(|v| -v),
            _ => None,
        },
        _ => None,
    };
    match (it.heap.get(base), index) {
        (Obj::List(_) | Obj::Tuple(_), _) => {
            let i = int_index?;
            let items: &[ObjRef] = match it.heap.get(base) {
                Obj::List(l) => &l.items,
                Obj::Tuple(t) => t,
                _ => unreachable!(),
            };
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Some(Err("IndexError: index out of range".into()));
            }
            Some(Ok(items[j as usize]))
        }
        (Obj::Dict(d), ExprKind::Str(k)) => Some(d.iter().find(|e| it.heap.as_str(e.key) == Some(k.as_str())).map(|e| e.value).ok_or_else(|| format!("KeyError: '{}'", k))),
        (Obj::Dict(d), _) => {
            let i = int_index?;
            let found = d.iter().find(|e| matches!(it.heap.get(e.key), Obj::Int(v) if *v == i)).map(|e| e.value);
            Some(found.ok_or_else(|| format!("KeyError: {}", i)))
        }
        _ => None,
    }
}
