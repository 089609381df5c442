//! cell: `Obj::Cell`, the box a closure shares a variable through.
//!
//! * holds: its contents, or NULL while the variable is unbound
//!   (`Role::CellContents`);
//! * release order (cell_dealloc): the contents;
//! * traverse: the contents; clear (cell_clear): the contents, leaving it
//!   empty;
//! * size: PyCellObject, 24 bytes;
//! * finalizer: none.

use super::{take_nonnull, transparent_view, visit_nonnull, TypeSlots};
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::Cell` (an `ObjRef` stored inline).
#[repr(transparent)]
pub struct CellObj {
    pub contents: ObjRef,
}

transparent_view!(CellObj, ObjRef);

impl TypeSlots for CellObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "cell"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        visit_nonnull(f, self.contents, Role::CellContents)
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        take_nonnull(&mut self.contents, out)
    }
    #[inline]
    fn basic_size(&self) -> usize {
        24
    }
}
