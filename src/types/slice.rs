//! slice: `Obj::Slice`, `[start, stop, step]` (each None when omitted).
//!
//! * holds: the three (`Role::Item(0..3)`);
//! * release order (slice_dealloc): start, stop, step;
//! * traverse: the same; clear: none;
//! * size: PySliceObject, 40 bytes;
//! * finalizer: none.

use super::{transparent_view, TypeSlots};
use crate::heap::{ObjRef, Role};

/// The payload of `Obj::Slice` (a boxed `[ObjRef; 3]`).
#[repr(transparent)]
pub struct SliceObj(pub [ObjRef; 3]);

transparent_view!(SliceObj, [ObjRef; 3]);

impl TypeSlots for SliceObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "slice"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        self.0.iter().enumerate().for_each(|(i, &r)| f(r, Role::Item(i as u32)))
    }
    #[inline]
    fn basic_size(&self) -> usize {
        40
    }
}
