//! super: `Obj::Super`, `super()` bound to a class and an instance.
//!
//! * holds: the class and the object (`Role::Class`, `Role::SelfObj`);
//! * release order (super_dealloc): the class, then the object;
//! * traverse: the same; clear: none;
//! * size: superobject, 40 bytes;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::Super { class, obj }` (stored inline).
pub struct SuperObj {
    pub class: ObjRef,
    pub obj: ObjRef,
}

impl TypeSlots for SuperObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "super"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.class, Role::Class);
        f(self.obj, Role::SelfObj);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        40
    }
}
