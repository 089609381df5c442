//! Descriptors: what attribute access does with a class attribute whose
//! type defines `__get__`, `__set__` or `__delete__` (PyObject_GenericGetAttr).
//!
//! * A *data* descriptor (its type defines `__set__` or `__delete__`, like
//!   `property`) found on the class wins over the instance's own attribute;
//!   a non-data one (only `__get__`) is consulted after it.
//! * `obj.x = v` and `del obj.x` go through the class's `__set__` /
//!   `__delete__` (a property's setter and deleter) when it has one.
//! * `property`'s `getter`/`setter`/`deleter` make a copy with one function
//!   replaced; `fget`/`fset`/`fdel`/`__doc__` read back what it holds;
//!   `staticmethod`/`classmethod` show their function as `__func__` and
//!   `__wrapped__`.

use super::builtins::Kw;
use super::{ExcKind, Interp, R};
use crate::heap::{Obj, ObjRef, F_RUNTIME, NONE};
use crate::types::descriptor::PropertyObj;

impl Interp {
    /// The `__get__`/`__set__`/`__delete__` a class statement gave the
    /// type of `v` (borrowed), if any.
    pub fn descr_hook(&self, v: ObjRef, hook: &str) -> Option<ObjRef> {
        if !matches!(self.heap.get_raw(v), Obj::Instance(_) | Obj::Sub(_)) {
            return None;
        }
        let t = self.type_of(v);
        if self.heap.flags(t) & F_RUNTIME != 0 {
            return None;
        }
        self.lookup_user_attr_str(t, hook)
    }

    /// A user data descriptor: its type defines `__set__` or `__delete__`.
    pub fn is_user_data_descr(&self, v: ObjRef) -> bool {
        self.descr_hook(v, "__set__").is_some() || self.descr_hook(v, "__delete__").is_some()
    }

    /// `descr.__get__(inst, owner)` (inst None for a lookup on the class).
    pub fn call_descr_get(&mut self, get: ObjRef, descr: ObjRef, inst: ObjRef, owner: ObjRef) -> R<ObjRef> {
        self.call_with(get, &[descr, inst, owner], &[])
    }

    /// `value.__get__` when the value found on a class has one.
    pub fn descr_get_if_any(&mut self, v: ObjRef, inst: ObjRef, owner: ObjRef) -> Option<R<ObjRef>> {
        let get = self.descr_hook(v, "__get__")?;
        Some(self.call_descr_get(get, v, inst, owner))
    }

    /// `obj.name = v` through a user descriptor's `__set__`.
    pub fn set_through_descr(&mut self, o: ObjRef, descr: ObjRef, v: ObjRef) -> Option<R<()>> {
        let set = self.descr_hook(descr, "__set__")?;
        Some(self.call_with(set, &[descr, o, v], &[]).map(|r| self.decref(r)))
    }

    /// `del obj.name` through the class's property deleter or a user
    /// descriptor's `__delete__`; None when the class has neither.
    pub fn delete_through_descr(&mut self, o: ObjRef, name: ObjRef) -> Option<R<()>> {
        let cls = self.type_of(o);
        let d = self.lookup_class_attr(cls, name)?;
        if let Obj::Property(p) = self.heap.get(d) {
            let fdel = p.fdel;
            if fdel.is_null() {
                let n = self.heap.as_str(name).unwrap_or("").to_string();
                let msg = format!("property '{}' of '{}' object has no deleter", n, self.class_name(cls));
                return Some(Err(self.new_exception(ExcKind::AttributeError, Some(&msg))));
            }
            return Some(self.call_with(fdel, &[o], &[]).map(|r| self.decref(r)));
        }
        let del = self.descr_hook(d, "__delete__")?;
        Some(self.call_with(del, &[d, o], &[]).map(|r| self.decref(r)))
    }

    /// The attributes of property, staticmethod and classmethod objects.
    pub(crate) fn descriptor_attr(&mut self, o: ObjRef, n: &str) -> Option<ObjRef> {
        let v = match (self.heap.get(o), n) {
            (Obj::Property(p), "fget") => p.fget,
            (Obj::Property(p), "fset") => p.fset,
            (Obj::Property(p), "fdel") => p.fdel,
            (Obj::Property(p), "__doc__") if p.doc.is_null() && !p.fget.is_null() => {
                let g = p.fget;
                let doc = self.heap.intern("__doc__");
                let r = self.getattr(g, doc);
                self.decref(doc);
                return Some(r.unwrap_or_else(|e| {
                    self.decref(e);
                    self.heap.none()
                }));
            }
            (Obj::Property(p), "__doc__") => p.doc,
            (Obj::StaticMethod(f) | Obj::ClassMethod(f), "__func__" | "__wrapped__") => *f,
            (Obj::StaticMethod(f) | Obj::ClassMethod(f), "__isabstractmethod__") => {
                let f = *f;
                let r = self.is_abstract(f);
                return Some(self.heap.bool(r));
            }
            (Obj::Property(p), "__isabstractmethod__") => {
                let parts = [p.fget, p.fset, p.fdel];
                let r = parts.iter().any(|&f| !f.is_null() && self.is_abstract(f));
                return Some(self.heap.bool(r));
            }
            _ => return None,
        };
        let v = if v.is_null() { NONE } else { v };
        self.incref(v);
        Some(v)
    }

    /// Has `f` a true `__isabstractmethod__` (abc.abstractmethod)? An
    /// error in asking counts as no.
    fn is_abstract(&mut self, f: ObjRef) -> bool {
        let n = self.heap.intern("__isabstractmethod__");
        let r = self.getattr(f, n);
        self.decref(n);
        match r {
            Ok(v) => {
                let t = self.truthy(v);
                self.decref(v);
                t.unwrap_or_else(|e| {
                    self.decref(e);
                    false
                })
            }
            Err(e) => {
                self.decref(e);
                false
            }
        }
    }

    /// property(fget, fset, fdel, doc): None stands for "not given".
    pub fn new_property(&mut self, fget: ObjRef, fset: ObjRef, fdel: ObjRef, doc: ObjRef) -> ObjRef {
        let keep = |r: ObjRef| if r.is_null() || r == NONE { ObjRef::NULL } else { r };
        let p = PropertyObj { fget: keep(fget), fset: keep(fset), fdel: keep(fdel), doc: keep(doc) };
        for r in [p.fget, p.fset, p.fdel, p.doc] {
            if !r.is_null() {
                self.incref(r);
            }
        }
        self.alloc(Obj::Property(Box::new(p)))
    }
}

/// property_copy: `prop.getter(f)`, `.setter(f)`, `.deleter(f)`.
fn property_copy(it: &mut Interp, this: ObjRef, args: &[ObjRef], which: usize, name: &str) -> R<ObjRef> {
    let Obj::Property(p) = it.heap.get(this) else {
        return Err(it.type_error(format!("descriptor '{}' for 'property' objects doesn't apply to a '{}' object", name, it.type_name(this))));
    };
    if args.len() != 1 {
        return Err(it.type_error(format!("property.{}() takes exactly one argument ({} given)", name, args.len())));
    }
    let mut fs = [p.fget, p.fset, p.fdel];
    let doc = p.doc;
    fs[which] = args[0];
    Ok(it.new_property(fs[0], fs[1], fs[2], doc))
}

pub fn property_getter(it: &mut Interp, this: ObjRef, args: &[ObjRef], _kw: Kw) -> R<ObjRef> {
    property_copy(it, this, args, 0, "getter")
}
pub fn property_setter(it: &mut Interp, this: ObjRef, args: &[ObjRef], _kw: Kw) -> R<ObjRef> {
    property_copy(it, this, args, 1, "setter")
}
pub fn property_deleter(it: &mut Interp, this: ObjRef, args: &[ObjRef], _kw: Kw) -> R<ObjRef> {
    property_copy(it, this, args, 2, "deleter")
}
