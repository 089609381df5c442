//! Names for objects and for the references between them, as a learner
//! reads them: `list 0x7f0000014a70 [[...]]`, `item [0] of list 0x…`.
//!
//! Read-only: nothing here calls Python code (`__repr__` is never run: an
//! instance is shown as `<Node object>`), allocates on the heap or changes
//! a count. Reprs are short, cut with `...`, and `[...]` marks a container
//! already being shown, as `repr` does.

use crate::heap::object::{Obj, ObjRef};
use crate::runtime::pyfmt;
use crate::runtime::Interp;

/// Longest short repr, in characters, before it is cut.
const REPR_MAX: usize = 32;
/// Items shown of a container before `...`.
const ITEMS_MAX: usize = 4;

/// `TYPE 0xID SHORT-REPR`, e.g. `list 0x7f0000014a70 [[...]]`.
pub fn label(it: &Interp, r: ObjRef) -> String {
    if r == it.globals {
        return format!("dict {:#x} (the globals of __main__)", it.heap.id(r));
    }
    format!("{} {:#x} {}", it.type_name(r), it.heap.id(r), short_repr(it, r))
}

/// A repr of at most about `REPR_MAX` characters, made without running Python code.
pub fn short_repr(it: &Interp, r: ObjRef) -> String {
    let mut s = String::new();
    let mut seen = Vec::new();
    write_repr(it, r, &mut s, &mut seen, 0);
    if s.chars().count() > REPR_MAX {
        s = s.chars().take(REPR_MAX - 3).collect::<String>() + "...";
    }
    s
}

fn write_repr(it: &Interp, r: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>, depth: usize) {
    if out.len() > REPR_MAX * 2 {
        out.push_str("...");
        return;
    }
    let h = &it.heap;
    let container = matches!(h.get(r), Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_));
    if container && (seen.contains(&r) || depth > 3) {
        out.push_str(match h.get(r) {
            Obj::List(_) => "[...]",
            Obj::Tuple(_) => "(...)",
            _ => "{...}",
        });
        return;
    }
    seen.push(r);
    match h.get(r) {
        Obj::None => out.push_str("None"),
        Obj::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Obj::Ellipsis => out.push_str("Ellipsis"),
        Obj::NotImplemented => out.push_str("NotImplemented"),
        Obj::Int(v) => out.push_str(&v.to_string()),
        // Printing a huge int in decimal is slow: its size will do.
        Obj::BigInt(v) if v.bits() > 256 => out.push_str(&format!("<int of {} bits>", v.bits())),
        Obj::BigInt(v) => out.push_str(&v.to_string()),
        Obj::Float(f) => out.push_str(&pyfmt::float_repr(*f)),
        Obj::Str(_) => {
            let text = h.as_str(r).unwrap_or("");
            let cut: String = text.chars().take(REPR_MAX).collect();
            out.push_str(&pyfmt::repr_str(&cut));
        }
        Obj::List(l) => items(it, &l.items, "[", "]", false, out, seen, depth),
        Obj::Tuple(t) => items(it, t, "(", ")", t.len() == 1, out, seen, depth),
        Obj::Set(d) => {
            let keys: Vec<ObjRef> = d.iter().map(|e| e.key).take(ITEMS_MAX + 1).collect();
            if keys.is_empty() {
                out.push_str("set()");
            } else {
                items(it, &keys, "{", "}", false, out, seen, depth);
            }
        }
        Obj::Dict(d) => {
            out.push('{');
            for (i, e) in d.iter().filter(|e| !e.value.is_null()).enumerate() {
                if i == ITEMS_MAX {
                    out.push_str(", ...");
                    break;
                }
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(it, e.key, out, seen, depth + 1);
                out.push_str(": ");
                write_repr(it, e.value, out, seen, depth + 1);
            }
            out.push('}');
        }
        Obj::Instance(_) => out.push_str(&format!("<{} object>", it.type_name(r))),
        Obj::Class(c) => out.push_str(&format!("<class '{}'>", h.as_str(c.name).unwrap_or("?"))),
        Obj::Function(f) => out.push_str(&format!("<function {}>", f.qualname)),
        Obj::Method { func, .. } => match h.get(*func) {
            Obj::Function(f) => out.push_str(&format!("<bound method {}>", f.qualname)),
            _ => out.push_str("<bound method>"),
        },
        Obj::Cell(c) => {
            if c.is_null() {
                out.push_str("<cell: empty>");
            } else {
                out.push_str(&format!("<cell: {} {:#x}>", it.type_name(*c), h.id(*c)));
            }
        }
        Obj::WeakRef(w) => {
            if w.target.is_null() {
                out.push_str("<weakref; dead>");
            } else {
                out.push_str(&format!("<weakref to {} {:#x}>", it.type_name(w.target), h.id(w.target)));
            }
        }
        Obj::Module(m) => out.push_str(&format!("<module '{}'>", h.as_str(m.name).unwrap_or("?"))),
        _ => out.push_str(&format!("<{}>", it.type_name(r))),
    }
    seen.pop();
}

#[allow(clippy::too_many_arguments)]
fn items(it: &Interp, xs: &[ObjRef], open: &str, close: &str, one: bool, out: &mut String, seen: &mut Vec<ObjRef>, depth: usize) {
    out.push_str(open);
    for (i, &x) in xs.iter().enumerate() {
        if i == ITEMS_MAX {
            out.push_str(", ...");
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(it, x, out, seen, depth + 1);
    }
    if one {
        out.push(',');
    }
    out.push_str(close);
}

/// Where `from` holds `to`, in words: `item [2]`, `attribute .next`,
/// `value of 'k'`, `closure`, ... The `nth` (0-based) such reference when
/// `from` holds `to` more than once. None when it cannot be named.
pub fn reference_name(it: &Interp, from: ObjRef, to: ObjRef, nth: usize) -> Option<String> {
    let h = &it.heap;
    let key_name = |k: ObjRef| match h.get(k) {
        Obj::Str(_) => pyfmt::repr_str(h.as_str(k).unwrap_or("")),
        _ => short_repr(it, k),
    };
    let mut names: Vec<String> = Vec::new();
    match h.get(from) {
        Obj::List(l) => names.extend(l.items.iter().enumerate().filter(|(_, &x)| x == to).map(|(i, _)| format!("item [{}]", i))),
        Obj::Tuple(t) => names.extend(t.iter().enumerate().filter(|(_, &x)| x == to).map(|(i, _)| format!("item [{}]", i))),
        Obj::Dict(d) => {
            for e in d.iter().filter(|e| !e.value.is_null()) {
                if e.value == to {
                    names.push(format!("value of {}", key_name(e.key)));
                }
                if e.key == to {
                    names.push("a key".to_string());
                }
            }
        }
        Obj::Set(d) => names.extend(d.iter().filter(|e| e.key == to).map(|_| "an element".to_string())),
        Obj::Instance(i) => {
            names.extend(i.attrs.iter().filter(|&&(_, v)| v == to).map(|&(k, _)| format!("attribute .{}", h.as_str(k).unwrap_or("?"))));
            if i.class == to {
                names.push("__class__".to_string());
            }
            if let Some(e) = &i.exc {
                if e.args == to {
                    names.push("args".to_string());
                }
                names.extend(e.traceback.iter().filter(|t| t.frame == to).map(|_| "a traceback frame".to_string()));
                if e.cause == to {
                    names.push("__cause__".to_string());
                }
                if e.context == to {
                    names.push("__context__".to_string());
                }
            }
        }
        Obj::Class(c) => {
            names.extend(c.attrs.iter().filter(|&&(_, v)| v == to).map(|&(k, _)| format!("class attribute .{}", h.as_str(k).unwrap_or("?"))));
            if c.base == Some(to) {
                names.push("__base__".to_string());
            }
        }
        Obj::Function(f) => {
            for (x, name) in [(f.code, "__code__"), (f.globals, "__globals__"), (f.defaults, "__defaults__"), (f.kwdefaults, "__kwdefaults__"), (f.name, "__name__"), (f.closure, "__closure__")] {
                if x == to {
                    names.push(name.to_string());
                }
            }
            names.extend(f.attrs.iter().filter(|&&(_, v)| v == to).map(|&(k, _)| format!("attribute .{}", h.as_str(k).unwrap_or("?"))));
        }
        Obj::Method { func, self_ } => {
            if *func == to {
                names.push("__func__".to_string());
            }
            if *self_ == to {
                names.push("__self__".to_string());
            }
        }
        Obj::Cell(c) if *c == to => names.push("cell_contents".to_string()),
        Obj::Module(m) if m.dict == to => names.push("__dict__".to_string()),
        Obj::WeakRef(w) if w.callback == to => names.push("callback".to_string()),
        _ => {}
    }
    names.into_iter().nth(nth)
}
