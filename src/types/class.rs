//! type: `Obj::Class`, a `ClassObj` — a built-in type, an exception class
//! or a class statement's class.
//!
//! * holds: its name, its base (`tp_base`, the base whose layout the
//!   instances extend), its namespace in definition order, and for a class
//!   statement's class the tuples `__bases__` and `__mro__` (`Role::Name`,
//!   `Role::Base`, `Role::AttrName(i)`/`Role::Attr(i)`, `Role::Bases`,
//!   `Role::Mro`). The MRO tuple starts with the class itself, so every
//!   such class is part of a cycle and is freed by the collector, as in
//!   CPython; the built-in types compute both tuples when asked instead
//!   (the start-up heap holds no tuples for them);
//! * release order (type_dealloc): the name, the base, each attribute's
//!   name and value, the bases, the MRO, the metaclass (a class's type,
//!   `Role::Class`, when it is not `type`);
//! * traverse (type_traverse): the metaclass, the namespace's values, the MRO, the bases,
//!   then the base; clear (type_clear): the namespace, each name then
//!   value, then the MRO (what breaks the class's own cycle);
//! * size: sizeof(PyTypeObject), 408, for a static type; a class
//!   statement's is a PyHeapTypeObject, 904, and `getsizeof` adds the
//!   shared-keys table it keeps for its instances' attributes (unless
//!   `__slots__` leaves them no dict; exception classes have none);
//! * finalizer: none.

use super::{take_nonnull, visit_nonnull, TypeSlots, GC_HEAD};
use crate::heap::{Heap, Obj, ObjRef, Role, TypeId, F_RUNTIME};

pub struct ClassObj {
    pub name: ObjRef,
    pub qualname: String,
    pub base: Option<ObjRef>,
    /// `__bases__` and `__mro__` (tuples) of a class statement's class;
    /// NULL for the runtime's types, whose MRO follows `base`.
    pub bases: ObjRef,
    pub mro: ObjRef,
    /// The metaclass when it is not `type` (`class C(metaclass=M)`, or a
    /// base's): the class's type, one counted reference. NULL for `type`.
    pub meta: ObjRef,
    /// The class namespace, in definition order (keys are interned strs).
    pub attrs: Vec<(ObjRef, ObjRef)>,
    /// Set for the built-in types (int, str, list, ValueError, ...).
    pub builtin: Option<TypeId>,
    /// This class or a base defines `__del__`.
    pub has_del: bool,
    /// This class or a base defines `__setattr__` or `__delattr__` in
    /// Python: its instances' attribute stores and deletes call them.
    pub attr_hooks: bool,
    /// This class or a base defines `__getattribute__` (runtime/getattribute.rs).
    pub getattribute: bool,
    /// This class derives from BaseException.
    pub is_exception: bool,
    /// `__slots__` (here or in a base) and no `__dict__`: the instances'
    /// layout. None for every other class.
    pub slots: Option<Box<SlotLayout>>,
}

/// The instances of a class whose `__slots__` leave out `__dict__`: they
/// have no dict, only these attribute names, and a fixed size.
#[derive(Clone)]
pub struct SlotLayout {
    /// Every slot name, the bases' first.
    pub names: Vec<String>,
    /// `__weakref__` is among the slots (else weakrefs are refused).
    pub weakref: bool,
}

impl SlotLayout {
    /// The instances' basic size: the object header and one pointer per
    /// slot (and for `__weakref__`).
    pub fn basic_size(&self) -> usize {
        16 + 8 * self.names.len() + if self.weakref { 8 } else { 0 }
    }
}

/// `_PyDict_NewKeysForClass`: the shared-keys table a class statement's
/// class keeps for its instances (64 slots, 42 unicode entries).
pub const CACHED_KEYS_SIZE: usize = 32 + 64 + 42 * 16;

/// A built-in type or exception class (CPython: a static type).
pub fn is_builtin_class(heap: &Heap, c: ObjRef) -> bool {
    match heap.get(c) {
        Obj::Class(cls) => cls.builtin.is_some() || heap.flags(c) & F_RUNTIME != 0,
        _ => false,
    }
}

impl ClassObj {
    /// A class with no namespace yet and no MRO tuples (the runtime's
    /// types; a class statement adds its tuples once made).
    pub fn new(name: ObjRef, qualname: &str, base: Option<ObjRef>) -> ClassObj {
        ClassObj {
            name,
            qualname: qualname.to_string(),
            base,
            bases: ObjRef::NULL,
            mro: ObjRef::NULL,
            meta: ObjRef::NULL,
            attrs: vec![],
            builtin: None,
            has_del: false,
            attr_hooks: false,
            getattribute: false,
            is_exception: false,
            slots: None,
        }
    }
}

/// Walks the method resolution order of `cls` (the class first), calling
/// `f` on each class until it answers: the MRO tuple a class statement's
/// class holds, else the chain of bases (the runtime's types).
pub fn mro_find<T>(heap: &Heap, cls: ObjRef, mut f: impl FnMut(ObjRef, &ClassObj) -> Option<T>) -> Option<T> {
    let Obj::Class(c) = heap.get(cls) else { return None };
    if !c.mro.is_null() {
        if let Obj::Tuple(t) = heap.get(c.mro) {
            for &k in t.iter() {
                if let Obj::Class(kc) = heap.get(k) {
                    if let Some(v) = f(k, kc) {
                        return Some(v);
                    }
                }
            }
        }
        return None;
    }
    let (mut k, mut kc) = (cls, &**c);
    loop {
        if let Some(v) = f(k, kc) {
            return Some(v);
        }
        k = kc.base?;
        let Obj::Class(next) = heap.get(k) else { return None };
        kc = next;
    }
}

/// The classes of the MRO of `cls`, in order (borrowed).
pub fn mro_list(heap: &Heap, cls: ObjRef) -> Vec<ObjRef> {
    let mut v = Vec::new();
    mro_find(heap, cls, |k, _| -> Option<()> {
        v.push(k);
        None
    });
    v
}

/// `__bases__` as a list (borrowed): the tuple a class statement's class
/// holds, else its one base.
pub fn bases_list(heap: &Heap, cls: ObjRef) -> Vec<ObjRef> {
    let Obj::Class(c) = heap.get(cls) else { return vec![] };
    if !c.bases.is_null() {
        if let Obj::Tuple(t) = heap.get(c.bases) {
            return t.iter().copied().collect();
        }
    }
    c.base.into_iter().collect()
}

impl TypeSlots for ClassObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "type"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.name, Role::Name);
        if let Some(b) = self.base {
            f(b, Role::Base);
        }
        for (i, &(k, v)) in self.attrs.iter().enumerate() {
            f(k, Role::AttrName(i as u32));
            f(v, Role::Attr(i as u32));
        }
        visit_nonnull(f, self.bases, Role::Bases);
        visit_nonnull(f, self.mro, Role::Mro);
        visit_nonnull(f, self.meta, Role::Class);
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        if !self.meta.is_null() {
            f(self.meta);
        }
        for &(_, v) in &self.attrs {
            f(v);
        }
        if !self.mro.is_null() {
            f(self.mro);
        }
        if !self.bases.is_null() {
            f(self.bases);
        }
        if let Some(b) = self.base {
            f(b);
        }
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        for (k, v) in self.attrs.drain(..) {
            out.push(k);
            out.push(v);
        }
        take_nonnull(&mut self.mro, out);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        if self.builtin.is_some() {
            408
        } else {
            904
        }
    }
    /// An exception class the runtime made is a static type too (408),
    /// though it asks the allocator for a heap type's block.
    fn getsizeof(&self, heap: &Heap, r: ObjRef) -> usize {
        let builtin = is_builtin_class(heap, r);
        let basic = if builtin { 408 } else { self.basic_size_in(heap) };
        let keys = if !builtin && !self.is_exception && self.slots.is_none() { CACHED_KEYS_SIZE } else { 0 };
        basic + GC_HEAD + keys
    }
}
