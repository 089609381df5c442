//! Short, read-only descriptions of objects: `list 0x7f3a00012340`,
//! `Node 0x... `, a bounded repr (`[1, 2, [...]]`) that never runs Python
//! code, so describing an object can't change it.

use crate::heap::*;
use crate::runtime::pyfmt;
use crate::runtime::Interp;

/// The type name a learner knows: the class name for instances.
pub fn type_label(it: &Interp, r: ObjRef) -> String {
    match it.heap.get(r) {
        Obj::Instance(i) => class_qualname(it, i.class),
        Obj::Class(_) => "type".to_string(),
        o => o.type_name().to_string(),
    }
}

pub fn class_qualname(it: &Interp, c: ObjRef) -> String {
    match it.heap.slots.get(c.idx()).map(|s| &s.obj) {
        Some(Obj::Class(c)) => c.qualname.clone(),
        _ => "object".to_string(),
    }
}

/// `list 0x7f...`: the type and id (as `hex(id(x))` prints it).
pub fn short(it: &Interp, r: ObjRef) -> String {
    match it.heap.get(r) {
        Obj::Class(c) => format!("class {}", c.qualname),
        Obj::Function(f) => format!("{}()", f.qualname),
        Obj::Module(m) => format!("module {}", it.heap.as_str(m.name).unwrap_or("?")),
        Obj::Code(c) => code_label(c),
        _ => format!("{} {:#x}", type_label(it, r), it.heap.id(r)),
    }
}

/// How a code object is named in labels: `<module>` or `f`.
pub fn code_label(c: &crate::compile::code::Code) -> String {
    if c.qualname == "<module>" || c.name == "<module>" {
        "<module>".to_string()
    } else {
        c.qualname.clone()
    }
}

/// A repr of at most about `budget` characters, built from the heap alone
/// (no `__repr__` runs): containers show their first items and `...`.
pub fn peek(it: &Interp, r: ObjRef, budget: usize) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    peek_into(it, r, budget, &mut out, &mut seen);
    if out.chars().count() > budget + 3 {
        let cut: String = out.chars().take(budget).collect();
        return cut + "...";
    }
    out
}

fn peek_into(it: &Interp, r: ObjRef, budget: usize, out: &mut String, seen: &mut Vec<ObjRef>) {
    if out.len() > budget {
        out.push_str("...");
        return;
    }
    let items_of = |o: &Obj| -> Option<(Vec<ObjRef>, &'static str, &'static str)> {
        match o {
            Obj::List(l) => Some((l.items.to_vec(), "[", "]")),
            Obj::Tuple(t) => Some((t.to_vec(), "(", ")")),
            Obj::Set(d) => Some((d.iter().map(|e| e.key).collect(), "{", "}")),
            _ => None,
        }
    };
    let obj = it.heap.get(r);
    if let Some((items, open, close)) = items_of(obj) {
        if seen.contains(&r) {
            out.push_str(&format!("{}...{}", open, close));
            return;
        }
        if matches!(obj, Obj::Set(_)) && items.is_empty() {
            out.push_str("set()");
            return;
        }
        seen.push(r);
        out.push_str(open);
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if out.len() > budget {
                out.push_str("...");
                break;
            }
            peek_into(it, x, budget, out, seen);
        }
        if open == "(" && items.len() == 1 {
            out.push(',');
        }
        out.push_str(close);
        seen.pop();
        return;
    }
    match obj {
        Obj::Dict(d) => {
            if seen.contains(&r) {
                out.push_str("{...}");
                return;
            }
            seen.push(r);
            out.push('{');
            for (i, e) in d.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if out.len() > budget {
                    out.push_str("...");
                    break;
                }
                peek_into(it, e.key, budget, out, seen);
                out.push_str(": ");
                peek_into(it, e.value, budget, out, seen);
            }
            out.push('}');
            seen.pop();
        }
        Obj::None => out.push_str("None"),
        Obj::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Obj::Ellipsis => out.push_str("Ellipsis"),
        Obj::NotImplemented => out.push_str("NotImplemented"),
        Obj::Int(v) => out.push_str(&v.to_string()),
        Obj::BigInt(v) => {
            let s = v.to_string();
            if s.len() > 40 {
                out.push_str(&format!("<int of {} digits>", s.len()));
            } else {
                out.push_str(&s);
            }
        }
        Obj::Float(f) => out.push_str(&pyfmt::float_repr(*f)),
        Obj::Str(s) => {
            let text = s.s();
            if text.chars().count() > budget {
                let cut: String = text.chars().take(budget).collect();
                out.push_str(&pyfmt::repr_str(&cut));
                out.push_str("...");
            } else {
                out.push_str(&pyfmt::repr_str(text));
            }
        }
        Obj::Bytes(b) => out.push_str(&format!("<bytes of length {}>", b.len())),
        Obj::Instance(_) => out.push_str(&format!("<{} object>", type_label(it, r))),
        Obj::Function(f) => out.push_str(&format!("<function {}>", f.qualname)),
        Obj::Class(c) => out.push_str(&format!("<class '{}'>", c.qualname)),
        Obj::Module(m) => out.push_str(&format!("<module '{}'>", it.heap.as_str(m.name).unwrap_or("?"))),
        Obj::Code(c) => out.push_str(&format!("<code object {}>", c.name)),
        Obj::Cell(c) => {
            if c.is_null() {
                out.push_str("<cell: empty>");
            } else {
                out.push_str(&format!("<cell: {}>", type_label(it, *c)));
            }
        }
        o => out.push_str(&format!("<{}>", o.type_name())),
    }
}
