//! The heap: every Python object, its reference count, and where its memory
//! came from.
//!
//! ```text
//!    Interp (runtime)          incref / decref; dealloc runs __del__, weakref
//!        |                     callbacks, then releases what the object held
//!        v
//!    Heap::alloc / Heap::free  the single choke points: a slot for the payload,
//!        |                     a simulated address for id(), gc bookkeeping
//!        v
//!    type free lists           floats, lists, dicts, tuples (LIFO)
//!        |
//!        v
//!    Obmalloc                  arenas, pools, size classes (obmalloc.rs)
//! ```
//!
//! An object is a `Slot` in `slots`: its reference count, gc links and
//! simulated address next to its payload (`Obj`). Reference counts are
//! explicit — no `Rc` — so the audit and the explain commands can see each
//! one. The heap only counts; deciding what dying means (finalizers, weakref
//! callbacks, releasing contents in CPython's order) is the runtime's job,
//! because a finalizer runs Python code. What each type holds, in what
//! order it lets go, and how big it is, are the type's own (`types/`).

pub mod dict;
pub mod gc;
pub mod object;
pub mod obmalloc;
pub mod sizes;
pub mod thin;
pub mod trace;
pub mod watch;

// hashbrown's (foldhash): the intern table is looked up for every name compiled
use hashbrown::HashMap;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub use dict::Dict;
pub use object::*;

use obmalloc::Obmalloc;

/// Slot flags.
pub const F_TRACKED: u8 = 1;
/// `__del__` has run (PEP 442: at most once per object).
pub const F_FINALIZED: u8 = 2;
/// In the interned-string table.
pub const F_INTERNED: u8 = 4;
/// Some weakref points at this object.
pub const F_WEAKREFD: u8 = 8;
/// Part of the runtime itself (not reported as a leak at exit).
pub const F_RUNTIME: u8 = 16;
/// Came from / goes back to a type free list.
pub const F_STATIC: u8 = 32;
/// The `__main__` module after program end let go of it (session.rs `finish`).
pub const F_MAIN_MODULE: u8 = 64;

/// One object: 32 bytes, as much as an int or a float costs CPython.
///
/// `rc` and the object's payload (`Obj`, 16 bytes) are plain fields; the
/// rest is packed, CPython-style, into two words:
///
/// * `addr`: the simulated block address in 16-byte units, its two top bits
///   naming the region (arenas, "system malloc", static data), 16 GiB each;
/// * `meta`: the generation-list links (27 bits each: slot indices, or the
///   gc_refs count during a collection), the flags (7 bits) and the list the
///   object is in (3 bits: a generation, a collector work list or a mark).
///
/// The 27-bit links cap the heap at `MAX_SLOTS` objects (134 million,
/// 4.3 GB of slots); past that an allocation is a fatal MemoryError.
pub struct Slot {
    pub rc: u32,
    addr: u32,
    meta: u64,
    pub obj: Obj,
}

const LINK_BITS: u32 = 27;
const LINK_MASK: u64 = (1 << LINK_BITS) - 1;
const NEXT_SHIFT: u32 = LINK_BITS;
const FLAGS_SHIFT: u32 = 2 * LINK_BITS;
const FLAGS_MASK: u64 = 0x7f;
const GEN_SHIFT: u32 = FLAGS_SHIFT + 7;
const GEN_MASK: u64 = 0x7;
// Every flag fits its field, and the list number fits above it.
const _: () = assert!(GEN_SHIFT + 3 <= 64 && F_MAIN_MODULE as u64 <= FLAGS_MASK);
/// The largest value a link field holds: u32::MAX (no link) is stored as this.
const LINK_NIL: u32 = LINK_MASK as u32;
/// The largest gc_refs count a collection can keep in `gc_prev` (a count this
/// high sticks: the object is taken to be referenced from outside).
pub const GC_REFS_MAX: u32 = LINK_NIL - 1;
/// Slot indices are links, and u32::MAX-like LINK_NIL is "none".
pub const MAX_SLOTS: usize = LINK_NIL as usize;
/// A fresh slot's meta: no links, no flags, generation 0.
const META_NEW: u64 = LINK_MASK | (LINK_MASK << NEXT_SHIFT);

const ADDR_REGION_SHIFT: u32 = 30;
const ADDR_UNITS_MASK: u64 = (1 << ADDR_REGION_SHIFT) - 1;
/// Region bases, by the addr field's top two bits.
const ADDR_BASES: [u64; 3] = [obmalloc::ARENA_BASE, obmalloc::SYSTEM_BASE, STATIC_BASE];

#[inline(always)]
fn pack_addr(addr: u64) -> u32 {
    let region = if addr >= obmalloc::ARENA_BASE {
        0
    } else if addr >= obmalloc::SYSTEM_BASE {
        1
    } else {
        2
    };
    let units = (addr - ADDR_BASES[region]) >> 4;
    debug_assert!(units <= ADDR_UNITS_MASK && addr & 15 == 0, "address {addr:#x} does not pack");
    ((region as u32) << ADDR_REGION_SHIFT) | (units.min(ADDR_UNITS_MASK) as u32)
}

impl Slot {
    #[inline(always)]
    fn new(obj: Obj, addr: u64) -> Slot {
        Slot { rc: 1, addr: pack_addr(addr), meta: META_NEW, obj }
    }

    /// Simulated address of the object's block (id() adds the pre-header).
    #[inline(always)]
    pub fn addr(&self) -> u64 {
        ADDR_BASES[(self.addr >> ADDR_REGION_SHIFT) as usize] + ((self.addr as u64 & ADDR_UNITS_MASK) << 4)
    }

    #[inline(always)]
    pub fn flags(&self) -> u8 {
        ((self.meta >> FLAGS_SHIFT) & FLAGS_MASK) as u8
    }

    #[inline(always)]
    pub fn set_flags(&mut self, f: u8) {
        debug_assert!(f as u64 <= FLAGS_MASK);
        self.meta = (self.meta & !(FLAGS_MASK << FLAGS_SHIFT)) | ((f as u64 & FLAGS_MASK) << FLAGS_SHIFT);
    }

    #[inline(always)]
    pub fn add_flags(&mut self, f: u8) {
        self.set_flags(self.flags() | f);
    }

    #[inline(always)]
    pub fn remove_flags(&mut self, f: u8) {
        self.set_flags(self.flags() & !f);
    }

    /// The list the object is in while tracked (a generation, a LIST_* work
    /// list, or a collector mark).
    #[inline(always)]
    pub fn gen(&self) -> u8 {
        ((self.meta >> GEN_SHIFT) & GEN_MASK) as u8
    }

    #[inline(always)]
    pub fn set_gen(&mut self, g: u8) {
        debug_assert!(g as u64 <= GEN_MASK);
        self.meta = (self.meta & !(GEN_MASK << GEN_SHIFT)) | ((g as u64 & GEN_MASK) << GEN_SHIFT);
    }

    /// Previous object in the generation list (u32::MAX: none); during a
    /// collection, the object's gc_refs.
    #[inline(always)]
    pub fn gc_prev(&self) -> u32 {
        let v = (self.meta & LINK_MASK) as u32;
        if v == LINK_NIL {
            u32::MAX
        } else {
            v
        }
    }

    #[inline(always)]
    pub fn set_gc_prev(&mut self, v: u32) {
        debug_assert!(v == u32::MAX || v < LINK_NIL);
        self.meta = (self.meta & !LINK_MASK) | (v as u64 & LINK_MASK);
    }

    /// Next object in the generation list (u32::MAX: none).
    #[inline(always)]
    pub fn gc_next(&self) -> u32 {
        let v = ((self.meta >> NEXT_SHIFT) & LINK_MASK) as u32;
        if v == LINK_NIL {
            u32::MAX
        } else {
            v
        }
    }

    #[inline(always)]
    pub fn set_gc_next(&mut self, v: u32) {
        debug_assert!(v == u32::MAX || v < LINK_NIL);
        self.meta = (self.meta & !(LINK_MASK << NEXT_SHIFT)) | ((v as u64 & LINK_MASK) << NEXT_SHIFT);
    }
}

pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 256;
const NSMALL: usize = (SMALL_INT_MAX - SMALL_INT_MIN + 1) as usize;

/// Fixed slot numbers of the runtime's singletons.
pub const NONE: ObjRef = ObjRef(NSMALL as u32);
pub const TRUE: ObjRef = ObjRef(NSMALL as u32 + 1);
pub const FALSE: ObjRef = ObjRef(NSMALL as u32 + 2);
pub const ELLIPSIS: ObjRef = ObjRef(NSMALL as u32 + 3);
pub const NOT_IMPLEMENTED: ObjRef = ObjRef(NSMALL as u32 + 4);
pub const EMPTY_STR: ObjRef = ObjRef(NSMALL as u32 + 5);
pub const EMPTY_TUPLE: ObjRef = ObjRef(NSMALL as u32 + 6);
const FIRST_DYNAMIC: u32 = NSMALL as u32 + 7;

/// Statically allocated objects (small ints, singletons, type objects) get
/// addresses in CPython's data segment; ours start here.
const STATIC_BASE: u64 = 0x0000_5555_5580_0000;

/// Capacities of the type free lists (Objects/*object.c in 3.11).
pub const FLOAT_FREELIST: usize = 100;
pub const LIST_FREELIST: usize = 80;
pub const DICT_FREELIST: usize = 80;
pub const TUPLE_FREELIST: usize = 2000;
pub const TUPLE_FREELIST_SIZES: usize = 20;

#[derive(Default)]
pub struct FreeLists {
    pub floats: Vec<u64>,
    pub lists: Vec<u64>,
    pub dicts: Vec<u64>,
    /// Index n holds tuples of length n (1..=20).
    pub tuples: Vec<Vec<u64>>,
}

pub struct Heap {
    pub slots: Vec<Slot>,
    /// Head of the free-slot list (u32::MAX: empty). A free slot holds
    /// `Obj::Free` and, in its `rc` field, the index of the next free slot:
    /// no side vector, which would grow by 4 bytes per object as a big heap
    /// is torn down.
    free_head: u32,
    pub mem: Obmalloc,
    pub freelists: FreeLists,
    /// Interned strings; not counted (interned strings are mortal).
    pub interned: HashMap<Box<str>, ObjRef>,
    /// One-character latin-1 strings, created on first use, held by the cache.
    char_cache: Vec<ObjRef>,
    /// The empty bytes object, once made (NULL before).
    empty_bytes: ObjRef,
    pub gc: gc::GcState,
    next_static: u64,
    /// Number of live objects (for :heap and the audit).
    pub live: usize,
    /// The memory budget in objects (runtime/budget.rs); passing it sets
    /// `over_budget` and the interrupt flag, and the runtime raises
    /// MemoryError at its next interrupt check, with the session intact.
    pub max_live: usize,
    pub over_budget: bool,
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Recycled list payloads (Rust memory only; the simulated heap is unaffected).
    list_boxes: Vec<Box<ListObj>>,
    /// Recycled tuple payloads by length.
    tuple_boxes: Vec<Vec<ThinSlice<ObjRef>>>,
    /// An observer's record of births, frees and count changes (None: no
    /// one watches; see `watch.rs`).
    pub watch: Option<Box<watch::Watch>>,
    /// Types made on first use whose first object the compiler made (a
    /// complex constant): the runtime makes their type objects before it
    /// runs the code (runtime/lazy_types.rs).
    pub pending_types: Vec<TypeId>,
}

/// More live objects than a slot index can name: there is no way to go on.
#[cold]
fn heap_exhausted() -> ! {
    crate::err_println!("MemoryError: glasspy's heap is limited to {MAX_SLOTS} objects");
    std::process::exit(1)
}

#[inline]
pub fn round16(n: usize) -> usize {
    (n + 15) & !15
}

impl Heap {
    pub fn new() -> Heap {
        let mut h = Heap {
            slots: Vec::with_capacity(1024),
            free_head: u32::MAX,
            mem: Obmalloc::new(),
            freelists: FreeLists { tuples: vec![Vec::new(); TUPLE_FREELIST_SIZES + 1], ..Default::default() },
            interned: HashMap::new(),
            char_cache: vec![ObjRef::NULL; 256],
            empty_bytes: ObjRef::NULL,
            gc: gc::GcState::new(),
            next_static: STATIC_BASE,
            live: 0,
            max_live: usize::MAX,
            over_budget: false,
            interrupt: Default::default(),
            list_boxes: Vec::new(),
            tuple_boxes: vec![Vec::new(); TUPLE_FREELIST_SIZES + 1],
            watch: None,
            pending_types: Vec::new(),
        };
        for v in SMALL_INT_MIN..=SMALL_INT_MAX {
            h.alloc_static(Obj::Int(v), 32);
        }
        h.alloc_static(Obj::None, 16);
        h.alloc_static(Obj::Bool(true), 32);
        h.alloc_static(Obj::Bool(false), 32);
        h.alloc_static(Obj::Ellipsis, 16);
        h.alloc_static(Obj::NotImplemented, 16);
        let e = h.alloc_static(Obj::Str(PyStr::with_hash("", 0)), 64);
        h.set_str_hash(e);
        h.alloc_static(Obj::Tuple(ThinSlice::new(&[])), 48);
        debug_assert_eq!(h.slots.len() as u32, FIRST_DYNAMIC);
        h
    }

    /// An object of the runtime that never dies (one reference held by the runtime).
    pub fn alloc_static(&mut self, obj: Obj, size: u64) -> ObjRef {
        let addr = self.next_static;
        self.next_static += size.max(16);
        let r = self.new_slot(obj, addr);
        self.slots[r.idx()].add_flags(F_RUNTIME);
        r
    }

    #[inline]
    fn new_slot(&mut self, obj: Obj, addr: u64) -> ObjRef {
        self.live += 1;
        if self.live > self.max_live {
            self.over_budget = true;
            self.interrupt.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        if self.free_head != u32::MAX {
            let i = self.free_head;
            let s = &mut self.slots[i as usize];
            self.free_head = s.rc;
            // The slot held Obj::Free, which owns nothing: no drop needed.
            std::mem::forget(std::mem::replace(s, Slot::new(obj, addr)));
            if let Some(w) = &mut self.watch {
                w.born(ObjRef(i));
            }
            ObjRef(i)
        } else {
            if self.slots.len() >= MAX_SLOTS {
                heap_exhausted();
            }
            self.slots.push(Slot::new(obj, addr));
            let r = ObjRef(self.slots.len() as u32 - 1);
            if let Some(w) = &mut self.watch {
                w.born(r);
            }
            r
        }
    }

    /// Records a free for the watcher (called just before the slot empties).
    #[cold]
    fn watch_free(&mut self, r: ObjRef) {
        let slot = &self.slots[r.idx()];
        let class = match &slot.obj {
            Obj::Instance(i) => Some(i.class),
            Obj::Sub(s) => Some(s.class),
            _ => None,
        };
        let type_name = match class {
            Some(class) => match self.slots.get(class.idx()).map(|s| &s.obj) {
                Some(Obj::Class(c)) => c.qualname.clone(),
                _ => "object".to_string(),
            },
            None => slot.obj.type_name().to_string(),
        };
        let id = self.id(r);
        let block = slot.addr();
        let size = sizes::block_request(self, &slot.obj).0;
        let collecting = self.gc.collecting;
        let Some(w) = &mut self.watch else { return };
        let cause = if collecting {
            watch::FreeCause::Collector
        } else {
            match w.releasing.iter().rev().find(|&&(_, s)| s != r.0) {
                Some(&(serial, slot)) => watch::FreeCause::ReleasedBy { serial, slot },
                None => watch::FreeCause::CountZero,
            }
        };
        let serial = w.serial(r);
        w.freed.push(watch::Freed { serial, slot: r.0, type_name, id, block, size, cause, line: 0 });
    }

    /// Starts recording for an observer (births get serials from now on).
    pub fn start_watch(&mut self) {
        if self.watch.is_none() {
            self.watch = Some(Box::new(watch::Watch::new(self.slots.len())));
        }
    }



    /// Puts a slot whose object is gone (Obj::Free) on the free-slot list.
    #[inline(always)]
    fn push_free_slot(&mut self, r: ObjRef) {
        self.slots[r.idx()].rc = self.free_head;
        self.free_head = r.0;
    }

    // ----- the allocation choke point -------------------------------------

    /// Creates an object with one reference (owned by the caller). Every
    /// object the program can see is born here.
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        let (r, track, _) = self.alloc_untracked(obj);
        if track {
            self.gc_track(r);
        }
        r
    }

    /// Allocates without tracking yet: returns the object, whether it should
    /// be tracked, and whether generation 0's count went up (an allocation
    /// from the allocator rather than a free list), so the caller can run an
    /// automatic collection before the new object joins generation 0, as
    /// _PyObject_GC_Link does.
    pub fn alloc_untracked(&mut self, obj: Obj) -> (ObjRef, bool, bool) {
        let gc_type = obj.is_gc_in(self);
        let mut counted = false;
        let (request, _pre) = sizes::block_request(self, &obj);
        let addr = match self.take_from_freelist(&obj) {
            Some(a) => a,
            None => {
                if gc_type {
                    self.gc.on_alloc();
                    counted = true;
                }
                self.mem.malloc(request)
            }
        };
        let track = match &obj {
            Obj::Dict(_) => false,
            _ => gc_type,
        };
        let r = self.new_slot(obj, addr);
        if let Obj::List(_) = self.get(r) {
            self.list_sync_alloc(r);
        }
        (r, track, counted)
    }

    fn take_from_freelist(&mut self, obj: &Obj) -> Option<u64> {
        let fl = &mut self.freelists;
        match obj {
            Obj::Float(_) => fl.floats.pop(),
            Obj::List(_) => fl.lists.pop(),
            Obj::Dict(_) => fl.dicts.pop(),
            Obj::Tuple(t) if !t.is_empty() && t.len() <= TUPLE_FREELIST_SIZES => fl.tuples[t.len()].pop(),
            _ => None,
        }
    }

    /// Returns an object's memory: its variable parts to the allocator, its
    /// block to a free list or the allocator. Its contents must already have
    /// been released; the slot becomes free.
    /// free() for a machine int or a float: no gc links, no variable parts.
    #[inline]
    pub fn free_number(&mut self, r: ObjRef) {
        if self.watch.is_some() {
            self.watch_free(r);
        }
        let slot = &mut self.slots[r.idx()];
        let is_float = matches!(slot.obj, Obj::Float(_));
        slot.obj = Obj::Free;
        slot.set_flags(0);
        slot.rc = 0;
        let addr = slot.addr();
        self.live -= 1;
        if is_float && self.freelists.floats.len() < FLOAT_FREELIST {
            self.freelists.floats.push(addr);
        } else {
            self.mem.free(addr);
        }
        self.push_free_slot(r);
    }

    /// A new float, from the float free list when it has a block (PyFloat_FromDouble).
    #[inline]
    pub fn new_float(&mut self, v: f64) -> ObjRef {
        match self.freelists.floats.pop() {
            Some(addr) => self.new_slot(Obj::Float(v), addr),
            None => self.alloc(Obj::Float(v)),
        }
    }

    pub fn free(&mut self, r: ObjRef) {
        if self.watch.is_some() {
            self.watch_free(r);
        }
        if self.slots[r.idx()].flags() & F_TRACKED != 0 {
            self.gc_untrack(r);
        }
        let slot = &mut self.slots[r.idx()];
        let obj = std::mem::replace(&mut slot.obj, Obj::Free);
        let addr = slot.addr();
        let flags = slot.flags();
        slot.set_flags(0);
        slot.rc = 0;
        self.live -= 1;
        if flags & F_INTERNED != 0 {
            if let Obj::Str(s) = &obj {
                self.interned.remove(s.s());
            }
        }
        self.free_variable_parts(&obj);
        let fl = &mut self.freelists;
        let pushed = match &obj {
            Obj::Float(_) if fl.floats.len() < FLOAT_FREELIST => {
                fl.floats.push(addr);
                true
            }
            Obj::List(_) if fl.lists.len() < LIST_FREELIST => {
                fl.lists.push(addr);
                true
            }
            Obj::Dict(_) if fl.dicts.len() < DICT_FREELIST => {
                fl.dicts.push(addr);
                true
            }
            Obj::Tuple(t) if !t.is_empty() && t.len() <= TUPLE_FREELIST_SIZES && fl.tuples[t.len()].len() < TUPLE_FREELIST => {
                fl.tuples[t.len()].push(addr);
                true
            }
            _ => false,
        };
        if !pushed {
            if obj.is_gc_type() {
                self.gc.on_free();
            }
            self.mem.free(addr);
        }
        self.push_free_slot(r);
        // Keep Rust-side payloads for reuse (saves mallocs per list / tuple).
        match obj {
            Obj::List(mut b) => {
                if self.list_boxes.len() < LIST_FREELIST && b.items.capacity() <= 8 {
                    b.items.clear();
                    self.list_boxes.push(b);
                }
            }
            Obj::Tuple(b) => {
                let n = b.len();
                if n >= 1 && n <= TUPLE_FREELIST_SIZES && self.tuple_boxes[n].len() < 256 {
                    self.tuple_boxes[n].push(b);
                }
            }
            _ => {}
        }
    }

    /// A tuple payload of length `n` to fill (its items are stale).
    #[inline]
    pub fn tuple_box(&mut self, n: usize) -> ThinSlice<ObjRef> {
        if n <= TUPLE_FREELIST_SIZES {
            if let Some(b) = self.tuple_boxes[n].pop() {
                return b;
            }
        }
        ThinSlice::filled(ObjRef::NULL, n)
    }

    /// A list payload to fill: a recycled one when available.
    #[inline]
    pub fn list_box(&mut self) -> Box<ListObj> {
        match self.list_boxes.pop() {
            Some(mut b) => {
                b.allocated = 0;
                b.items_addr = 0;
                b
            }
            None => Box::new(ListObj { items: thin_vec::ThinVec::new(), allocated: 0, items_addr: 0 }),
        }
    }

    fn free_variable_parts(&mut self, obj: &Obj) {
        match obj {
            Obj::Sub(s) => self.free_variable_parts(&s.value),
            Obj::List(l) if l.items_addr != 0 => self.mem.free(l.items_addr),
            Obj::Dict(d) | Obj::Set(d) if d.keys_addr != 0 => self.mem.free(d.keys_addr),
            _ => {}
        }
    }

    /// Empties every type free list back into the allocator (a full collection does this).
    pub fn clear_freelists(&mut self) {
        let fl = std::mem::take(&mut self.freelists);
        for a in fl.floats.into_iter().chain(fl.lists).chain(fl.dicts) {
            self.mem.free(a);
        }
        for t in fl.tuples {
            for a in t {
                self.mem.free(a);
            }
        }
        self.freelists.tuples = vec![Vec::new(); TUPLE_FREELIST_SIZES + 1];
    }

    // ----- variable parts --------------------------------------------------

    /// list_resize (Objects/listobject.c): call with the list still at its
    /// old length; chooses CPython's capacity for `newsize` items and moves
    /// the simulated item array when the capacity changes.
    pub fn list_resize(&mut self, r: ObjRef, newsize: usize) {
        let size = match self.get(r) {
            Obj::List(l) => l.items.len(),
            _ => return,
        };
        self.list_resize_from(r, size, newsize);
    }

    /// list_resize with `Py_SIZE(self)` given explicitly (`size`), for
    /// callers that simulate a sequence of resizes before the items move.
    pub fn list_resize_from(&mut self, r: ObjRef, size: usize, newsize: usize) {
        let Obj::List(l) = self.get_mut(r) else { return };
        let allocated = l.allocated;
        if allocated >= newsize && newsize >= (allocated >> 1) {
            return;
        }
        let mut new_alloc = (newsize + (newsize >> 3) + 6) & !3;
        // Do not overallocate if the new size is closer to the overallocated
        // size than to the old size.
        if newsize as isize - size as isize > new_alloc as isize - newsize as isize {
            new_alloc = (newsize + 3) & !3;
        }
        if newsize == 0 {
            new_alloc = 0;
        }
        l.allocated = new_alloc;
        // The real item vector follows CPython's capacity (no doubling slack).
        l.items.reserve_exact(new_alloc.saturating_sub(l.items.len()));
        let old = l.items_addr;
        // PyMem_Realloc(items, 0) hands back a (system) block, not NULL.
        let new = if old == 0 { self.mem.malloc(new_alloc * 8) } else { self.mem.realloc(old, new_alloc * 8) };
        if let Obj::List(l) = self.get_mut(r) {
            l.items_addr = new;
        }
    }

    /// `PyObject_LengthHint` as list_extend sees it: None for a list or a
    /// tuple (list_extend's exact path), else the hint (the number of items
    /// left for sized objects and iterators with `__length_hint__`, the
    /// default 8 for enumerate, zip, map, filter...).
    pub fn extend_hint(&self, src: ObjRef, nitems: usize) -> Option<usize> {
        match self.get(src) {
            Obj::List(_) | Obj::Tuple(_) => None,
            Obj::Iter(it) => match &**it {
                IterState::Seq { .. } | IterState::Range { .. } | IterState::LongRange(_) | IterState::DictKeys { .. } => Some(nitems),
                _ => Some(8),
            },
            Obj::Instance(_) => Some(8),
            _ => Some(nitems),
        }
    }

    /// Does `list(x)` see a `__len__` (list___init__ then preallocates exactly)?
    pub fn has_len(&self, src: ObjRef) -> bool {
        matches!(
            self.get(src),
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Range(_) | Obj::DictView { .. }
        )
    }

    /// The capacity decisions of list_extend (Objects/listobject.c) for
    /// `added` items taken from `src`, made before the items are pushed (the
    /// list is still at its old length): the exact path for a list or tuple
    /// (preallocate exactly when the list has no item array, else
    /// list_resize), the iterator path otherwise (preallocate or resize by the
    /// length hint, grow one item at a time past it, cut back at the end).
    pub fn list_extend_alloc(&mut self, r: ObjRef, src: ObjRef, added: usize) {
        let hint = self.extend_hint(src, added);
        self.list_extend_alloc_hint(r, hint, added);
    }

    /// `list_extend_alloc` with the length hint given (None: list or tuple).
    pub fn list_extend_alloc_hint(&mut self, r: ObjRef, hint: Option<usize>, added: usize) {
        let (m, no_array) = match self.get(r) {
            Obj::List(l) => (l.items.len(), l.items_addr == 0),
            _ => return,
        };
        match hint {
            None => {
                if added == 0 {
                    return;
                }
                if no_array {
                    self.list_set_allocated(r, (added + 1) & !1);
                } else {
                    self.list_resize_from(r, m, m + added);
                }
            }
            Some(n) => {
                if no_array {
                    if n > 0 {
                        self.list_set_allocated(r, (n + 1) & !1);
                    }
                } else {
                    self.list_resize_from(r, m, m + n);
                }
                let mut size = m;
                for _ in 0..added {
                    let allocated = match self.get(r) {
                        Obj::List(l) => l.allocated,
                        _ => return,
                    };
                    if size >= allocated {
                        self.list_resize_from(r, size, size + 1);
                    }
                    size += 1;
                }
                let allocated = match self.get(r) {
                    Obj::List(l) => l.allocated,
                    _ => return,
                };
                if size < allocated {
                    self.list_resize_from(r, size, size);
                }
            }
        }
    }

    /// list_ass_slice's resize when a slice of `norig` items is replaced by
    /// `n` items (call before the items move): an emptied list is cleared
    /// (its item array freed), else list_resize to the new length.
    pub fn list_ass_slice_alloc(&mut self, r: ObjRef, norig: usize, n: usize) {
        let size = match self.get(r) {
            Obj::List(l) => l.items.len(),
            _ => return,
        };
        let newsize = size + n - norig;
        if newsize == 0 {
            self.list_set_allocated(r, 0);
        } else if newsize != size {
            self.list_resize_from(r, size, newsize);
        }
    }

    /// Sets a list's capacity exactly, as PyList_New(n) and list_preallocate_exact
    /// do (0 frees the item array, as list_clear does).
    pub fn list_set_allocated(&mut self, r: ObjRef, new_alloc: usize) {
        let Obj::List(l) = self.get_mut(r) else { return };
        let old_addr = l.items_addr;
        l.allocated = new_alloc;
        l.items.reserve_exact(new_alloc.saturating_sub(l.items.len()));
        let new_addr = if new_alloc == 0 {
            if old_addr != 0 {
                self.mem.free(old_addr);
            }
            0
        } else if old_addr == 0 {
            self.mem.malloc(new_alloc * 8)
        } else {
            self.mem.realloc(old_addr, new_alloc * 8)
        };
        if let Obj::List(l) = self.get_mut(r) {
            l.items_addr = new_addr;
        }
    }

    /// A list's item array as it was before list.sort emptied the list:
    /// whatever array the list got meanwhile is freed (CPython's
    /// list_sort_impl restores its saved ob_item and allocated).
    pub fn list_restore_storage(&mut self, r: ObjRef, allocated: usize, addr: u64) {
        let Obj::List(l) = self.get_mut(r) else { return };
        let now = std::mem::replace(&mut l.items_addr, addr);
        l.allocated = allocated;
        if now != 0 && now != addr {
            self.mem.free(now);
        }
    }

    /// A list created with items already in it gets an item array of exactly its length.
    fn list_sync_alloc(&mut self, r: ObjRef) {
        if let Obj::List(l) = self.get(r) {
            let n = l.items.len();
            if l.allocated != n || (n > 0 && l.items_addr == 0) {
                self.list_set_allocated(r, n);
            }
        }
    }

    /// Gives a dict the key table it now needs (insertion into a full
    /// table), or a set the table set_add_entry would grow to.
    pub fn dict_prepare_insert(&mut self, r: ObjRef, key_is_str: bool) {
        let resize = match self.get(r) {
            Obj::Dict(d) => d.needs_resize(key_is_str),
            Obj::Set(d) => d.set_needs_resize().map(|l| (l, false)),
            _ => return,
        };
        if let Some((log2, uni)) = resize {
            self.dict_resize_keys(r, log2, uni);
        }
    }

    /// dictresize / set_table_resize: a new table (allocated before the old
    /// one is freed, as CPython does).
    fn dict_resize_keys(&mut self, r: ObjRef, log2: u8, uni: bool) {
        let (size, old) = match self.get_mut(r) {
            Obj::Dict(d) => {
                d.resize(log2, uni);
                (d.keys_size(), d.keys_addr)
            }
            Obj::Set(d) => {
                d.resize(log2, false);
                (d.set_table_size(), d.keys_addr)
            }
            _ => return,
        };
        let new = if size == 0 { 0 } else { self.mem.malloc(size) };
        if old != 0 {
            self.mem.free(old);
        }
        if let Obj::Dict(d) | Obj::Set(d) = self.get_mut(r) {
            d.keys_addr = new;
        }
    }

    /// After a dict was emptied or created with a presized table: sync the simulated key table.
    pub fn dict_sync_keys(&mut self, r: ObjRef) {
        let (want, old) = match self.get(r) {
            Obj::Dict(d) => (d.keys_size(), d.keys_addr),
            Obj::Set(d) => (d.set_table_size(), d.keys_addr),
            _ => return,
        };
        let new = if want == 0 { 0 } else { self.mem.malloc(want) };
        if old != 0 {
            self.mem.free(old);
        }
        if let Obj::Dict(d) | Obj::Set(d) = self.get_mut(r) {
            d.keys_addr = new;
        }
    }

    /// dict_merge's table decisions (Objects/dictobject.c) before the items
    /// of the dict `other` are inserted into the dict `d`: an empty `d` takes
    /// a clone of a clean `other`'s table (keys and values counted, tracking
    /// kept) and the merge is done (true); otherwise, when `other` has more
    /// items than `d`'s table can take, one big resize up front (false: the
    /// caller inserts the items). True also when there is nothing to merge.
    pub fn dict_merge_prepare(&mut self, d: ObjRef, other: ObjRef) -> bool {
        if d == other {
            return true;
        }
        let (o_used, o_clean, o_log2, o_uni) = match self.get(other) {
            Obj::Dict(o) => (o.used, o.used == o.entries.len(), o.log2_size, o.unicode),
            _ => return false,
        };
        if o_used == 0 {
            return true;
        }
        let (d_used, d_log2, d_uni) = match self.get(d) {
            Obj::Dict(x) => (x.used, x.log2_size, x.unicode),
            _ => return false,
        };
        if d_used == 0
            && o_clean
            && (o_log2 == 3 || dict::usable_fraction((1usize << o_log2) / 2) < o_used)
        {
            // clone_combined_dict_keys
            let copy = match self.get(other) {
                Obj::Dict(o) => o.clone_shape(),
                _ => return false,
            };
            for e in copy.iter() {
                self.incref(e.key);
                self.incref(e.value);
            }
            let size = copy.keys_size();
            let new = self.mem.malloc(size);
            let old = match self.get_mut(d) {
                Obj::Dict(x) => {
                    let old = x.keys_addr;
                    **x = copy;
                    x.keys_addr = new;
                    old
                }
                _ => 0,
            };
            if old != 0 {
                self.mem.free(old);
            }
            if self.is_tracked(other) && !self.is_tracked(d) {
                self.gc_track(d);
            }
            return true;
        }
        let size = if d_log2 == 0 { 1 } else { 1usize << d_log2 };
        if dict::usable_fraction(size) < o_used {
            let log2 = dict::estimate_log2_keysize(d_used + o_used);
            self.dict_resize_keys(d, log2, o_uni && d_uni);
        }
        false
    }

    // ----- reference counts ------------------------------------------------

    #[inline(always)]
    pub fn incref(&mut self, r: ObjRef) {
        self.slots[r.idx()].rc += 1;
    }

    /// Drops one reference; true when it was the last (the caller deallocates).
    #[inline(always)]
    pub fn decref_is_zero(&mut self, r: ObjRef) -> bool {
        let s = &mut self.slots[r.idx()];
        s.rc -= 1;
        s.rc == 0
    }

    #[inline(always)]
    pub fn rc(&self, r: ObjRef) -> u32 {
        self.slots[r.idx()].rc
    }

    /// The object's payload; for an instance of a subclass of a built-in
    /// type, the base's payload (a list subclass's instance is a list to
    /// every built-in operation, as in CPython).
    #[inline(always)]
    pub fn get(&self, r: ObjRef) -> &Obj {
        match &self.slots[r.idx()].obj {
            Obj::Sub(s) => &s.value,
            o => o,
        }
    }

    #[inline(always)]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        match &mut self.slots[r.idx()].obj {
            Obj::Sub(s) => &mut s.value,
            o => o,
        }
    }

    /// The object itself, a subclass instance's wrapper included: for what
    /// knows about classes (type(), attributes, the collector, sizes).
    #[inline(always)]
    pub fn get_raw(&self, r: ObjRef) -> &Obj {
        &self.slots[r.idx()].obj
    }

    #[inline(always)]
    pub fn get_raw_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.slots[r.idx()].obj
    }

    /// An instance of a class deriving from a built-in type (`Obj::Sub`)?
    #[inline(always)]
    pub fn is_sub(&self, r: ObjRef) -> bool {
        matches!(self.slots[r.idx()].obj, Obj::Sub(_))
    }

    pub fn flags(&self, r: ObjRef) -> u8 {
        self.slots[r.idx()].flags()
    }

    pub fn set_flag(&mut self, r: ObjRef, f: u8) {
        self.slots[r.idx()].add_flags(f);
    }

    pub fn clear_flag(&mut self, r: ObjRef, f: u8) {
        self.slots[r.idx()].remove_flags(f);
    }

    /// id(): the block address plus the pre-header.
    pub fn id(&self, r: ObjRef) -> u64 {
        let s = &self.slots[r.idx()];
        s.addr() + sizes::preheader(self, &s.obj) as u64
    }

    // ----- small ints, strings ---------------------------------------------

    #[inline(always)]
    pub fn small_int(v: i64) -> ObjRef {
        ObjRef((v - SMALL_INT_MIN) as u32)
    }

    /// A new reference to an int.
    #[inline]
    pub fn int(&mut self, v: i64) -> ObjRef {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            let r = Self::small_int(v);
            self.incref(r);
            r
        } else {
            self.alloc(Obj::Int(v))
        }
    }

    pub fn bigint(&mut self, v: BigInt) -> ObjRef {
        match v.to_i64() {
            Some(i) => self.int(i),
            None => self.alloc(Obj::BigInt(Box::new(v))),
        }
    }

    pub fn float(&mut self, v: f64) -> ObjRef {
        self.new_float(v)
    }

    /// A complex constant made by the compiler; its type object is made
    /// by the runtime before the code runs (`pending_types`).
    pub fn complex_const(&mut self, re: f64, im: f64) -> ObjRef {
        if !self.pending_types.contains(&TypeId::Complex) {
            self.pending_types.push(TypeId::Complex);
        }
        self.alloc(Obj::Complex(Box::new(crate::types::complex::ComplexObj { re, im })))
    }

    #[inline]
    pub fn bool(&mut self, b: bool) -> ObjRef {
        let r = if b { TRUE } else { FALSE };
        self.incref(r);
        r
    }

    #[inline]
    pub fn none(&mut self) -> ObjRef {
        self.incref(NONE);
        NONE
    }

    pub fn set_str_hash(&mut self, r: ObjRef) {
        if let Obj::Str(s) = self.get_mut(r) {
            let h = crate::runtime::pyfmt::str_hash(s.s());
            s.set_hash(h);
        }
    }

    /// A new str object (not interned). One-character latin-1 strings and
    /// the empty string come from their caches, as in CPython.
    pub fn str(&mut self, s: &str) -> ObjRef {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => {
                self.incref(EMPTY_STR);
                EMPTY_STR
            }
            (Some(c), None) if (c as u32) < 256 => self.char(c),
            _ => self.new_str(s),
        }
    }

    /// A str object for a payload built elsewhere (cached when it is empty
    /// or one latin-1 character, as `str`).
    pub fn str_obj(&mut self, s: PyStr) -> ObjRef {
        if s.nchars() <= 1 {
            return self.str(s.s());
        }
        self.alloc(Obj::Str(s))
    }

    /// A new str object that never comes from a cache.
    pub fn new_str(&mut self, s: &str) -> ObjRef {
        self.alloc(Obj::Str(PyStr::new(s)))
    }

    pub fn char(&mut self, c: char) -> ObjRef {
        let i = c as usize;
        if i < 256 {
            let cached = self.char_cache[i];
            if !cached.is_null() {
                self.incref(cached);
                return cached;
            }
            let mut buf = [0u8; 4];
            let r = self.new_str(c.encode_utf8(&mut buf));
            self.slots[r.idx()].add_flags(F_RUNTIME);
            self.incref(r); // the cache's reference
            self.char_cache[i] = r;
            r
        } else {
            let mut buf = [0u8; 4];
            self.new_str(c.encode_utf8(&mut buf))
        }
    }

    /// A bytes object; the empty one is a singleton, as in CPython (created
    /// on first use, one reference held by the runtime).
    pub fn bytes(&mut self, b: &[u8]) -> ObjRef {
        if !b.is_empty() {
            return self.alloc(Obj::Bytes(ThinSlice::new(b)));
        }
        if self.empty_bytes.is_null() {
            let r = self.alloc(Obj::Bytes(ThinSlice::new(&[])));
            self.slots[r.idx()].add_flags(F_RUNTIME);
            self.empty_bytes = r;
        }
        self.incref(self.empty_bytes);
        self.empty_bytes
    }

    /// The cached one-character strings (references held by the cache).
    pub fn char_cache_refs(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.char_cache.iter().copied().filter(|r| !r.is_null())
    }

    /// An interned str (sys.intern, names, identifier-like constants).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if s.is_empty() {
            self.incref(EMPTY_STR);
            return EMPTY_STR;
        }
        if let Some(&r) = self.interned.get(s) {
            self.incref(r);
            return r;
        }
        let r = self.str(s);
        self.set_str_hash(r);
        if self.slots[r.idx()].flags() & F_RUNTIME == 0 {
            self.slots[r.idx()].add_flags(F_INTERNED);
            self.interned.insert(s.into(), r);
        }
        r
    }

    /// Interns an existing str object: returns a new reference to the
    /// canonical one (sys.intern).
    pub fn intern_obj(&mut self, r: ObjRef) -> ObjRef {
        let s = match self.get(r) {
            Obj::Str(s) => Box::<str>::from(s.s()),
            _ => {
                self.incref(r);
                return r;
            }
        };
        if let Some(&c) = self.interned.get(&s) {
            self.incref(c);
            return c;
        }
        self.set_str_hash(r);
        if self.slots[r.idx()].flags() & F_RUNTIME == 0 && r != EMPTY_STR {
            self.slots[r.idx()].add_flags(F_INTERNED);
            self.interned.insert(s, r);
        }
        self.incref(r);
        r
    }

    #[inline]
    pub fn as_str(&self, r: ObjRef) -> Option<&str> {
        match self.get(r) {
            Obj::Str(s) => Some(s.s()),
            _ => None,
        }
    }

    pub fn tuple(&mut self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            self.incref(EMPTY_TUPLE);
            return EMPTY_TUPLE;
        }
        self.alloc(Obj::Tuple(items.into()))
    }

    pub fn list(&mut self, items: Vec<ObjRef>) -> ObjRef {
        self.alloc(Obj::List(Box::new(ListObj { items: list_items_of(&items), allocated: 0, items_addr: 0 })))
    }

    pub fn is_live(&self, r: ObjRef) -> bool {
        r.idx() < self.slots.len() && !matches!(self.slots[r.idx()].obj, Obj::Free)
    }

    /// Every live object (for the audit, gc.get_objects, :heap).
    pub fn live_objects(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| !matches!(s.obj, Obj::Free))
            .map(|(i, _)| ObjRef(i as u32))
    }
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

#[cfg(test)]
mod layout_tests {
    /// Every object costs a slot; keep it small (MODEL §3: glasspy's own
    /// memory must stay compact). Growing `Obj` or `Slot` is a decision, not
    /// an accident.
    #[test]
    fn slots_stay_compact() {
        assert_eq!(std::mem::size_of::<super::Obj>(), 16);
        assert_eq!(std::mem::size_of::<super::Slot>(), 32);
        // An empty list: its slot plus one 24-byte malloc (a 32-byte chunk),
        // 64 bytes in all, as CPython's 56-byte list plus the gc header.
        assert_eq!(std::mem::size_of::<super::ListObj>(), 24);
    }

    /// The packed fields of a slot keep every value they are given.
    #[test]
    fn slot_fields_round_trip() {
        use super::*;
        let mut s = Slot::new(Obj::None, obmalloc::ARENA_BASE + 0x12_3450);
        assert_eq!(s.addr(), obmalloc::ARENA_BASE + 0x12_3450);
        assert_eq!((s.gc_prev(), s.gc_next(), s.flags(), s.gen()), (u32::MAX, u32::MAX, 0, 0));
        s.set_gc_prev(123_456_789);
        s.set_gc_next(7);
        s.set_flags(F_TRACKED | F_STATIC);
        s.set_gen(5);
        assert_eq!((s.gc_prev(), s.gc_next(), s.flags(), s.gen()), (123_456_789, 7, F_TRACKED | F_STATIC, 5));
        s.remove_flags(F_TRACKED);
        s.set_gc_next(u32::MAX);
        assert_eq!((s.gc_prev(), s.gc_next(), s.flags(), s.gen()), (123_456_789, u32::MAX, F_STATIC, 5));
        s.set_gc_prev(GC_REFS_MAX);
        assert_eq!(s.gc_prev(), GC_REFS_MAX);
        for a in [obmalloc::SYSTEM_BASE + 16, STATIC_BASE + 0x40, obmalloc::ARENA_BASE + (1 << 33)] {
            assert_eq!(Slot::new(Obj::None, a).addr(), a);
        }
    }
}
