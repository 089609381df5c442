//! The cycle collector's bookkeeping: which objects are tracked, in which
//! generation, and the counts that decide when to collect (Modules/gcmodule.c).
//!
//! Reference counting frees everything except cycles. The collector finds
//! them by *trial deletion*: within the generations being collected, subtract
//! every reference that comes from another object of those generations; what
//! still has a count left is referenced from outside (a variable, a frame, the
//! evaluation stack) and is reachable, with everything it reaches. The rest is
//! garbage. The passes themselves live in `runtime::collect`, next to the
//! finalizers they have to run.

use super::object::ObjRef;
use super::{Heap, F_TRACKED};

pub const NUM_GENERATIONS: usize = 3;
const NIL: u32 = u32::MAX;

/// Lists a collection uses besides the generations (the `gen` value of their
/// members): the unreachable set, finalize_garbage's `seen` list, and the
/// weakrefs whose callbacks are about to run (gcmodule.c's `unreachable`,
/// `seen`, `wrcb_to_call`). An object in one of them is still tracked, so
/// freeing it unlinks it, as freeing unlinks a PyGC_Head from any list.
pub const LIST_UNREACHABLE: u8 = 3;
pub const LIST_SEEN: u8 = 4;
pub const LIST_WRCB: u8 = 5;
/// The permanent generation (`gc.freeze()`): tracked objects the collector
/// never examines, until `gc.unfreeze()` moves them to the oldest generation.
pub const LIST_PERMANENT: u8 = 6;
const NUM_LISTS: usize = 7;

#[derive(Clone, Copy)]
pub struct Generation {
    pub head: u32,
    pub tail: u32,
    pub len: usize,
    pub threshold: usize,
    /// Allocations minus deallocations (generation 0) or collections of the
    /// younger generation (1 and 2).
    pub count: usize,
}

pub struct GcState {
    pub gens: [Generation; NUM_GENERATIONS],
    /// LIST_UNREACHABLE, LIST_SEEN, LIST_WRCB, LIST_PERMANENT.
    pub work: [Generation; NUM_LISTS - NUM_GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    pub debug: u32,
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    /// GLASSPY_GC_STRESS: a full collection at every tracked allocation.
    pub stress: bool,
    /// A stress-mode shadow collection is running.
    pub shadow: bool,
    /// The number of collections per generation, collected and uncollectable totals (gc.get_stats).
    pub stats: [(usize, usize, usize); NUM_GENERATIONS],
}

impl GcState {
    pub fn new() -> GcState {
        let g = |t| Generation { head: NIL, tail: NIL, len: 0, threshold: t, count: 0 };
        GcState {
            gens: [g(700), g(10), g(10)],
            work: [g(0), g(0), g(0), g(0)],
            enabled: true,
            collecting: false,
            debug: 0,
            long_lived_total: 0,
            long_lived_pending: 0,
            stress: false,
            shadow: false,
            stats: [(0, 0, 0); NUM_GENERATIONS],
        }
    }

    /// A GC-type object was allocated by the allocator (not a free list).
    #[inline]
    pub fn on_alloc(&mut self) {
        self.gens[0].count += 1;
    }

    /// A GC-type object's memory went back to the allocator.
    #[inline]
    pub fn on_free(&mut self) {
        // A stress-mode shadow collection frees garbage earlier than a real
        // collection would; a real one frees it after zeroing the count, so
        // those frees leave the count alone there too.
        if self.gens[0].count > 0 && !self.shadow {
            self.gens[0].count -= 1;
        }
    }

    /// Should an automatic collection start now (gen 0 over its threshold)?
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.enabled && !self.collecting && self.gens[0].threshold > 0 && self.gens[0].count > self.gens[0].threshold
    }

    /// collect_generations: the oldest generation whose count exceeds its threshold.
    pub fn generation_to_collect(&self) -> Option<usize> {
        for i in (0..NUM_GENERATIONS).rev() {
            if self.gens[i].count > self.gens[i].threshold {
                if i == NUM_GENERATIONS - 1 && self.long_lived_pending < self.long_lived_total / 4 {
                    continue;
                }
                return Some(i);
            }
        }
        None
    }
}

impl GcState {
    /// The list with id `g` (a generation, or one of the LIST_* lists).
    #[inline]
    pub fn list(&self, g: u8) -> &Generation {
        if (g as usize) < NUM_GENERATIONS {
            &self.gens[g as usize]
        } else {
            &self.work[g as usize - NUM_GENERATIONS]
        }
    }

    #[inline]
    pub fn list_mut(&mut self, g: u8) -> &mut Generation {
        if (g as usize) < NUM_GENERATIONS {
            &mut self.gens[g as usize]
        } else {
            &mut self.work[g as usize - NUM_GENERATIONS]
        }
    }
}

impl Default for GcState {
    fn default() -> Self {
        GcState::new()
    }
}

impl Heap {
    /// Appends to generation 0 (_PyObject_GC_TRACK).
    pub fn gc_track(&mut self, r: ObjRef) {
        if self.slots[r.idx()].flags() & F_TRACKED != 0 {
            return;
        }
        self.gc_link(r, 0);
        self.slots[r.idx()].add_flags(F_TRACKED);
    }

    pub fn gc_untrack(&mut self, r: ObjRef) {
        if self.slots[r.idx()].flags() & F_TRACKED == 0 {
            return;
        }
        self.gc_unlink(r);
        self.slots[r.idx()].remove_flags(F_TRACKED);
    }

    pub fn is_tracked(&self, r: ObjRef) -> bool {
        self.slots[r.idx()].flags() & F_TRACKED != 0
    }

    /// Appends a tracked object's links at the tail of list `g` (a generation
    /// or a LIST_* list).
    #[inline]
    pub fn gc_link(&mut self, r: ObjRef, g: usize) {
        let tail = self.gc.list(g as u8).tail;
        {
            let s = &mut self.slots[r.idx()];
            s.set_gen(g as u8);
            s.set_gc_prev(tail);
            s.set_gc_next(NIL);
        }
        if tail == NIL {
            self.gc.list_mut(g as u8).head = r.0;
        } else {
            self.slots[tail as usize].set_gc_next(r.0);
        }
        let l = self.gc.list_mut(g as u8);
        l.tail = r.0;
        l.len += 1;
    }

    #[inline]
    pub fn gc_unlink(&mut self, r: ObjRef) {
        let (g, prev, next) = {
            let s = &self.slots[r.idx()];
            (s.gen(), s.gc_prev(), s.gc_next())
        };
        if prev == NIL {
            self.gc.list_mut(g).head = next;
        } else {
            self.slots[prev as usize].set_gc_next(next);
        }
        if next == NIL {
            self.gc.list_mut(g).tail = prev;
        } else {
            self.slots[next as usize].set_gc_prev(prev);
        }
        self.gc.list_mut(g).len -= 1;
    }

    /// Moves a tracked object from its list to the tail of list `to` (gc_list_move).
    pub fn gc_move(&mut self, r: ObjRef, to: usize) {
        self.gc_unlink(r);
        self.gc_link(r, to);
    }

    /// The first object of list `g`, if any.
    pub fn gc_head(&self, g: usize) -> Option<ObjRef> {
        let h = self.gc.list(g as u8).head;
        (h != NIL).then_some(ObjRef(h))
    }

    pub fn gc_len(&self, g: usize) -> usize {
        self.gc.list(g as u8).len
    }

    /// The objects of list `g`, oldest first.
    pub fn gc_generation(&self, g: usize) -> Vec<ObjRef> {
        let mut out = Vec::with_capacity(self.gc.list(g as u8).len);
        let mut cur = self.gc.list(g as u8).head;
        while cur != NIL {
            out.push(ObjRef(cur));
            cur = self.slots[cur as usize].gc_next();
        }
        out
    }

    /// Empties list `g`, returning its objects in order. They keep
    /// F_TRACKED but belong to no list until relinked: only for a collection's
    /// passes, during which no object is freed.
    pub fn gc_detach(&mut self, g: usize) -> Vec<ObjRef> {
        let out = self.gc_generation(g);
        let l = self.gc.list_mut(g as u8);
        l.head = NIL;
        l.tail = NIL;
        l.len = 0;
        out
    }

    /// Appends every object of list `from` to the tail of list `to` (gc_list_merge).
    pub fn gc_merge(&mut self, from: usize, to: usize) {
        if from == to {
            return;
        }
        let src = *self.gc.list(from as u8);
        if src.head == NIL {
            return;
        }
        let mut cur = src.head;
        while cur != NIL {
            let s = &mut self.slots[cur as usize];
            s.set_gen(to as u8);
            cur = s.gc_next();
        }
        let dst_tail = self.gc.list(to as u8).tail;
        if dst_tail == NIL {
            self.gc.list_mut(to as u8).head = src.head;
        } else {
            self.slots[dst_tail as usize].set_gc_next(src.head);
            self.slots[src.head as usize].set_gc_prev(dst_tail);
        }
        let d = self.gc.list_mut(to as u8);
        d.tail = src.tail;
        d.len += src.len;
        let f = self.gc.list_mut(from as u8);
        f.head = NIL;
        f.tail = NIL;
        f.len = 0;
    }
}
