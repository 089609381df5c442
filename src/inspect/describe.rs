//! Short, read-only descriptions of objects: `list 0x7f3a00012340`,
//! `Node 0x... `, a bounded repr (`[1, 2, [...]]`) that never runs Python
//! code, so describing an object can't change it.

use crate::heap::*;
use crate::runtime::Interp;

/// The type name a learner knows: the class name for instances.
pub fn type_label(it: &Interp, r: ObjRef) -> String {
    match it.heap.get_raw(r) {
        Obj::Instance(i) => class_qualname(it, i.class),
        Obj::Sub(s) => class_qualname(it, s.class),
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
    super::label::repr_within(it, r, budget)
}
