//! A class's `__dict__`: the read-only `mappingproxy` over its namespace,
//! and the two getset descriptors that namespace holds.
//!
//! * `type_new_descriptors`: a class statement's class whose instances
//!   gain a dict their base's lacked gets a `__dict__` getset descriptor
//!   in its namespace, and one whose instances gain a weakref list gets
//!   `__weakref__` (`int`, `tuple` and `bytes` subclasses cannot: their
//!   objects are variable-sized). Each descriptor holds its class as
//!   `__objclass__`, which is why a fresh `class C: pass` is referenced
//!   five times in CPython (its name, getrefcount's argument, its
//!   `__mro__`, the two descriptors) and why it lives in a cycle.
//! * Reading `obj.__dict__` or `obj.__weakref__` through the descriptor
//!   gives the instance's dict or its first weakref (None without one).
//! * `C.__dict__` is a new mappingproxy at each read (`type_dict`): item
//!   reads, `in`, `len`, iteration over the names, `get`, `keys`,
//!   `values`, `items` and `copy` (over a dict copy of the namespace);
//!   stores and deletions are refused.

use super::builtins::Kw;
use super::{ExcKind, Interp, R};
use crate::heap::{Obj, ObjRef, TypeId, NONE};
use crate::types::class::is_builtin_class;
use crate::types::getset::GetSetObj;
use crate::types::mappingproxy::MappingProxyObj;

impl Interp {
    /// Does an instance of `c` have a `__dict__`? (`tp_dictoffset != 0`)
    fn instances_have_dict(&self, c: ObjRef) -> bool {
        match self.heap.get(c) {
            Obj::Class(k) if k.is_exception || matches!(k.builtin, Some(TypeId::Type | TypeId::Module)) => true,
            Obj::Class(k) => !is_builtin_class(&self.heap, c) && k.slots.is_none(),
            _ => false,
        }
    }

    /// Does an instance of `c` have a weakref list? (`tp_weaklistoffset != 0`)
    fn instances_have_weaklist(&self, c: ObjRef) -> bool {
        match self.heap.get(c) {
            Obj::Class(k) if is_builtin_class(&self.heap, c) => matches!(k.builtin, Some(TypeId::Set | TypeId::FrozenSet | TypeId::Type | TypeId::Module)),
            Obj::Class(k) => k.slots.as_ref().map_or(true, |l| l.weakref),
            _ => false,
        }
    }

    /// type_new_descriptors: the `__dict__` and `__weakref__` descriptors
    /// a new class's namespace gets, appended after its own entries.
    pub(crate) fn add_layout_descriptors(&mut self, cls: ObjRef) {
        let Obj::Class(c) = self.heap.get(cls) else { return };
        let Some(base) = c.base else { return };
        let decl = c.attrs.iter().find(|&&(k, _)| self.heap.as_str(k) == Some("__slots__")).map(|&(_, v)| v);
        let named = |it: &Interp, n: &str| decl.and_then(|d| it.slot_decl_names(d)).is_some_and(|v| v.iter().any(|s| s == n));
        let var_sized = [TypeId::Int, TypeId::Tuple, TypeId::Bytes].iter().any(|&t| self.mro_contains(base, self.type_obj(t)));
        let add_dict = !self.instances_have_dict(base) && (decl.is_none() || named(self, "__dict__"));
        let add_weak = !var_sized && !self.instances_have_weaklist(base) && (decl.is_none() || named(self, "__weakref__"));
        for (add, weakref) in [(add_dict, false), (add_weak, true)] {
            if !add {
                continue;
            }
            self.ensure_type(TypeId::GetSetDescriptor);
            self.incref(cls);
            let d = self.alloc(Obj::GetSet(GetSetObj { objclass: cls, weakref }));
            let key = self.heap.intern(if weakref { "__weakref__" } else { "__dict__" });
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.attrs.push((key, d));
            }
        }
    }

    /// type_dict_set_doc: a namespace without `__doc__` gets None.
    pub(crate) fn add_default_doc(&mut self, cls: ObjRef) {
        let Obj::Class(c) = self.heap.get(cls) else { return };
        if c.attrs.iter().any(|&(k, _)| self.heap.as_str(k) == Some("__doc__")) {
            return;
        }
        let key = self.heap.intern("__doc__");
        self.incref(NONE);
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.attrs.push((key, NONE));
        }
    }

    /// The names a `__slots__` declaration lists (a str, tuple or list).
    pub(crate) fn slot_decl_names(&self, decl: ObjRef) -> Option<Vec<String>> {
        Some(match self.heap.get(decl) {
            Obj::Str(s) => vec![s.s().to_string()],
            Obj::Tuple(t) => t.iter().filter_map(|&n| self.heap.as_str(n).map(str::to_string)).collect(),
            Obj::List(l) => l.items.iter().filter_map(|&n| self.heap.as_str(n).map(str::to_string)).collect(),
            _ => return None,
        })
    }

    /// Is `v` a getset descriptor (found on a class, it defers to the
    /// instance's own `__dict__` / `__weakref__`)?
    pub(crate) fn is_getset(&self, v: ObjRef) -> bool {
        matches!(self.heap.get(v), Obj::GetSet(_))
    }

    /// `obj.__weakref__`: the first weakref to it, or None.
    pub(crate) fn first_weakref(&mut self, o: ObjRef) -> ObjRef {
        let w = self.weakrefs_in_order(o).first().copied().unwrap_or(NONE);
        self.incref(w);
        w
    }

    /// `C.__dict__`: a new mappingproxy over the namespace.
    pub(crate) fn type_dict(&mut self, cls: ObjRef) -> R<ObjRef> {
        self.ensure_type(TypeId::MappingProxy);
        let mapping = match self.heap.get(cls) {
            Obj::Class(c) if is_builtin_class(&self.heap, cls) && c.attrs.is_empty() => match c.builtin {
                Some(t) => self.builtin_methods_dict(t)?,
                None => ObjRef::NULL,
            },
            _ => ObjRef::NULL,
        };
        self.incref(cls);
        Ok(self.alloc(Obj::MappingProxy(MappingProxyObj { class: cls, mapping })))
    }

    /// A built-in type's methods as a new dict (its `__dict__`'s namespace).
    fn builtin_methods_dict(&mut self, t: TypeId) -> R<ObjRef> {
        let d = self.new_dict();
        for (n, id) in super::builtins::methods_of_type(t) {
            let k = self.heap.intern(n);
            let f = self.alloc(Obj::BuiltinFunction { id, bound: ObjRef::NULL });
            let r = self.dict_set(d, k, f);
            self.decref(k);
            self.decref(f);
            if let Err(e) = r {
                self.decref(d);
                return Err(e);
            }
        }
        Ok(d)
    }

    /// The namespace a mappingproxy shows (borrowed).
    pub(crate) fn proxy_entries(&self, p: ObjRef) -> Vec<(ObjRef, ObjRef)> {
        match self.heap.get(p) {
            Obj::MappingProxy(m) if !m.mapping.is_null() => self.dict_items(m.mapping),
            Obj::MappingProxy(m) => match self.heap.get(m.class) {
                Obj::Class(c) => c.attrs.clone(),
                _ => vec![],
            },
            _ => vec![],
        }
    }

    /// A new dict holding the namespace a mappingproxy shows.
    pub(crate) fn proxy_copy(&mut self, p: ObjRef) -> R<ObjRef> {
        let d = self.new_dict();
        for (k, v) in self.proxy_entries(p) {
            if let Err(e) = self.dict_set(d, k, v) {
                self.decref(d);
                return Err(e);
            }
        }
        Ok(d)
    }

    /// `proxy[key]`, or None when the namespace has no such name (borrowed).
    pub(crate) fn proxy_get(&self, p: ObjRef, key: ObjRef) -> Option<ObjRef> {
        self.proxy_entries(p).into_iter().find(|&(k, _)| super::access::key_eq(&self.heap, k, key)).map(|(_, v)| v)
    }

    pub(crate) fn proxy_len(&self, p: ObjRef) -> usize {
        self.proxy_entries(p).len()
    }

    /// `proxy[key]` (new reference) or KeyError.
    pub(crate) fn proxy_getitem(&mut self, p: ObjRef, key: ObjRef) -> R<ObjRef> {
        match self.proxy_get(p, key) {
            Some(v) => {
                self.incref(v);
                Ok(v)
            }
            None => {
                let cls = self.exc_class(ExcKind::KeyError);
                self.incref(key);
                Err(self.instantiate_exception(cls, vec![key]))
            }
        }
    }

    /// `repr(proxy)` (`str()` leaves out the `mappingproxy(...)`).
    pub(crate) fn proxy_repr(&mut self, p: ObjRef, wrap: bool) -> R<String> {
        let d = self.proxy_copy(p)?;
        let r = self.repr(d);
        self.decref(d);
        Ok(if wrap { format!("mappingproxy({})", r?) } else { r? })
    }

    /// `<attribute '__dict__' of 'C' objects>`.
    pub(crate) fn getset_repr(&self, g: GetSetObj) -> String {
        format!("<attribute '{}' of '{}' objects>", g.attr_name(), self.class_name(g.objclass))
    }

    /// `__objclass__`, `__name__`, `__qualname__` and `__doc__` of a
    /// getset descriptor.
    pub(crate) fn getset_attr(&mut self, g: GetSetObj, n: &str) -> Option<ObjRef> {
        match n {
            "__objclass__" => {
                self.incref(g.objclass);
                Some(g.objclass)
            }
            "__name__" => Some(self.heap.str(g.attr_name())),
            "__qualname__" => Some(self.heap.str(&format!("{}.{}", self.class_name(g.objclass), g.attr_name()))),
            "__doc__" => Some(self.heap.str(if g.weakref {
                "list of weak references to the object"
            } else {
                "dictionary for instance variables"
            })),
            _ => None,
        }
    }
}

/// The mappingproxy methods: `get`, `keys`, `values`, `items`, `copy`.
pub fn proxy_method(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw, name: &str) -> R<ObjRef> {
    if name == "get" {
        let (key, default) = match args {
            [k] => (*k, NONE),
            [k, d] => (*k, *d),
            _ => return Err(it.type_error(format!("get expected at most 2 arguments, got {}", args.len()))),
        };
        let v = it.proxy_get(this, key).unwrap_or(default);
        it.incref(v);
        return Ok(v);
    }
    let d = it.proxy_copy(this)?;
    if name == "copy" {
        return Ok(d);
    }
    let m = it.heap.intern(name);
    let f = it.getattr(d, m);
    it.decref(m);
    it.decref(d);
    let f = f?;
    let r = it.call_with(f, args, kw);
    it.decref(f);
    r
}

pub fn proxy_get(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    proxy_method(it, this, args, kw, "get")
}
pub fn proxy_keys(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    proxy_method(it, this, args, kw, "keys")
}
pub fn proxy_values(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    proxy_method(it, this, args, kw, "values")
}
pub fn proxy_items(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    proxy_method(it, this, args, kw, "items")
}
pub fn proxy_copy(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    it.proxy_copy(this)
}
