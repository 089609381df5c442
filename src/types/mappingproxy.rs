//! mappingproxy: `Obj::MappingProxy`, what `C.__dict__` returns: a
//! read-only view of a class's namespace, made at each read.
//!
//! * holds: the class whose namespace it shows (`Role::Class`; CPython's
//!   holds the type's dict, which glasspy keeps inside the class), and for
//!   a built-in type a dict of its methods made at the read
//!   (`Role::Mapping`; glasspy's built-in types keep them in a table);
//! * release order (mappingproxy_dealloc): the class, then that dict;
//! * traverse: both; clear: none;
//! * size: mappingproxyobject, 24 bytes, a GC object;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::MappingProxy` (stored inline).
#[derive(Clone, Copy)]
pub struct MappingProxyObj {
    pub class: ObjRef,
    /// NULL, or a built-in type's methods as a dict.
    pub mapping: ObjRef,
}

impl TypeSlots for MappingProxyObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "mappingproxy"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.class, Role::Class);
        if !self.mapping.is_null() {
            f(self.mapping, Role::Mapping);
        }
    }
    #[inline]
    fn basic_size(&self) -> usize {
        24
    }
}
