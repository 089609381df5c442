//! generator: `Obj::Generator`, a `GenObj` — a function's frame that
//! outlives the call. How it suspends and resumes (`send`, `throw`,
//! `close`, `yield from`) is `runtime/generator.rs`; this file is the type.
//!
//! * holds: the function (as 3.11's frame holds `f_func`), the code, the
//!   name and qualname, the frame object once one was asked for, and while
//!   suspended the frame's slots (locals, cells, then the temporaries and
//!   loop iterators of the statements in progress), the exceptions it is
//!   handling and the values parked for a `finally` (`Role::Suspended(i)`,
//!   `FrameObject`, `Func`, `Code`, `Name`, `QualName`, `Handled(i)`,
//!   `Parked(i)`);
//! * release order (gen_dealloc after `_PyFrame_Clear`): the slots in
//!   order, the frame object, the function, the code, the name, the
//!   qualname, then the saved exception state;
//! * traverse: the same references; clear (the collector's tp_clear): the
//!   frame's contents (slots, handled, parked, the frame object); the
//!   generator is finished afterwards;
//! * size: `sys.getsizeof` is CPython's `gen_sizeof` plus the GC header,
//!   16 + 152 + 8 × (locals + cells + free variables + `co_stacksize`); the
//!   block requested from the allocator also holds the frame's 9 words of
//!   specials (`co_framesize`);
//! * finalizer (PEP 442 `tp_finalize`, at most once): a generator freed
//!   while suspended is closed, so its `finally` blocks run — also when the
//!   collector finds it in a cycle.

use super::{Finalizer, TypeSlots};
use crate::heap::{Heap, ObjRef, Role, F_FINALIZED};
use crate::runtime::coroutine::GenKind;
use crate::runtime::generator::{GenObj, GenState};
use crate::runtime::Interp;

/// Words of `_PyInterpreterFrame` before its `localsplus` (3.11).
const FRAME_SPECIALS: usize = 9;

impl TypeSlots for GenObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        self.kind.word()
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        self.slots.iter().enumerate().filter(|(_, r)| !r.is_null()).for_each(|(i, &r)| f(r, Role::Suspended(i as u32)));
        if !self.frame_obj.is_null() {
            f(self.frame_obj, Role::FrameObject);
        }
        f(self.func, Role::Func);
        f(self.code, Role::Code);
        f(self.name, Role::Name);
        f(self.qualname, Role::QualName);
        self.handled.iter().enumerate().for_each(|(i, &r)| f(r, Role::Handled(i as u32)));
        self.pending.iter().enumerate().for_each(|(i, &r)| f(r, Role::Parked(i as u32)));
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        self.state = GenState::Finished;
        self.path.clear();
        out.extend(self.slots.drain(..).filter(|r| !r.is_null()));
        out.extend(self.handled.drain(..));
        out.extend(self.pending.drain(..));
        if !self.frame_obj.is_null() {
            out.push(std::mem::replace(&mut self.frame_obj, ObjRef::NULL));
        }
    }
    /// What `sys.getsizeof` counts besides the GC header.
    #[inline]
    fn basic_size(&self) -> usize {
        152 + 8 * self.frame_words as usize
    }
    /// The allocation: the object and its whole `co_framesize` frame.
    #[inline]
    fn block_size(&self, _heap: &Heap) -> usize {
        self.basic_size() + 8 * FRAME_SPECIALS
    }
    /// A suspended frame has `finally` blocks that may still have to run;
    /// a coroutine never started has its "never awaited" warning to give.
    #[inline]
    fn finalizer(&self, _heap: &Heap) -> Finalizer {
        if self.state == GenState::Suspended || (self.kind == GenKind::Coroutine && self.state == GenState::Created) {
            Finalizer::Close
        } else {
            Finalizer::None
        }
    }
}

impl Interp {
    /// _PyGen_Finalize: close, reporting an error as unraisable.
    pub fn gen_finalize(&mut self, g: ObjRef) {
        self.heap.set_flag(g, F_FINALIZED);
        if self.gen(g).kind == GenKind::Coroutine && self.gen(g).state == GenState::Created {
            self.warn_never_awaited(g);
        }
        if let Err(e) = self.gen_close(g) {
            self.report_unraisable_in(e, g);
        }
    }
}
