//! frame: `Obj::Frame`, a `FrameObj` — made when a traceback, a generator's
//! `gi_frame` or `sys._getframe` asks for a frame (`runtime/frame.rs` makes
//! them and answers their attributes).
//!
//! * holds: the frame's locals once it has finished (while it runs, the
//!   running frame owns them and `locals` is empty), and its code
//!   (`Role::Local(i)`, `Role::Code`);
//! * release order (frame_dealloc): the locals in slot order, then the code;
//! * traverse: the same; clear (frame_tp_clear): the locals;
//! * size: PyFrameObject, 72 bytes;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{ObjRef, Role};

/// A frame object: made when a traceback needs to name a frame. While the
/// frame runs, `locals` is empty and the running frame owns its locals; when
/// the frame finishes and the frame object is still referenced (by a
/// traceback), the locals move here and stay alive with it.
pub struct FrameObj {
    pub code: ObjRef,
    pub locals: Vec<ObjRef>,
    pub running: bool,
    /// The line the frame was at when it finished or was suspended.
    pub line: u32,
    /// A finished frame's `f_back`: its caller's frame object, taken when
    /// it finished (as 3.11's `take_ownership`); NULL while running or
    /// suspended, and for a frame that had no caller.
    pub back: ObjRef,
}

impl TypeSlots for FrameObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "frame"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        self.locals.iter().enumerate().filter(|(_, r)| !r.is_null()).for_each(|(i, &r)| f(r, Role::Local(i as u32)));
        f(self.code, Role::Code);
        if !self.back.is_null() {
            f(self.back, Role::Back);
        }
    }
    #[inline]
    fn take_refs(&mut self, out: &mut Vec<ObjRef>) {
        TypeSlots::clear(self, out);
        out.push(self.code);
        if !self.back.is_null() {
            out.push(std::mem::replace(&mut self.back, ObjRef::NULL));
        }
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        out.extend(self.locals.drain(..).filter(|r| !r.is_null()));
    }
    #[inline]
    fn basic_size(&self) -> usize {
        72
    }
}
