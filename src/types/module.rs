//! module: `Obj::Module`, a name and its namespace dict.
//!
//! * holds: the name and the dict (`Role::Name`, `Role::ModuleDict`);
//! * release order (module_dealloc): the name, then the dict;
//! * traverse: the same; clear: none here (a module dies with the program
//!   or is kept in `sys.modules`);
//! * size: PyModuleObject, 56 bytes;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

pub struct Module {
    pub name: ObjRef,
    pub dict: ObjRef,
}

impl TypeSlots for Module {
    #[inline]
    fn type_name(&self) -> &'static str {
        "module"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.name, Role::Name);
        f(self.dict, Role::ModuleDict);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        56
    }
}
