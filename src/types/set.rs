//! set: `Obj::Set`, a `Dict` whose values are NULL, seen here as a
//! `SetObj`.
//!
//! * holds: its keys (`Role::Key(i)` by entry index);
//! * release order (set_dealloc): the keys in insertion order, then the
//!   table, then the object;
//! * traverse (set_traverse): every key; clear (set_clear_internal): the
//!   keys in order, then the table;
//! * size: PySetObject, 200 bytes with its 8-entry smalltable inline;
//!   `getsizeof` adds a table that outgrew it (16 bytes per setentry);
//! * finalizer: none.
//!
//! A frozenset is the same payload with `Dict::frozen` set: the same
//! slots, table and size (runtime/frozenset.rs has what differs).

use super::{transparent_view, Release, TypeSlots};
use crate::heap::{Dict, Heap, ObjRef, Role};

#[repr(transparent)]
pub struct SetObj(pub Dict);

transparent_view!(SetObj, Dict);

impl TypeSlots for SetObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        if self.0.frozen {
            "frozenset"
        } else {
            "set"
        }
    }
    /// As a dict's, whose values are all NULL.
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        self.0.for_each_ref_role(f)
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        for e in self.0.iter() {
            f(e.key);
        }
    }
    #[inline]
    fn traverse_steps(&self) -> usize {
        self.0.entries.len()
    }
    #[inline]
    fn traverse_step(&self, k: usize) -> [ObjRef; 2] {
        [self.0.entries[k].key, ObjRef::NULL]
    }
    #[inline]
    fn take_refs(&mut self, out: &mut Vec<ObjRef>) {
        self.0.take_refs(out)
    }
    #[inline]
    fn clear_into(&mut self, cx: &mut Release) {
        self.0.clear_into(cx)
    }
    #[inline]
    fn basic_size(&self) -> usize {
        200
    }
    #[inline]
    fn getsizeof(&self, heap: &Heap, _r: ObjRef) -> usize {
        self.basic_size_in(heap) + self.gc_head_in(heap) + self.0.set_table_size()
    }
}
