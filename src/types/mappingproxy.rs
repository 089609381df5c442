//! mappingproxy: `Obj::MappingProxy`, what `C.__dict__` returns: a
//! read-only view of a class's namespace, made at each read.
//!
//! * holds: the class whose namespace it shows (`Role::Class`; CPython's
//!   holds the type's dict, which glasspy keeps inside the class);
//! * release order (mappingproxy_dealloc): the class;
//! * traverse: the class; clear: none;
//! * size: mappingproxyobject, 24 bytes, a GC object;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::MappingProxy` (stored inline).
#[derive(Clone, Copy)]
pub struct MappingProxyObj {
    pub class: ObjRef,
}

impl TypeSlots for MappingProxyObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "mappingproxy"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.class, Role::Class);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        24
    }
}
