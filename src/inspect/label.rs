//! Names for objects and for the references between them, as a learner
//! reads them: `list 0x7f0000014a70 [[...]]`, `item [0] of list 0x…`.
//!
//! Read-only: nothing here calls Python code (`__repr__` is never run: an
//! instance is shown as `<Node object>`), allocates on the heap or changes
//! a count. Reprs are short, cut with `...`, and `[...]` marks a container
//! already being shown, as `repr` does.

use crate::heap::object::{Obj, ObjRef, Role};
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
    repr_within(it, r, REPR_MAX)
}

/// A repr of at most about `max` characters, made without running Python code.
pub fn repr_within(it: &Interp, r: ObjRef, max: usize) -> String {
    let mut s = String::new();
    let mut seen = Vec::new();
    write_repr(it, r, &mut s, &mut seen, 0, max);
    if s.chars().count() > max {
        s = s.chars().take(max.saturating_sub(3)).collect::<String>() + "...";
    }
    s
}

fn write_repr(it: &Interp, r: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>, depth: usize, max: usize) {
    if out.len() > max * 2 {
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
            let cut: String = text.chars().take(max).collect();
            out.push_str(&pyfmt::repr_str(&cut));
        }
        Obj::List(l) => items(it, &l.items, "[", "]", false, out, seen, depth, max),
        Obj::Tuple(t) => items(it, t, "(", ")", t.len() == 1, out, seen, depth, max),
        Obj::Set(d) => {
            let keys: Vec<ObjRef> = d.iter().map(|e| e.key).take(ITEMS_MAX + 1).collect();
            if keys.is_empty() {
                out.push_str("set()");
            } else {
                items(it, &keys, "{", "}", false, out, seen, depth, max);
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
                write_repr(it, e.key, out, seen, depth + 1, max);
                out.push_str(": ");
                write_repr(it, e.value, out, seen, depth + 1, max);
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
        Obj::Code(c) => out.push_str(&format!("<code object {}>", c.name)),
        Obj::Generator(g) => out.push_str(&format!("<{} object {}>", g.kind.word(), h.as_str(g.qualname).unwrap_or("?"))),
        _ => out.push_str(&format!("<{}>", it.type_name(r))),
    }
    seen.pop();
}

#[allow(clippy::too_many_arguments)]
fn items(it: &Interp, xs: &[ObjRef], open: &str, close: &str, one: bool, out: &mut String, seen: &mut Vec<ObjRef>, depth: usize, max: usize) {
    out.push_str(open);
    for (i, &x) in xs.iter().enumerate() {
        if i == ITEMS_MAX {
            out.push_str(", ...");
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(it, x, out, seen, depth + 1, max);
    }
    if one {
        out.push(',');
    }
    out.push_str(close);
}

/// Where `from` holds `to`, in words: `item [2]`, `attribute .next`,
/// `value of 'k'`, `__closure__`, ... The `nth` (0-based) such reference
/// when `from` holds `to` more than once. None when it cannot be named.
/// The places come from `Obj::for_each_ref_role`, the one list of what
/// each type holds.
pub fn reference_name(it: &Interp, from: ObjRef, to: ObjRef, nth: usize) -> Option<String> {
    let mut roles: Vec<Role> = Vec::new();
    it.heap.get_raw(from).for_each_ref_role(|c, role| {
        if c == to {
            roles.push(role)
        }
    });
    // Items in index order (the release order walks them last to first).
    roles.sort_by_key(|r| match r {
        Role::Item(i) => *i as i64,
        _ => -1,
    });
    role_words(it, from, *roles.get(nth)?)
}

/// The words for a place inside `from`.
pub fn role_words(it: &Interp, from: ObjRef, role: Role) -> Option<String> {
    let h = &it.heap;
    let key_name = |k: ObjRef| match h.get(k) {
        Obj::Str(_) => pyfmt::repr_str(h.as_str(k).unwrap_or("")),
        _ => short_repr(it, k),
    };
    let attr = |attrs: &[(ObjRef, ObjRef)], n: u32| attrs.get(n as usize).and_then(|&(k, _)| h.as_str(k)).unwrap_or("?").to_string();
    if h.is_sub(from) {
        match role {
            Role::Class => return Some("__class__".to_string()),
            Role::InstanceDict => return Some("__dict__".to_string()),
            _ => {}
        }
    }
    Some(match (h.get(from), role) {
        (Obj::List(_) | Obj::Tuple(_), Role::Item(i)) => format!("item [{}]", i),
        (Obj::Dict(d), Role::Value(i)) => format!("value of {}", key_name(d.entries[i as usize].key)),
        (Obj::Dict(_), Role::Key(_)) => "a key".to_string(),
        (Obj::Set(_), Role::Key(_)) => "an element".to_string(),
        (Obj::Instance(i), Role::Attr(n)) => format!("attribute .{}", attr(&i.attrs, n)),
        (Obj::Instance(_), Role::Class) => "__class__".to_string(),
        (Obj::Instance(_), Role::ExcArgs) => "args".to_string(),
        (Obj::Instance(_), Role::Traceback) => "__traceback__".to_string(),
        (Obj::Traceback(_), Role::TbNext) => "tb_next".to_string(),
        (Obj::Traceback(_), Role::TbFrame) => "tb_frame".to_string(),
        (Obj::Frame(_), Role::Back) => "f_back".to_string(),
        (Obj::Generator(_), Role::Suspended(i)) => format!("suspended frame slot [{}]", i),
        (Obj::Generator(g), Role::FrameObject) => format!("{}_frame", g.kind.attr_prefix()),
        (Obj::Generator(g), Role::Code) => format!("{}_code", g.kind.attr_prefix()),
        (Obj::Instance(_), Role::ExcCause) => "__cause__".to_string(),
        (Obj::Instance(_), Role::ExcContext) => "__context__".to_string(),
        (Obj::Class(c), Role::Attr(n)) => format!("class attribute .{}", attr(&c.attrs, n)),
        (Obj::Class(_), Role::Base) => "__base__".to_string(),
        (Obj::Class(_), Role::Bases) => "__bases__".to_string(),
        (Obj::Class(_), Role::Mro) => "__mro__".to_string(),
        (Obj::Class(_), Role::Class) => "__class__ (metaclass)".to_string(),
        (Obj::Function(_), Role::Code) => "__code__".to_string(),
        (Obj::Function(_), Role::Globals) => "__globals__".to_string(),
        (Obj::Function(_), Role::Defaults) => "__defaults__".to_string(),
        (Obj::Function(_), Role::KwDefaults) => "__kwdefaults__".to_string(),
        (Obj::Function(_), Role::Name) => "__name__".to_string(),
        (Obj::Function(_), Role::Closure) => "__closure__".to_string(),
        (Obj::Function(f), Role::Attr(n)) => format!("attribute .{}", attr(&f.attrs, n)),
        (Obj::Method { .. }, Role::Func) => "__func__".to_string(),
        (Obj::Method { .. }, Role::SelfObj) => "__self__".to_string(),
        (Obj::Cell(_), Role::CellContents) => "cell_contents".to_string(),
        (Obj::Module(_), Role::ModuleDict) => "__dict__".to_string(),
        (Obj::WeakRef(_), Role::Callback) => "callback".to_string(),
        _ => return None,
    })
}
