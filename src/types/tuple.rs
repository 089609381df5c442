//! tuple: `Obj::Tuple`, the items in a `ThinSlice<ObjRef>` (one word in the
//! slot; the empty tuple is a singleton).
//!
//! * holds: its items (`Role::Item(i)`);
//! * release order (tupledealloc): untracked, then the items last to first,
//!   each left in place while it is released; then the object (onto the
//!   tuple free list of its length, when there is room);
//! * traverse (tupletraverse): the items, last first; clear: none (CPython's
//!   tuple has no tp_clear: a cycle through a tuple breaks at another
//!   member);
//! * size: PyTupleObject, 24 bytes and 8 per item;
//! * finalizer: none.

use super::TypeSlots;
use crate::heap::{Obj, ObjRef, Role, ThinSlice};
use crate::runtime::Interp;

impl TypeSlots for ThinSlice<ObjRef> {
    #[inline]
    fn type_name(&self) -> &'static str {
        "tuple"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        self.iter().enumerate().rev().for_each(|(i, &r)| f(r, Role::Item(i as u32)))
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        self.iter().rev().for_each(|&x| f(x))
    }
    #[inline]
    fn traverse_steps(&self) -> usize {
        self.len()
    }
    #[inline]
    fn traverse_step(&self, k: usize) -> [ObjRef; 2] {
        [self[self.len() - 1 - k], ObjRef::NULL]
    }
    #[inline]
    fn basic_size(&self) -> usize {
        24 + 8 * self.len()
    }
}

impl Interp {
    /// tupledealloc (every tuple goes this way, before the general path).
    pub(crate) fn tuple_dealloc(&mut self, r: ObjRef) {
        let n = match self.heap.get(r) {
            Obj::Tuple(t) => t.len(),
            _ => unreachable!(),
        };
        if self.heap.is_tracked(r) {
            self.heap.gc_untrack(r);
        }
        for i in (0..n).rev() {
            let c = match self.heap.get(r) {
                Obj::Tuple(t) => t[i],
                _ => unreachable!(),
            };
            self.decref(c);
        }
        self.heap.free(r);
    }
}
