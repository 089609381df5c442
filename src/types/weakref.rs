//! weakref: `Obj::WeakRef`, a `WeakRefObj`: a reference that does not
//! count, and the callback to call when its referent dies. The same
//! payload is a proxy (`weakref.proxy`, `WeakKind::Proxy` or
//! `CallableProxy`), as in CPython where proxies are PyWeakReferences of
//! another type; the behaviour is `runtime/weak.rs`.
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
    /// The referent's hash once asked for (-1 before): a dead ref keeps
    /// answering it (weakref_hash).
    pub hash: i64,
    pub kind: WeakKind,
}

/// Which of CPython's three weakref types the object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WeakKind {
    Ref,
    /// `weakref.ProxyType`: forwards attribute access and operators.
    Proxy,
    /// `weakref.CallableProxyType`: a proxy to a callable, calls forwarded too.
    CallableProxy,
}

impl WeakRefObj {
    pub fn new(target: ObjRef, callback: ObjRef, kind: WeakKind) -> Self {
        WeakRefObj { target, callback, hash: -1, kind }
    }
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
        match self.kind {
            WeakKind::Ref => "weakref.ReferenceType",
            WeakKind::Proxy => "weakref.ProxyType",
            WeakKind::CallableProxy => "weakref.CallableProxyType",
        }
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
        // PyWeakReference; proxies are the same struct.
        64
    }
}
