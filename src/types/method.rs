//! method: `Obj::Method`, a Python function bound to an object
//! (`obj.method`).
//!
//! * holds: the object and the function (`Role::SelfObj`, `Role::Func`);
//! * release order (method_dealloc): the object, then the function;
//! * traverse (method_traverse): the function, then the object; clear:
//!   none (CPython's bound method has no tp_clear);
//! * size: PyMethodObject, 48 bytes;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::Method { func, self_ }` (stored inline).
pub struct MethodObj {
    pub func: ObjRef,
    pub self_: ObjRef,
}

impl TypeSlots for MethodObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "method"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.self_, Role::SelfObj);
        f(self.func, Role::Func);
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        f(self.func);
        f(self.self_);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        48
    }
}
