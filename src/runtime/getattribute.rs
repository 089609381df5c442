//! The object model's two overridable corners of attribute access.
//!
//! * A class (or a class in its MRO) that defines `__getattribute__` takes
//!   over every attribute read on its instances (`slot_tp_getattr_hook`):
//!   the class is marked (`ClassObj::getattribute`), so the fast paths of `getattr`
//!   and LOAD_METHOD step aside for it. When it raises AttributeError and
//!   the class also defines `__getattr__`, that is called with the name.
//!   `object.__getattribute__(obj, name)` is the generic lookup
//!   (PyObject_GenericGetAttr), which never calls `__getattr__`.
//! * `obj.__class__ = C` (`object_set_class`) changes the type of an
//!   instance of a class statement's class, when both classes are mutable
//!   (not built-in types) and their instances have the same layout: the
//!   same built-in base along `__base__` and the same `__slots__`. The
//!   instance's reference moves from the old class to the new one.

use super::builtins::Kw;
use super::{ExcKind, Interp, R};
use crate::heap::{Obj, ObjRef};
use crate::types::class::is_builtin_class;

impl Interp {
    /// Attribute read on an instance whose class defines `__getattribute__`.
    pub(crate) fn getattr_hooked(&mut self, o: ObjRef, cls: ObjRef, name: ObjRef) -> R<ObjRef> {
        let Some(f) = self.lookup_user_attr_str(cls, "__getattribute__") else {
            return self.getattr_generic(o, name, true);
        };
        match self.call_with(f, &[o, name], &[]) {
            Err(e) if self.is_instance_of_exc(e, ExcKind::AttributeError) => match self.lookup_user_attr_str(cls, "__getattr__") {
                Some(g) => {
                    self.decref(e);
                    self.call_with(g, &[o, name], &[])
                }
                None => Err(e),
            },
            r => r,
        }
    }

    /// Whether the instances of `cls` read attributes through a
    /// program-defined `__getattribute__`.
    #[inline]
    pub(crate) fn has_getattribute(&self, cls: ObjRef) -> bool {
        matches!(self.heap.get(cls), Obj::Class(c) if c.getattribute)
    }

    /// Marks a class whose MRO holds a program-defined `__getattribute__`
    /// (a new class, or one just given the attribute).
    pub(crate) fn note_getattribute(&mut self, cls: ObjRef) {
        if self.lookup_user_attr_str(cls, "__getattribute__").is_some() {
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.getattribute = true;
            }
        }
    }

    /// `obj.__class__ = v`.
    pub(crate) fn assign_class(&mut self, o: ObjRef, v: ObjRef) -> R<()> {
        if !matches!(self.heap.get(v), Obj::Class(_)) {
            let msg = format!("__class__ must be set to a class, not '{}' object", self.type_name(v));
            return Err(self.type_error(msg));
        }
        let old = self.type_of(o);
        let mutable = |it: &Interp, c: ObjRef| !is_builtin_class(&it.heap, c);
        if !matches!(self.heap.get_raw(o), Obj::Instance(_) | Obj::Sub(_)) || !mutable(self, old) || !mutable(self, v) {
            return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses".to_string()));
        }
        if self.static_base(old) != self.static_base(v) || self.slot_names(old) != self.slot_names(v) {
            let msg = format!("__class__ assignment: '{}' object layout differs from '{}'", self.class_name(v), self.class_name(old));
            return Err(self.type_error(msg));
        }
        self.incref(v);
        let prev = match self.heap.get_raw_mut(o) {
            Obj::Instance(i) => std::mem::replace(&mut i.class, v),
            Obj::Sub(s) => std::mem::replace(&mut s.class, v),
            _ => unreachable!("checked above"),
        };
        self.decref(prev);
        Ok(())
    }

    /// The first built-in type along `__base__`: what fixes the instances'
    /// memory layout beneath the slots a class statement adds.
    fn static_base(&self, mut c: ObjRef) -> ObjRef {
        while !is_builtin_class(&self.heap, c) {
            match self.heap.get(c) {
                Obj::Class(k) if k.base.is_some() => c = k.base.unwrap_or(c),
                _ => break,
            }
        }
        c
    }

    /// `__slots__` of the instances' layout (None: a `__dict__`).
    fn slot_names(&self, c: ObjRef) -> Option<(Vec<String>, bool)> {
        match self.heap.get(c) {
            Obj::Class(k) => k.slots.as_ref().map(|l| (l.names.clone(), l.weakref)),
            _ => None,
        }
    }
}

/// `object.__getattribute__(obj, name)` (the dispatcher passes `obj` as
/// `this`), or bound: `super().__getattribute__(name)`.
pub fn object_getattribute(it: &mut Interp, o: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let &[name] = args else {
        return Err(it.type_error(format!("expected 1 argument, got {}", args.len())));
    };
    if !matches!(it.heap.get(name), Obj::Str(_)) {
        let msg = format!("attribute name must be string, not '{}'", it.type_name(name));
        return Err(it.type_error(msg));
    }
    it.getattr_generic(o, name, false)
}
