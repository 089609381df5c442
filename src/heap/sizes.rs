//! Object sizes as CPython 3.11 lays them out on 64-bit Linux.
//!
//! `block_request` is what an object asks the allocator for: its pre-header
//! (16 bytes of `PyGC_Head` for GC types, 32 for instances of Python classes,
//! which also carry the managed-dict pointers) plus its own block.
//! `getsizeof` is `sys.getsizeof`: `__sizeof__` plus the GC header (and the
//! buffers a type owns). Each type states its sizes with its other slots
//! in `types/`; these functions dispatch to them.

use super::object::*;
use super::Heap;
use crate::types::{with_slots, TypeSlots};

pub use crate::types::class::{is_builtin_class, CACHED_KEYS_SIZE};
pub use crate::types::int::{int_digits_big, int_digits_i64};
pub use crate::types::str::str_size;
pub use crate::types::GC_HEAD;

/// Bytes before the object's address inside its block.
#[inline]
pub fn preheader(heap: &Heap, obj: &Obj) -> usize {
    with_slots!(obj, p => TypeSlots::preheader(p, heap))
}

/// `__sizeof__` of the object itself (without the GC header), as far as
/// the object alone tells.  `basic_size_in` refines the cases that depend on
/// another object (an instance's class, a set iterator's set).
pub fn basic_size(obj: &Obj) -> usize {
    with_slots!(obj, p => TypeSlots::basic_size(p))
}

/// `basic_size` with what other objects tell.
pub fn basic_size_in(heap: &Heap, obj: &Obj) -> usize {
    with_slots!(obj, p => TypeSlots::basic_size_in(p, heap))
}

/// What the object's own block asks the allocator for, and its pre-header.
#[inline]
pub fn block_request(heap: &Heap, obj: &Obj) -> (usize, usize) {
    with_slots!(obj, p => {
        let pre = TypeSlots::preheader(p, heap);
        (pre + TypeSlots::block_size(p, heap), pre)
    })
}

/// sys.getsizeof
pub fn getsizeof(heap: &Heap, r: ObjRef) -> usize {
    with_slots!(heap.get_raw(r), p => TypeSlots::getsizeof(p, heap, r))
}
