//! traceback: `Obj::Traceback`, a `TbObj` — one frame an exception passed
//! through (`runtime/errors.rs` makes them as the exception travels out,
//! and prints them).
//!
//! * holds: the next traceback inwards and the frame (`Role::TbNext`,
//!   `Role::TbFrame`) — which keeps the frame's locals alive, the classic
//!   way an exception keeps memory alive;
//! * release order (tb_dealloc): `tb_next`, then `tb_frame`;
//! * traverse: the same; clear (tb_clear): the same two;
//! * size: PyTracebackObject, 40 bytes;
//! * finalizer: none.

use super::{take_nonnull, visit_nonnull, TypeSlots};
use crate::heap::{ObjRef, Role};

/// A traceback object: one frame an exception passed through, and the next
/// one inwards (PyTracebackObject).
#[derive(Clone, Copy)]
pub struct TbObj {
    pub next: ObjRef,
    /// A `Frame` object.
    pub frame: ObjRef,
    pub lineno: u32,
    /// Position id (in the frame's code) of the expression that raised, or NO_POS.
    pub pos: u32,
}

impl TypeSlots for TbObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "traceback"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        visit_nonnull(f, self.next, Role::TbNext);
        visit_nonnull(f, self.frame, Role::TbFrame);
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        take_nonnull(&mut self.next, out);
        take_nonnull(&mut self.frame, out);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        40
    }
}
