//! The descriptors `property`, `staticmethod` and `classmethod`: wrappers
//! around functions.
//!
//! * holds: a property its getter, setter, deleter and doc (`Role::Getter`,
//!   `Role::Setter`, `Role::Deleter`, `Role::Doc`); the others their
//!   function (`Role::Func`);
//! * release order (property_dealloc, sm_dealloc, cm_dealloc): getter,
//!   setter, deleter, doc; the function;
//! * traverse: the same; clear: a property's four; a
//!   staticmethod's or classmethod's function, replaced by None (so a
//!   cleared one still has something to return);
//! * size: propertyobject 64 bytes (get, set, del, doc, name, getter_doc);
//!   staticmethod and classmethod 32;
//! * finalizer: none.

use super::{take_nonnull, transparent_view, visit_nonnull, Release, TypeSlots};
use crate::heap::{ObjRef, Role, NONE};

/// The payload of `Obj::Property` (NULL for a function not given).
pub struct PropertyObj {
    pub fget: ObjRef,
    pub fset: ObjRef,
    pub fdel: ObjRef,
    pub doc: ObjRef,
}

impl TypeSlots for PropertyObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "property"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        visit_nonnull(f, self.fget, Role::Getter);
        visit_nonnull(f, self.fset, Role::Setter);
        visit_nonnull(f, self.fdel, Role::Deleter);
        visit_nonnull(f, self.doc, Role::Doc);
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        take_nonnull(&mut self.fget, out);
        take_nonnull(&mut self.fset, out);
        take_nonnull(&mut self.fdel, out);
        take_nonnull(&mut self.doc, out);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        64
    }
}

/// The payload of `Obj::StaticMethod` (the function, stored inline).
#[repr(transparent)]
pub struct StaticMethodObj {
    pub func: ObjRef,
}

/// The payload of `Obj::ClassMethod` (the function, stored inline).
#[repr(transparent)]
pub struct ClassMethodObj {
    pub func: ObjRef,
}

transparent_view!(StaticMethodObj, ObjRef);
transparent_view!(ClassMethodObj, ObjRef);

/// The slots staticmethod and classmethod share.
macro_rules! function_wrapper {
    ($t:ty, $name:expr) => {
        impl TypeSlots for $t {
            #[inline]
            fn type_name(&self) -> &'static str {
                $name
            }
            #[inline]
            fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
                f(self.func, Role::Func)
            }
            /// sm_clear / cm_clear: the function gives way to None.
            #[inline]
            fn clear_into(&mut self, cx: &mut Release) {
                cx.refs.push(std::mem::replace(&mut self.func, NONE));
                cx.stored = Some(NONE);
            }
            #[inline]
            fn basic_size(&self) -> usize {
                32
            }
        }
    };
}

function_wrapper!(StaticMethodObj, "staticmethod");
function_wrapper!(ClassMethodObj, "classmethod");
