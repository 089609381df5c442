//! type: `Obj::Class`, a `ClassObj` — a built-in type, an exception class
//! or a class statement's class.
//!
//! * holds: its name, its base, and its namespace in definition order
//!   (`Role::Name`, `Role::Base`, `Role::AttrName(i)`/`Role::Attr(i)`);
//! * release order (type_dealloc): the name, the base, then each
//!   attribute's name and value;
//! * traverse (type_traverse): the namespace's values, then the base;
//!   clear (type_clear): the namespace, each name then value;
//! * size: sizeof(PyTypeObject), 408, for a static type; a class
//!   statement's is a PyHeapTypeObject, 904, and `getsizeof` adds the
//!   shared-keys table it keeps for its instances' attributes (unless
//!   `__slots__` leaves them no dict; exception classes have none);
//! * finalizer: none.

use super::{TypeSlots, GC_HEAD};
use crate::heap::{Heap, Obj, ObjRef, Role, TypeId, F_RUNTIME};

pub struct ClassObj {
    pub name: ObjRef,
    pub qualname: String,
    pub base: Option<ObjRef>,
    /// The class namespace, in definition order (keys are interned strs).
    pub attrs: Vec<(ObjRef, ObjRef)>,
    /// Set for the built-in types (int, str, list, ValueError, ...).
    pub builtin: Option<TypeId>,
    /// This class or a base defines `__del__`.
    pub has_del: bool,
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
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        for &(_, v) in &self.attrs {
            f(v);
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
