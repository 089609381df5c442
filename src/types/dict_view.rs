//! Dict views: `Obj::DictView`, `d.keys()`, `d.values()`, `d.items()`.
//!
//! * holds: the dict (`Role::IterSource`);
//! * release order (dictview_dealloc): the dict;
//! * traverse: the dict; clear: none;
//! * size: _PyDictViewObject, 24 bytes;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// The payload of `Obj::DictView { dict, kind }` (stored inline).
pub struct DictViewObj {
    pub dict: ObjRef,
    pub kind: DictViewKind,
}

impl TypeSlots for DictViewObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        match self.kind {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.dict, Role::IterSource)
    }
    #[inline]
    fn basic_size(&self) -> usize {
        24
    }
}
