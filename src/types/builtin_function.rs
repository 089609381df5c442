//! builtin_function_or_method: `Obj::BuiltinFunction`, a function of the
//! runtime's table (`runtime/builtins.rs`, by `id`), unbound or bound to
//! an object (`[].append`, a module's function).
//!
//! * holds: the object it is bound to, if any (`Role::SelfObj`);
//! * release order (meth_dealloc): that object;
//! * traverse: the same; clear: none (CPython's has no tp_clear);
//! * size: PyCFunctionObject, 56 bytes;
//! * finalizer: none.

use super::{visit_nonnull, TypeSlots};
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::BuiltinFunction { id, bound }` (stored inline).
pub struct BuiltinFunctionObj {
    pub id: u16,
    /// NULL, or the object it is bound to.
    pub bound: ObjRef,
}

impl TypeSlots for BuiltinFunctionObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "builtin_function_or_method"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        visit_nonnull(f, self.bound, Role::SelfObj)
    }
    #[inline]
    fn basic_size(&self) -> usize {
        56
    }
}
