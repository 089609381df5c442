//! list: `Obj::List`, a `ListObj` (the item vector and CPython's
//! `allocated`, with the simulated address of the item array).
//!
//! * holds: its items (`Role::Item(i)`);
//! * release order (list_dealloc): the items last to first, each left in
//!   place while it is released (a `__del__` run meanwhile still sees the
//!   list whole); then the item array, then the object;
//! * traverse (list_traverse): the items, last first; clear (_list_clear):
//!   the list is emptied first, then the items released last to first, then
//!   the array freed;
//! * size: PyListObject, 40 bytes; `getsizeof` adds 8 per allocated slot
//!   (the array is a block of its own, sized as list_resize chooses);
//! * finalizer: none.

use super::{Release, TypeSlots};
use crate::heap::{ObjRef, Role};
use crate::runtime::Interp;

pub struct ListObj {
    pub items: thin_vec::ThinVec<ObjRef>,
    /// CPython's `allocated`: the capacity list_resize would have chosen.
    pub allocated: usize,
    /// Simulated address of the item array (0 when allocated == 0).
    pub items_addr: u64,
}

/// A list's item vector holding exactly `items` (capacity = length; the
/// heap then sizes it as list_resize does).
pub fn list_items_of(items: &[ObjRef]) -> thin_vec::ThinVec<ObjRef> {
    let mut v = thin_vec::ThinVec::with_capacity(items.len());
    v.extend_from_slice(items);
    v
}

impl TypeSlots for ListObj {
    #[inline]
    fn type_name(&self) -> &'static str {
        "list"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        self.items.iter().enumerate().rev().for_each(|(i, &r)| f(r, Role::Item(i as u32)))
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        self.items.iter().rev().for_each(|&x| f(x))
    }
    #[inline]
    fn traverse_steps(&self) -> usize {
        self.items.len()
    }
    #[inline]
    fn traverse_step(&self, k: usize) -> [ObjRef; 2] {
        [self.items[self.items.len() - 1 - k], ObjRef::NULL]
    }
    #[inline]
    fn take_refs(&mut self, out: &mut Vec<ObjRef>) {
        out.extend(self.items.iter().rev());
        self.items.clear();
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        out.extend(self.items.drain(..).rev());
    }
    #[inline]
    fn clear_into(&mut self, cx: &mut Release) {
        self.clear(&mut cx.refs);
        cx.buffer = std::mem::replace(&mut self.items_addr, 0);
        self.allocated = 0;
    }
    #[inline]
    fn basic_size(&self) -> usize {
        40
    }
    #[inline]
    fn getsizeof(&self, heap: &crate::heap::Heap, _r: ObjRef) -> usize {
        self.basic_size_in(heap) + self.gc_head_in(heap) + 8 * self.allocated
    }
}

impl Interp {
    /// list_dealloc for a list nobody holds a weakref to (the common case,
    /// taken before the general path): untracked, the items released last
    /// to first while left in place, then the list freed.
    pub(crate) fn list_dealloc(&mut self, r: ObjRef) {
        let n = match self.heap.get(r) {
            crate::heap::Obj::List(l) => l.items.len(),
            _ => unreachable!(),
        };
        if self.heap.is_tracked(r) {
            self.heap.gc_untrack(r);
        }
        for i in (0..n).rev() {
            let c = match self.heap.get(r) {
                crate::heap::Obj::List(l) => l.items[i],
                _ => unreachable!(),
            };
            self.decref(c);
        }
        if let crate::heap::Obj::List(l) = self.heap.get_mut(r) {
            l.items.clear();
        }
        self.heap.free(r);
    }
}
