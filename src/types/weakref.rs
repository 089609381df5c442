//! weakref: `Obj::WeakRef`, a `WeakRefObj`: a reference that does not
//! count, and the callback to call when its referent dies.
//!
//! * holds: the callback only (`Role::Callback`); the referent is not
//!   counted — the runtime lists each referent's weakrefs
//!   (`Interp::weakrefs`) to clear them when it dies;
//! * release order (weakref_dealloc): the weakref leaves its referent's
//!   list, then the callback is released;
//! * traverse (gc_traverse): the callback; clear (gc_clear): the referent
//!   is forgotten (the weakref leaves its list), then the callback released;
//! * size: PyWeakReference, 64 bytes (a GC object);
//! * finalizer: none.

use super::{take_nonnull, visit_nonnull, Release, TypeSlots};
use crate::heap::{ObjRef, Role};

pub struct WeakRefObj {
    /// The referent, or NULL once it has died.
    pub target: ObjRef,
    pub callback: ObjRef,
}

impl WeakRefObj {
    /// Takes the referent (to unregister from) and the callback out.
    fn detach(&mut self, cx: &mut Release) {
        let target = std::mem::replace(&mut self.target, ObjRef::NULL);
        take_nonnull(&mut self.callback, &mut cx.refs);
        if !target.is_null() {
            cx.unregister_from = Some(target);
        }
    }
}

impl TypeSlots for WeakRefObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "weakref.ReferenceType"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        visit_nonnull(f, self.callback, Role::Callback)
    }
    #[inline]
    fn take_refs_into(&mut self, cx: &mut Release) {
        self.detach(cx)
    }
    #[inline]
    fn clear_into(&mut self, cx: &mut Release) {
        self.detach(cx)
    }
    #[inline]
    fn basic_size(&self) -> usize {
        64
    }
}
