//! getset_descriptor: `Obj::GetSet`, the `__dict__` and `__weakref__`
//! entries a class statement's class gets in its namespace when its
//! instances gain a dict or a weakref list their base lacked
//! (`type_new_descriptors`); `__objclass__` is the class.
//!
//! * holds: the class (`Role::Class`), so a fresh `class C: pass` is
//!   referenced by its two descriptors as well as by its `__mro__`;
//! * release order (descr_dealloc): the class;
//! * traverse (descr_traverse): the class; clear: none;
//! * size: PyGetSetDescrObject, 48 bytes, a GC object;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::GetSet` (stored inline).
#[derive(Clone, Copy)]
pub struct GetSetObj {
    pub objclass: ObjRef,
    /// `__weakref__` (else `__dict__`).
    pub weakref: bool,
}

impl GetSetObj {
    pub fn attr_name(&self) -> &'static str {
        if self.weakref {
            "__weakref__"
        } else {
            "__dict__"
        }
    }
}

impl TypeSlots for GetSetObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "getset_descriptor"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.objclass, Role::Class);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        48
    }
}
