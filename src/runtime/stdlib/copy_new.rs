//! `_copy`: what `copy` needs from the engine, an instance of a class made
//! without running its `__init__` (CPython's `cls.__new__(cls)`), into
//! which the copy then puts the attributes.

use crate::heap::*;
use crate::runtime::builtins::{BuiltinFn, Kw};
use crate::runtime::{Interp, R};

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[("new", c_new)];

pub fn fill(_: &mut Interp, _: ObjRef) {}

fn c_new(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let cls = match args {
        [c] if matches!(it.heap.get(*c), Obj::Class(k) if k.builtin.is_none() && !k.is_exception) => *c,
        _ => return Err(it.type_error("_copy.new() needs a class defined in Python".into())),
    };
    it.incref(cls);
    Ok(it.alloc(Obj::Instance(Box::new(Instance { class: cls, attrs: vec![], exc: None }))))
}
