//! A simulation of CPython 3.11's small-object allocator (Objects/obmalloc.c).
//!
//! # The layers
//!
//! ```text
//!     Object-specific allocators    float, list, dict, tuple free lists
//!     ______________________________       (heap/mod.rs, in front of us)
//!     Python's object allocator     THIS MODULE: arenas, pools, blocks
//!     ______________________________       for requests of 1..=512 bytes
//!     "System malloc"               everything bigger (and 0-byte requests)
//!     ______________________________
//!     Virtual memory (mmap)         arenas come from here in CPython
//! ```
//!
//! A request is rounded up to its *size class*: a multiple of `ALIGNMENT`
//! (16 bytes), so 1..=16 bytes is class 0, 17..=32 class 1, ..., 497..=512
//! class 31. Blocks of one class are carved out of a *pool*, one 16 KiB
//! page-like unit holding blocks of a single class behind a 48-byte header.
//! Pools are carved out of *arenas*, 1 MiB each (64 pools).
//!
//! # The constants, and why
//!
//! * `ALIGNMENT = 16`: the strictest alignment a C type needs on x86-64
//!   (long double, SSE); it is also the granularity of the size classes, so
//!   `sys.getsizeof` 28 (an int) takes a 32-byte block.
//! * `SMALL_REQUEST_THRESHOLD = 512`: above this, blocks are rare and big
//!   enough that malloc's per-chunk overhead no longer matters.
//! * `POOL_SIZE = 16 KiB` (`POOL_BITS` 14): 3.11's value; big enough to hold
//!   31 blocks of the largest class, small enough that an empty pool can go
//!   back to its arena quickly. `POOL_OVERHEAD = 48` is the pool header
//!   rounded up to `ALIGNMENT`.
//! * `ARENA_SIZE = 1 MiB` (`ARENA_BITS` 20): arenas are mmapped, so they are
//!   large; 3.11 uses 1 MiB with the radix tree that answers "does this
//!   address belong to an arena?" (`address_in_range`).
//! * `INITIAL_ARENA_OBJECTS = 16`: the `arenas` vector of arena_objects
//!   starts with 16 and doubles.
//!
//! # Pool states
//!
//! A pool is in exactly one of three states:
//!
//! * **used**: some blocks allocated, some available. It is linked into
//!   `usedpools[class]`, a circular doubly-linked list, and a malloc of that
//!   class takes the first block of the first pool there.
//! * **full**: every block allocated. It is in no list (nothing can be taken
//!   from it).
//! * **empty**: no block allocated. It is on its arena's `freepools`
//!   (singly linked) and can be reused for *any* class.
//!
//! Transitions: *empty → used* when malloc finds `usedpools[class]` empty and
//! takes a pool from the first usable arena (`allocate_from_new_pool`; if the
//! pool last held the same class its free list is reused as is, otherwise it
//! is reinitialised); *used → full* when its last available block is handed
//! out (`pymalloc_pool_extend` unlinks it); *full → used* when one block is
//! freed: the pool goes to the *front* of `usedpools[class]`
//! (`insert_to_usedpool`), so the next malloc of that class reuses the block
//! just freed; *used → empty* when its last block is freed
//! (`insert_to_freepool`).
//!
//! Inside a pool, blocks are handed out from `freeblock`, a LIFO list of freed
//! blocks (the last freed is the next returned: `id([]) == id([])`); when it
//! runs dry, the next never-used block is carved at `nextoffset`, in
//! ascending address order, until `maxnextoffset`.
//!
//! Arenas with an available pool are on `usable_arenas`, kept sorted by
//! ascending `nfreepools` so that allocations fill the fullest arenas first
//! and the emptiest ones get a chance to become entirely free; `nfp2lasta`
//! makes keeping that order O(1). An arena whose pools are all empty is
//! released (its arena_object goes to `unused_arena_objects`), except when it
//! is the last one on `usable_arenas` (bpo-37257: avoids thrashing when a
//! program allocates and frees one arena's worth in a loop).
//!
//! # Simulated addresses, real memory
//!
//! No memory is handed out here: `malloc` returns a *simulated* address,
//! computed with the same arithmetic and the same data structures as
//! pymalloc, so that `id()` values, their reuse pattern and
//! `sys._debugmallocstats()` come out as CPython's would (with deterministic
//! arena addresses instead of mmap's, so every run prints the same ids).
//!
//! The objects themselves live next to this simulation, in the heap's
//! compact store (heap/mod.rs): one 32-byte slot per object (count, packed
//! address and gc links, and a one-word payload) plus, for variable-sized
//! objects, one Rust allocation. That is a design decision: putting the
//! objects *in* simulated pools would mean laying out every object type by
//! hand in raw bytes, giving up Rust's typed payloads (and the audit's
//! ability to walk them) for no gain in fidelity, since ids and statistics
//! already come out exact. The cost to check is real memory, and the store
//! is as small as CPython's objects where it matters:
//!
//! | object            | CPython block          | glasspy real memory          |
//! |-------------------|------------------------|------------------------------|
//! | int (machine)     | 32                     | 32 (slot)                    |
//! | float             | 32                     | 32 (slot)                    |
//! | empty list        | 64 (56 + 8 padding)    | 64 (slot + 24-byte malloc)   |
//! | 2-tuple           | 64                     | 64 (slot + 16-byte malloc)   |
//! | str, n ASCII chars| round16(49 + n)        | 32 + malloc(16 + n)          |
//!
//! The simulation's own bookkeeping is small: a pool header (24 bytes), one
//! bit per 16 simulated bytes (`allocbits`), and the free lists below.
//!
//! Layout of the simulated address space:
//!
//! * arena `k` (the k-th arena_object slot, in the order CPython creates and
//!   reuses them) lives at `ARENA_BASE + k * ARENA_SIZE`; arenas are therefore
//!   pool-aligned and hold 64 pools (no "bytes lost to arena alignment");
//! * pool `j` of arena `k` is at `arena + j * POOL_SIZE`; its first block at
//!   `pool + POOL_OVERHEAD`;
//! * requests of 0 bytes or more than 512 bytes go to a deterministic
//!   "system malloc" region at `SYSTEM_BASE` (first-fit over a coalescing free
//!   list plus a bump pointer, roughly glibc-shaped: a 16-byte chunk header,
//!   chunks rounded to 16 bytes, 32 bytes minimum).
//!
//! The names follow obmalloc.c: `usedpools`, `freeblock`, `nextoffset`,
//! `maxnextoffset`, `usable_arenas`, `nfreepools`, `ntotalpools`, `nfp2lasta`,
//! `unused_arena_objects`, `pool_address` (kept as a count of carved pools),
//! `insert_to_usedpool`, `insert_to_freepool`, `allocate_from_new_pool`, ...
//!
//! Where CPython keeps the free-list "next" pointer in the first word of the
//! free block itself, we keep the list's head in the pool header
//! (`freeblock`, as CPython) and the rest of the list in `freelinks`, one
//! stack of block offsets per pool: pushing on free and popping on malloc is
//! exactly the LIFO order of the linked list, and the memory it takes is
//! proportional to the free blocks, not to the arena space.  (A side table
//! with a link for every 16 bytes of every pool costs an eighth of the
//! simulated heap: 8 MB of real memory for 64 MB of strings.)  One bit per
//! 16-byte unit, `allocbits`, marks the blocks handed out, which makes double
//! frees and frees of foreign addresses detectable in O(1).
//!
//! Self-contained: std only.

#![allow(clippy::manual_div_ceil, clippy::manual_is_multiple_of)]

use std::collections::{BTreeMap, HashMap};

/* ---------------------------------------------------------------------- */
/* Tunables, as in obmalloc.c for a 64-bit build with the radix tree.     */

pub const ALIGNMENT: usize = 16;
pub const ALIGNMENT_SHIFT: u32 = 4;
pub const SMALL_REQUEST_THRESHOLD: usize = 512;
pub const NB_SMALL_SIZE_CLASSES: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
pub const POOL_BITS: u32 = 14;
pub const POOL_SIZE: usize = 1 << POOL_BITS;
const POOL_SIZE_MASK: u64 = POOL_SIZE as u64 - 1;
pub const ARENA_BITS: u32 = 20;
pub const ARENA_SIZE: usize = 1 << ARENA_BITS;
pub const MAX_POOLS_IN_ARENA: usize = ARENA_SIZE / POOL_SIZE;
/// `_Py_SIZE_ROUND_UP(sizeof(struct pool_header), ALIGNMENT)`: 48 on 64-bit.
pub const POOL_OVERHEAD: usize = 48;
const DUMMY_SIZE_IDX: u16 = 0xffff;
const INITIAL_ARENA_OBJECTS: usize = 16;

/// Simulated address of arena_object slot 0's arena (looks like an mmap address).
pub const ARENA_BASE: u64 = 0x7f00_0000_0000;
/// Simulated start of the "system malloc" heap (looks like a glibc brk heap).
pub const SYSTEM_BASE: u64 = 0x5600_0000_0000;

const NIL: u32 = u32::MAX;
/// Words of `allocbits` per pool (one bit per 16-byte unit).
const ALLOC_WORDS_PER_POOL: usize = POOL_SIZE / ALIGNMENT / 64;
/// A free-list link of NULL (offset 0 is inside the pool header, never a block).
const LINK_NULL: u16 = 0;

/// Size of the blocks in size class `i` (INDEX2SIZE).
#[inline(always)]
pub const fn index2size(i: usize) -> usize {
    (i + 1) << ALIGNMENT_SHIFT
}

/// Number of blocks in a pool of size class `i` (NUMBLOCKS).
#[inline(always)]
pub const fn numblocks(i: usize) -> usize {
    (POOL_SIZE - POOL_OVERHEAD) / index2size(i)
}

/* ---------------------------------------------------------------------- */
/* Radix tree geometry (only its node counts are observable, in the stats). */

const INTERIOR_BITS: u32 = (64 - ARENA_BITS + 2) / 3; // 15
const MAP_BOT_BITS: u32 = 64 - ARENA_BITS - 2 * INTERIOR_BITS; // 14
const MAP_MID_SHIFT: u32 = MAP_BOT_BITS + ARENA_BITS; // 34
const MAP_TOP_SHIFT: u32 = INTERIOR_BITS + MAP_MID_SHIFT; // 49
const ARENA_MAP_ROOT_BYTES: usize = (1 << INTERIOR_BITS) * 8; // 262,144
const ARENA_MAP_MID_BYTES: usize = (1 << INTERIOR_BITS) * 8; // 262,144
const ARENA_MAP_BOT_BYTES: usize = (1 << MAP_BOT_BITS) * 8; // 131,072

/* ---------------------------------------------------------------------- */

/// `struct pool_header`.  Nodes `0..NB_SMALL_SIZE_CLASSES` of `Obmalloc::pools`
/// are the `usedpools[i]` list heads (only `nextpool`/`prevpool` are used, just
/// as obmalloc.c's fudged headers); real pool with global index `g` (arena
/// slot * 64 + pool index) is node `NB_SMALL_SIZE_CLASSES + g`.
#[derive(Clone, Copy, Debug)]
struct PoolHeader {
    /// `ref.count`: number of allocated blocks.
    count: u32,
    /// Pool's free list head: offset of the first free block, `LINK_NULL` if none.
    freeblock: u16,
    /// Bytes to the virgin block.
    nextoffset: u16,
    /// Largest valid nextoffset.
    maxnextoffset: u16,
    /// Block size class index (`DUMMY_SIZE_IDX` for a freshly carved pool).
    szidx: u16,
    /// Next pool of this size class (or next pool in the arena's freepools).
    nextpool: u32,
    /// Previous pool of this size class.
    prevpool: u32,
}

impl PoolHeader {
    const EMPTY: PoolHeader = PoolHeader {
        count: 0,
        freeblock: LINK_NULL,
        nextoffset: 0,
        maxnextoffset: 0,
        szidx: DUMMY_SIZE_IDX,
        nextpool: NIL,
        prevpool: NIL,
    };
}

/// `struct arena_object`.
#[derive(Clone, Copy, Debug)]
struct ArenaObject {
    /// The address of the arena; 0 if this arena_object has no arena.
    address: u64,
    /// `pool_address`, as the number of pools already carved off the arena.
    ncarved: u32,
    /// Number of available pools: free pools + never-allocated pools.
    nfreepools: u32,
    /// Total number of pools in the arena.
    ntotalpools: u32,
    /// Singly-linked list of free pools (node ids), linked via `nextpool`.
    freepools: u32,
    nextarena: u32,
    prevarena: u32,
}

impl ArenaObject {
    const UNUSED: ArenaObject = ArenaObject {
        address: 0,
        ncarved: 0,
        nfreepools: 0,
        ntotalpools: 0,
        freepools: NIL,
        nextarena: NIL,
        prevarena: NIL,
    };
}

/// Index of pool `node` in the per-pool tables (`freelinks`).
#[inline(always)]
fn pool_index(node: u32) -> usize {
    node as usize - NB_SMALL_SIZE_CLASSES
}

/// Word and bit of `allocbits` for the block at `off` in pool `node`.
#[inline(always)]
fn alloc_bit(node: u32, off: u16) -> (usize, u64) {
    let unit = off as usize >> ALIGNMENT_SHIFT;
    (pool_index(node) * ALLOC_WORDS_PER_POOL + unit / 64, 1u64 << (unit % 64))
}

#[inline(always)]
fn block_address(node: u32, off: u16) -> u64 {
    ARENA_BASE + (((node as usize - NB_SMALL_SIZE_CLASSES) as u64) << POOL_BITS) + off as u64
}

/* ---------------------------------------------------------------------- */
/* The simulated system malloc.                                             */

/// glibc-shaped chunk header: the user address is the chunk start + 16.
const SYS_HEADER: u64 = 16;
const SYS_MIN_CHUNK: u64 = 32;

#[derive(Debug, Default)]
struct SystemMalloc {
    /// First address never handed out (the "top chunk").
    top: u64,
    /// Free chunks: start -> length; coalesced, none touching `top`.
    free: BTreeMap<u64, u64>,
    /// Live blocks: user address -> (requested bytes, chunk length).
    live: HashMap<u64, (usize, u64)>,
}

impl SystemMalloc {
    fn new() -> SystemMalloc {
        SystemMalloc { top: SYSTEM_BASE, free: BTreeMap::new(), live: HashMap::new() }
    }

    fn chunk_len(nbytes: usize) -> u64 {
        let n = (nbytes as u64 + 15) & !15;
        (n + SYS_HEADER).max(SYS_MIN_CHUNK)
    }

    /// Take `need` bytes: first fit in address order, else from the top.
    fn take(&mut self, need: u64) -> (u64, u64) {
        let mut found = None;
        for (&start, &len) in self.free.iter() {
            if len >= need {
                found = Some((start, len));
                break;
            }
        }
        if let Some((start, len)) = found {
            self.free.remove(&start);
            if len - need >= SYS_MIN_CHUNK {
                self.free.insert(start + need, len - need);
                (start, need)
            } else {
                (start, len)
            }
        } else {
            let start = self.top;
            self.top += need;
            (start, need)
        }
    }

    /// Return the chunk `[start, start+len)`, coalescing with its neighbours.
    fn give_back(&mut self, mut start: u64, mut len: u64) {
        if let Some((&pstart, &plen)) = self.free.range(..start).next_back() {
            if pstart + plen == start {
                self.free.remove(&pstart);
                start = pstart;
                len += plen;
            }
        }
        if let Some(nlen) = self.free.remove(&(start + len)) {
            len += nlen;
        }
        if start + len == self.top {
            self.top = start;
        } else {
            self.free.insert(start, len);
        }
    }

    fn malloc(&mut self, nbytes: usize) -> u64 {
        let (start, len) = self.take(Self::chunk_len(nbytes));
        let addr = start + SYS_HEADER;
        self.live.insert(addr, (nbytes, len));
        addr
    }

    fn free(&mut self, addr: u64) -> bool {
        match self.live.remove(&addr) {
            Some((_, len)) => {
                self.give_back(addr - SYS_HEADER, len);
                true
            }
            None => false,
        }
    }

    /// realloc(): in place when the chunk already fits (splitting off a tail
    /// of at least the minimum chunk size) or when it can grow into a free
    /// neighbour or the top; else malloc + free.
    fn realloc(&mut self, addr: u64, nbytes: usize) -> Option<u64> {
        let (_, len) = *self.live.get(&addr)?;
        let start = addr - SYS_HEADER;
        let need = Self::chunk_len(nbytes);
        if need <= len {
            if len - need >= SYS_MIN_CHUNK {
                self.give_back(start + need, len - need);
                self.live.insert(addr, (nbytes, need));
            } else {
                self.live.insert(addr, (nbytes, len));
            }
            return Some(addr);
        }
        let end = start + len;
        if end == self.top {
            self.top = start + need;
            self.live.insert(addr, (nbytes, need));
            return Some(addr);
        }
        if let Some(&nlen) = self.free.get(&end) {
            if len + nlen >= need {
                self.free.remove(&end);
                let total = len + nlen;
                if total - need >= SYS_MIN_CHUNK {
                    self.give_back(start + need, total - need);
                    self.live.insert(addr, (nbytes, need));
                } else {
                    self.live.insert(addr, (nbytes, total));
                }
                return Some(addr);
            }
        }
        let new = self.malloc(nbytes);
        self.free(addr);
        Some(new)
    }
}

/* ---------------------------------------------------------------------- */

/// A pool as the viewers show it (`Obmalloc::pool_view`).
#[derive(Clone, Debug)]
pub struct PoolView {
    pub arena: usize,
    /// Index in its arena (0..64).
    pub index: usize,
    pub address: u64,
    /// Its size class (None: carved, never used).
    pub szidx: Option<usize>,
    /// Blocks in use.
    pub count: usize,
    /// Blocks it holds (NUMBLOCKS of its class).
    pub capacity: usize,
    pub state: PoolState,
    /// The head of `usedpools[class]`: the next allocation of its class comes from here.
    pub next_for_class: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolState {
    Used,
    Full,
    Empty,
}

/// An arena as the viewers show it (`Obmalloc::arena_map`).
#[derive(Clone, Debug)]
pub struct ArenaView {
    pub slot: usize,
    pub address: u64,
    pub nfreepools: usize,
    pub ntotalpools: usize,
    pub ncarved: usize,
    /// The last arena of `usable_arenas`: kept even when all its pools are empty.
    pub last_usable: bool,
    pub pools: Vec<PoolView>,
}

/// The allocator state: obmalloc.c's globals.
pub struct Obmalloc {
    /// `usedpools` heads (nodes `0..NB_SMALL_SIZE_CLASSES`) followed by the
    /// pool headers of every arena_object slot (64 per slot).
    pools: Vec<PoolHeader>,
    /// Each pool's free list after its head (`freeblock`): the next free
    /// block is on top.
    freelinks: Vec<Vec<u16>>,
    /// One bit per 16-byte unit of every pool: set while a block starting
    /// there is allocated.
    allocbits: Vec<u64>,
    /// `arenas`: `maxarenas == arenas.len()`.
    arenas: Vec<ArenaObject>,
    /// Head of the singly-linked list of arena_objects with no arena.
    unused_arena_objects: u32,
    /// Head of the doubly-linked list of arenas with available pools, sorted
    /// by ascending `nfreepools`.
    usable_arenas: u32,
    /// `nfp2lasta[nfp]`: the last arena in `usable_arenas` with nfp free pools.
    nfp2lasta: [u32; MAX_POOLS_IN_ARENA + 1],
    narenas_currently_allocated: usize,
    ntimes_arena_allocated: usize,
    narenas_highwater: usize,
    /// Sum of all pools' `ref.count`.
    pool_allocated_blocks: usize,
    /// Radix-tree nodes created so far (they are never freed in CPython).
    arena_map_mid_nodes: Vec<u64>,
    arena_map_bot_nodes: Vec<u64>,
    sys: SystemMalloc,
    /// `tracemalloc`'s record while it traces (`trace.rs`); None: not
    /// tracing, and the only cost is the test of this field.
    pub trace: Option<Box<super::trace::Tracer>>,
}

impl Default for Obmalloc {
    fn default() -> Self {
        Obmalloc::new()
    }
}

impl Obmalloc {
    pub fn new() -> Obmalloc {
        let mut pools = Vec::with_capacity(NB_SMALL_SIZE_CLASSES);
        for i in 0..NB_SMALL_SIZE_CLASSES as u32 {
            // An empty headed circular list: the head points at itself.
            pools.push(PoolHeader { nextpool: i, prevpool: i, ..PoolHeader::EMPTY });
        }
        Obmalloc {
            pools,
            freelinks: Vec::new(),
            allocbits: Vec::new(),
            arenas: Vec::new(),
            unused_arena_objects: NIL,
            usable_arenas: NIL,
            nfp2lasta: [NIL; MAX_POOLS_IN_ARENA + 1],
            narenas_currently_allocated: 0,
            ntimes_arena_allocated: 0,
            narenas_highwater: 0,
            pool_allocated_blocks: 0,
            arena_map_mid_nodes: Vec::new(),
            arena_map_bot_nodes: Vec::new(),
            sys: SystemMalloc::new(),
            trace: None,
        }
    }

    /* ----------------------------- malloc ----------------------------- */

    /// PyObject_Malloc.  1..=512 bytes come from pools; 0 and >512 bytes from
    /// the system region.  Always 16-byte aligned.
    #[inline]
    pub fn malloc(&mut self, nbytes: usize) -> u64 {
        let a = self.malloc_untraced(nbytes);
        if let Some(t) = &mut self.trace {
            t.alloc(a, nbytes);
        }
        a
    }

    #[inline]
    fn malloc_untraced(&mut self, nbytes: usize) -> u64 {
        if nbytes.wrapping_sub(1) < SMALL_REQUEST_THRESHOLD {
            self.pymalloc_alloc(nbytes)
        } else {
            self.sys.malloc(nbytes)
        }
    }

    /// pymalloc_alloc for 1 <= nbytes <= SMALL_REQUEST_THRESHOLD.
    #[inline]
    fn pymalloc_alloc(&mut self, nbytes: usize) -> u64 {
        let size = (nbytes - 1) >> ALIGNMENT_SHIFT;
        let pool = self.pools[size].nextpool; // usedpools[size + size]
        self.pool_allocated_blocks += 1;
        if pool != size as u32 {
            // There is a used pool for this size class: pick up the head
            // block of its free list.
            let p = &mut self.pools[pool as usize];
            p.count += 1;
            let bp = p.freeblock;
            debug_assert!(bp != LINK_NULL);
            let next = self.freelinks[pool_index(pool)].pop().unwrap_or(LINK_NULL);
            p.freeblock = next;
            self.mark_allocated(pool, bp);
            if next == LINK_NULL {
                // Reached the end of the free list, try to extend it.
                self.pymalloc_pool_extend(pool, size);
            }
            block_address(pool, bp)
        } else {
            let (pool, bp) = self.allocate_from_new_pool(size);
            self.mark_allocated(pool, bp);
            block_address(pool, bp)
        }
    }

    /// Called when a pool's free list is exhausted: extend it with the next
    /// virgin block if there is one, else unlink the (now full) pool.
    #[inline]
    fn pymalloc_pool_extend(&mut self, pool: u32, size: usize) {
        let p = &mut self.pools[pool as usize];
        if p.nextoffset <= p.maxnextoffset {
            // There is room for another block.
            let fb = p.nextoffset;
            p.freeblock = fb;
            p.nextoffset += index2size(size) as u16;
            debug_assert!(self.freelinks[pool_index(pool)].is_empty());
            return;
        }
        // Pool is full, unlink from used pools.
        let next = p.nextpool;
        let prev = p.prevpool;
        self.pools[next as usize].prevpool = prev;
        self.pools[prev as usize].nextpool = next;
    }

    /// There is no used pool of the right size class: take an empty pool
    /// from the head of `usable_arenas` (allocating a new arena if needed).
    /// Returns (pool node, block offset).
    #[cold]
    fn allocate_from_new_pool(&mut self, size: usize) -> (u32, u16) {
        if self.usable_arenas == NIL {
            // No arena has a free pool: allocate a new arena.
            let ao = self.new_arena();
            self.usable_arenas = ao;
            let a = &mut self.arenas[ao as usize];
            a.nextarena = NIL;
            a.prevarena = NIL;
            let nf = a.nfreepools as usize;
            debug_assert!(self.nfp2lasta[nf] == NIL);
            self.nfp2lasta[nf] = ao;
        }
        let ua = self.usable_arenas;
        debug_assert!(self.arenas[ua as usize].address != 0);

        // This arena already had the smallest nfreepools value, so
        // decreasing nfreepools doesn't change that; but if the arena becomes
        // wholly allocated it leaves usable_arenas.
        let nf = self.arenas[ua as usize].nfreepools as usize;
        debug_assert!(nf > 0);
        if self.nfp2lasta[nf] == ua {
            // It's the last of this size, so there won't be any.
            self.nfp2lasta[nf] = NIL;
        }
        // If any free pools will remain, it will be the new smallest.
        if nf > 1 {
            debug_assert!(self.nfp2lasta[nf - 1] == NIL);
            self.nfp2lasta[nf - 1] = ua;
        }

        let pool;
        let a = &mut self.arenas[ua as usize];
        if a.freepools != NIL {
            // Try to get a cached free pool: unlink from cached pools.
            pool = a.freepools;
            a.freepools = self.pools[pool as usize].nextpool;
            a.nfreepools -= 1;
        } else {
            // Carve off a new pool.
            debug_assert!((a.ncarved as usize) < MAX_POOLS_IN_ARENA);
            pool = (NB_SMALL_SIZE_CLASSES + ua as usize * MAX_POOLS_IN_ARENA + a.ncarved as usize) as u32;
            a.ncarved += 1;
            a.nfreepools -= 1;
            self.pools[pool as usize].szidx = DUMMY_SIZE_IDX;
        }
        if a.nfreepools == 0 {
            // Wholly allocated: remove from usable_arenas.
            debug_assert!(a.freepools == NIL);
            let next = a.nextarena;
            self.usable_arenas = next;
            if next != NIL {
                self.arenas[next as usize].prevarena = NIL;
            }
        }

        // Frontlink to used pools (the list is empty: next == the head).
        let next = self.pools[size].nextpool;
        debug_assert!(next == size as u32);
        self.pools[next as usize].nextpool = pool;
        self.pools[next as usize].prevpool = pool;
        let p = &mut self.pools[pool as usize];
        p.nextpool = next;
        p.prevpool = next;
        p.count = 1;
        if p.szidx as usize == size {
            // This pool last contained blocks of the same size class, so its
            // header and free list are already initialized.
            let bp = p.freeblock;
            debug_assert!(bp != LINK_NULL);
            p.freeblock = self.freelinks[pool_index(pool)].pop().unwrap_or(LINK_NULL);
            return (pool, bp);
        }
        // Initialize the pool header, set up the free list to contain just
        // the second block, and return the first block.
        let sz = index2size(size);
        p.szidx = size as u16;
        let bp = POOL_OVERHEAD as u16;
        p.nextoffset = (POOL_OVERHEAD + 2 * sz) as u16;
        p.maxnextoffset = (POOL_SIZE - sz) as u16;
        p.freeblock = (POOL_OVERHEAD + sz) as u16;
        // Whatever free list the pool had for another size class is void.
        self.freelinks[pool_index(pool)].clear();
        (pool, bp)
    }

    /// new_arena(): take an arena_object off `unused_arena_objects` (growing
    /// the `arenas` vector by doubling if there is none) and give it an arena.
    fn new_arena(&mut self) -> u32 {
        if self.unused_arena_objects == NIL {
            let maxarenas = self.arenas.len();
            let numarenas = if maxarenas == 0 { INITIAL_ARENA_OBJECTS } else { maxarenas << 1 };
            debug_assert!(self.usable_arenas == NIL);
            self.arenas.resize(numarenas, ArenaObject::UNUSED);
            for i in maxarenas..numarenas {
                self.arenas[i].nextarena = if i < numarenas - 1 { (i + 1) as u32 } else { NIL };
            }
            self.unused_arena_objects = maxarenas as u32;
            self.pools.resize(NB_SMALL_SIZE_CLASSES + numarenas * MAX_POOLS_IN_ARENA, PoolHeader::EMPTY);
            self.freelinks.resize_with(numarenas * MAX_POOLS_IN_ARENA, Vec::new);
            self.allocbits.resize(numarenas * MAX_POOLS_IN_ARENA * ALLOC_WORDS_PER_POOL, 0);
        }
        // Take the next available arena object off the head of the list.
        let ao = self.unused_arena_objects;
        let a = &mut self.arenas[ao as usize];
        self.unused_arena_objects = a.nextarena;
        debug_assert!(a.address == 0);
        let address = ARENA_BASE + ao as u64 * ARENA_SIZE as u64;
        a.address = address;
        // arena_map_mark_used(): interior radix-tree nodes are created once.
        let mid_key = address >> MAP_TOP_SHIFT;
        if !self.arena_map_mid_nodes.contains(&mid_key) {
            self.arena_map_mid_nodes.push(mid_key);
        }
        let bot_key = address >> MAP_MID_SHIFT;
        if !self.arena_map_bot_nodes.contains(&bot_key) {
            self.arena_map_bot_nodes.push(bot_key);
        }
        self.narenas_currently_allocated += 1;
        self.ntimes_arena_allocated += 1;
        if self.narenas_currently_allocated > self.narenas_highwater {
            self.narenas_highwater = self.narenas_currently_allocated;
        }
        a.freepools = NIL;
        // Our arenas are pool-aligned: no pool is lost to alignment.
        a.ncarved = 0;
        a.nfreepools = MAX_POOLS_IN_ARENA as u32;
        a.ntotalpools = a.nfreepools;
        ao
    }

    #[inline(always)]
    fn mark_allocated(&mut self, node: u32, off: u16) {
        let (w, b) = alloc_bit(node, off);
        self.allocbits[w] |= b;
    }

    #[inline(always)]
    fn is_marked(&self, node: u32, off: u16) -> bool {
        let (w, b) = alloc_bit(node, off);
        self.allocbits[w] & b != 0
    }

    /* ------------------------------ free ------------------------------ */

    /// PyObject_Free.  `free(0)` does nothing.  Freeing an address that is
    /// not currently allocated is a caller bug: debug_assert, ignored in
    /// release builds.
    #[inline]
    pub fn free(&mut self, addr: u64) {
        if let Some(t) = &mut self.trace {
            t.free(addr);
        }
        self.free_untraced(addr)
    }

    #[inline]
    fn free_untraced(&mut self, addr: u64) {
        if addr == 0 {
            return;
        }
        if !self.pymalloc_free(addr) {
            let ok = self.sys.free(addr);
            debug_assert!(ok, "obmalloc: free of unknown address {addr:#x}");
        }
    }

    /// If `p` lies in an allocated arena, the pool node and block offset of
    /// the *allocated* block at `p`.  Err(()) for an arena address that is
    /// not an allocated block; Ok(None) for an address outside the arenas.
    #[inline]
    fn pool_block(&self, p: u64) -> Result<Option<(u32, u16)>, ()> {
        let rel = p.wrapping_sub(ARENA_BASE);
        let ai = (rel >> ARENA_BITS) as usize;
        // address_in_range()
        let Some(a) = self.arenas.get(ai) else { return Ok(None) };
        if a.address == 0 {
            return Ok(None);
        }
        let pi = ((rel >> POOL_BITS) as usize) & (MAX_POOLS_IN_ARENA - 1);
        if pi >= a.ncarved as usize {
            return Err(());
        }
        let node = (NB_SMALL_SIZE_CLASSES + (rel >> POOL_BITS) as usize) as u32;
        let off = (rel & POOL_SIZE_MASK) as u16;
        let ph = &self.pools[node as usize];
        // A bit is set only at the start of a block handed out, so it alone
        // rejects addresses inside blocks, free blocks and the header.
        if ph.count == 0 || (off as usize) < POOL_OVERHEAD || !self.is_marked(node, off) {
            return Err(());
        }
        Ok(Some((node, off)))
    }

    /// pymalloc_free: true if `p` belongs to pymalloc (handled here).
    #[inline]
    fn pymalloc_free(&mut self, p: u64) -> bool {
        let (pool, off) = match self.pool_block(p) {
            Ok(Some(x)) => x,
            Ok(None) => return false,
            Err(()) => {
                debug_assert!(false, "obmalloc: free of unallocated pool address {p:#x}");
                return true;
            }
        };
        let (w, bit) = alloc_bit(pool, off);
        self.allocbits[w] &= !bit;
        // Link p to the start of the pool's freeblock list.
        let ph = &mut self.pools[pool as usize];
        let lastfree = ph.freeblock;
        if lastfree != LINK_NULL {
            self.freelinks[pool_index(pool)].push(lastfree);
        }
        ph.freeblock = off;
        ph.count -= 1;
        self.pool_allocated_blocks -= 1;

        if lastfree == LINK_NULL {
            // Pool was full, so doesn't currently live in any list: link it
            // to the front of the appropriate usedpools[] list.
            self.insert_to_usedpool(pool);
            return true;
        }
        if ph.count != 0 {
            // Pool isn't empty: leave it in usedpools.
            return true;
        }
        // Pool is now empty: unlink from usedpools, and link to the front of
        // its arena's freepools.
        self.insert_to_freepool(pool);
        true
    }

    fn insert_to_usedpool(&mut self, pool: u32) {
        let size = self.pools[pool as usize].szidx as usize;
        let next = self.pools[size].nextpool; // usedpools[size + size]
        let prev = self.pools[next as usize].prevpool;
        // insert pool before next:   prev <-> pool <-> next
        let p = &mut self.pools[pool as usize];
        p.nextpool = next;
        p.prevpool = prev;
        self.pools[next as usize].prevpool = pool;
        self.pools[prev as usize].nextpool = pool;
    }

    #[cold]
    fn insert_to_freepool(&mut self, pool: u32) {
        let next = self.pools[pool as usize].nextpool;
        let prev = self.pools[pool as usize].prevpool;
        self.pools[next as usize].prevpool = prev;
        self.pools[prev as usize].nextpool = next;

        // Link the pool to freepools (singly-linked via nextpool).
        let ao = ((pool as usize - NB_SMALL_SIZE_CLASSES) / MAX_POOLS_IN_ARENA) as u32;
        let aoi = ao as usize;
        self.pools[pool as usize].nextpool = self.arenas[aoi].freepools;
        self.arenas[aoi].freepools = pool;
        let mut nf = self.arenas[aoi].nfreepools as usize;
        // If this is the rightmost arena with this number of free pools,
        // nfp2lasta[nf] needs to change.  (nf == 0: not in usable_arenas.)
        let lastnf = self.nfp2lasta[nf];
        debug_assert!(
            (nf == 0 && lastnf == NIL)
                || (nf > 0
                    && lastnf != NIL
                    && self.arenas[lastnf as usize].nfreepools as usize == nf
                    && (self.arenas[lastnf as usize].nextarena == NIL
                        || nf < self.arenas[self.arenas[lastnf as usize].nextarena as usize].nfreepools as usize))
        );
        if lastnf == ao {
            // It is the rightmost.
            let p = self.arenas[aoi].prevarena;
            self.nfp2lasta[nf] =
                if p != NIL && self.arenas[p as usize].nfreepools as usize == nf { p } else { NIL };
        }
        nf += 1;
        self.arenas[aoi].nfreepools = nf as u32;

        // Case 1: all the pools are free: release the arena, unless it is the
        // last arena in usable_arenas (bpo-37257: keep one to avoid thrashing).
        if nf == self.arenas[aoi].ntotalpools as usize && self.arenas[aoi].nextarena != NIL {
            let prevarena = self.arenas[aoi].prevarena;
            let nextarena = self.arenas[aoi].nextarena;
            if prevarena == NIL {
                self.usable_arenas = nextarena;
            } else {
                self.arenas[prevarena as usize].nextarena = nextarena;
            }
            if nextarena != NIL {
                self.arenas[nextarena as usize].prevarena = prevarena;
            }
            // Record that this arena_object slot is available to be reused.
            self.arenas[aoi].nextarena = self.unused_arena_objects;
            self.unused_arena_objects = ao;
            // Free the entire arena (and the free lists kept for its pools).
            self.arenas[aoi].address = 0;
            for links in &mut self.freelinks[aoi * MAX_POOLS_IN_ARENA..(aoi + 1) * MAX_POOLS_IN_ARENA] {
                *links = Vec::new();
            }
            self.narenas_currently_allocated -= 1;
            return;
        }

        if nf == 1 {
            // Case 2: put ao at the head of usable_arenas (it wasn't on it).
            self.arenas[aoi].nextarena = self.usable_arenas;
            self.arenas[aoi].prevarena = NIL;
            if self.usable_arenas != NIL {
                self.arenas[self.usable_arenas as usize].prevarena = ao;
            }
            self.usable_arenas = ao;
            if self.nfp2lasta[1] == NIL {
                self.nfp2lasta[1] = ao;
            }
            return;
        }

        // If this is the only arena with nf, record that.
        if self.nfp2lasta[nf] == NIL {
            self.nfp2lasta[nf] = ao;
        }
        // If this was the rightmost of the old size, it remains in place.
        if ao == lastnf {
            // Case 4: nothing to do.
            return;
        }
        // Case 3: move the arena right, to follow lastnf.
        debug_assert!(self.arenas[aoi].nextarena != NIL);
        let prevarena = self.arenas[aoi].prevarena;
        let nextarena = self.arenas[aoi].nextarena;
        if prevarena != NIL {
            self.arenas[prevarena as usize].nextarena = nextarena;
        } else {
            debug_assert!(self.usable_arenas == ao);
            self.usable_arenas = nextarena;
        }
        self.arenas[nextarena as usize].prevarena = prevarena;
        // And insert after lastnf.
        let after = self.arenas[lastnf as usize].nextarena;
        self.arenas[aoi].prevarena = lastnf;
        self.arenas[aoi].nextarena = after;
        if after != NIL {
            self.arenas[after as usize].prevarena = ao;
        }
        self.arenas[lastnf as usize].nextarena = ao;
    }

    /* ----------------------------- realloc ---------------------------- */

    /// PyObject_Realloc.  `realloc(0, n)` is `malloc(n)`.  A pool block stays
    /// put when `nbytes` fits its size class and doesn't shrink it by 25% or
    /// more; otherwise a new block is malloc'ed (pool or system, by size) and
    /// the old one freed (so the new address is never the old one).  A system
    /// block stays a system block whatever the new size (CPython "punts" to
    /// the C realloc), in place when it can.
    pub fn realloc(&mut self, addr: u64, nbytes: usize) -> u64 {
        let a = self.realloc_untraced(addr, nbytes);
        if let Some(t) = &mut self.trace {
            t.free(addr);
            t.alloc(a, nbytes);
        }
        a
    }

    fn realloc_untraced(&mut self, addr: u64, nbytes: usize) -> u64 {
        if addr == 0 {
            return self.malloc_untraced(nbytes);
        }
        match self.pool_block(addr) {
            Ok(Some((pool, _))) => {
                // pymalloc is in charge of this block.
                let size = index2size(self.pools[pool as usize].szidx as usize);
                if nbytes <= size && 4 * nbytes > 3 * size {
                    // The same, or shrinking and new/old > 3/4.
                    return addr;
                }
                let bp = self.malloc_untraced(nbytes);
                self.free_untraced(addr);
                bp
            }
            Ok(None) => match self.sys.realloc(addr, nbytes) {
                Some(a) => a,
                None => {
                    debug_assert!(false, "obmalloc: realloc of unknown address {addr:#x}");
                    self.malloc_untraced(nbytes)
                }
            },
            Err(()) => {
                debug_assert!(false, "obmalloc: realloc of unallocated pool address {addr:#x}");
                self.malloc_untraced(nbytes)
            }
        }
    }

    /* ---------------------------- queries ----------------------------- */

    /// sys.getallocatedblocks(): pool blocks in use + system blocks
    /// (`_Py_GetAllocatedBlocks`: raw_allocated_blocks + sum of ref.count).
    pub fn allocated_blocks(&self) -> usize {
        self.pool_allocated_blocks + self.sys.live.len()
    }

    /// Blocks currently allocated from the system region.
    pub fn system_blocks(&self) -> usize {
        self.sys.live.len()
    }

    /// Bytes of an allocated block: its size class size for pool blocks, the
    /// requested size for system blocks (0 for a malloc(0)).  0 (and a
    /// debug_assert) for an unknown address.
    pub fn block_size(&self, addr: u64) -> usize {
        match self.pool_block(addr) {
            Ok(Some((pool, _))) => index2size(self.pools[pool as usize].szidx as usize),
            Ok(None) => match self.sys.live.get(&addr) {
                Some(&(n, _)) => n,
                None => {
                    debug_assert!(false, "obmalloc: block_size of unknown address {addr:#x}");
                    0
                }
            },
            Err(()) => {
                debug_assert!(false, "obmalloc: block_size of unallocated address {addr:#x}");
                0
            }
        }
    }

    /// Where an address is: (arena_object index, pool index in the arena,
    /// size class index).  None for addresses outside the allocated arenas
    /// (system blocks).  Works for any address inside a carved pool in use
    /// (also an interior one), not only block starts.
    pub fn locate(&self, addr: u64) -> Option<(usize, usize, usize)> {
        let rel = addr.wrapping_sub(ARENA_BASE);
        let ai = (rel >> ARENA_BITS) as usize;
        let a = self.arenas.get(ai)?;
        if a.address == 0 {
            return None;
        }
        let pi = ((rel >> POOL_BITS) as usize) & (MAX_POOLS_IN_ARENA - 1);
        if pi >= a.ncarved as usize {
            return None;
        }
        let ph = &self.pools[NB_SMALL_SIZE_CLASSES + ai * MAX_POOLS_IN_ARENA + pi];
        if ph.szidx == DUMMY_SIZE_IDX {
            return None;
        }
        Some((ai, pi, ph.szidx as usize))
    }

    /// Arena counters: (# arenas allocated total, # arenas reclaimed,
    /// # arenas highwater mark, # arenas allocated current).
    pub fn arena_counts(&self) -> (usize, usize, usize, usize) {
        (
            self.ntimes_arena_allocated,
            self.ntimes_arena_allocated - self.narenas_currently_allocated,
            self.narenas_highwater,
            self.narenas_currently_allocated,
        )
    }

    /// Per size class: (class index, pools in use, blocks in use, available
    /// blocks in those pools), only for classes with at least one pool in
    /// use, ascending by class — the rows of the _debugmallocstats table.
    pub fn class_stats(&self) -> Vec<(usize, usize, usize, usize)> {
        let mut numpools = [0usize; NB_SMALL_SIZE_CLASSES];
        let mut numblocks_ = [0usize; NB_SMALL_SIZE_CLASSES];
        let mut numfree = [0usize; NB_SMALL_SIZE_CLASSES];
        for (i, a) in self.arenas.iter().enumerate() {
            if a.address == 0 {
                continue;
            }
            let base = NB_SMALL_SIZE_CLASSES + i * MAX_POOLS_IN_ARENA;
            for p in &self.pools[base..base + a.ncarved as usize] {
                if p.count == 0 {
                    continue;
                }
                let sz = p.szidx as usize;
                numpools[sz] += 1;
                numblocks_[sz] += p.count as usize;
                numfree[sz] += numblocks(sz) - p.count as usize;
            }
        }
        (0..NB_SMALL_SIZE_CLASSES)
            .filter(|&i| numpools[i] != 0)
            .map(|i| (i, numpools[i], numblocks_[i], numfree[i]))
            .collect()
    }

    /// The pymalloc part of sys._debugmallocstats(), in CPython 3.11's exact
    /// format (_PyObject_DebugMallocStats): header, size-class table, arena
    /// counters, the byte accounting (summing to arenas * ARENA_SIZE) and the
    /// "arena map counts" radix-tree section.  The caller appends the type
    /// free-list lines (see `debug_allocator_stats`).
    pub fn write_stats(&self, out: &mut String) {
        use std::fmt::Write as _;
        let numclasses = NB_SMALL_SIZE_CLASSES;
        let _ = writeln!(
            out,
            "Small block threshold = {}, in {} size classes.",
            SMALL_REQUEST_THRESHOLD, numclasses
        );
        let mut narenas = 0usize;
        let mut numfreepools = 0usize;
        for a in &self.arenas {
            if a.address != 0 {
                narenas += 1;
                numfreepools += a.nfreepools as usize;
            }
        }
        debug_assert_eq!(narenas, self.narenas_currently_allocated);
        // Our arenas are pool-aligned.
        let arena_alignment = 0usize;

        out.push('\n');
        out.push_str(
            "class   size   num pools   blocks in use  avail blocks\n\
             -----   ----   ---------   -------------  ------------\n",
        );
        let mut allocated_bytes = 0usize;
        let mut available_bytes = 0usize;
        let mut pool_header_bytes = 0usize;
        let mut quantization = 0usize;
        for (i, p, b, f) in self.class_stats() {
            let size = index2size(i);
            let _ = writeln!(out, "{:5} {:6} {:11} {:15} {:13}", i, size, p, b, f);
            allocated_bytes += b * size;
            available_bytes += f * size;
            pool_header_bytes += p * POOL_OVERHEAD;
            quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
        }
        out.push('\n');
        printone(out, "# arenas allocated total", self.ntimes_arena_allocated);
        printone(out, "# arenas reclaimed", self.ntimes_arena_allocated - narenas);
        printone(out, "# arenas highwater mark", self.narenas_highwater);
        printone(out, "# arenas allocated current", narenas);
        printone(out, &format!("{} arenas * {} bytes/arena", narenas, ARENA_SIZE), narenas * ARENA_SIZE);
        out.push('\n');

        let mut total = printone(out, "# bytes in allocated blocks", allocated_bytes);
        total += printone(out, "# bytes in available blocks", available_bytes);
        total += printone(
            out,
            &format!("{} unused pools * {} bytes", numfreepools, POOL_SIZE),
            numfreepools * POOL_SIZE,
        );
        total += printone(out, "# bytes lost to pool headers", pool_header_bytes);
        total += printone(out, "# bytes lost to quantization", quantization);
        total += printone(out, "# bytes lost to arena alignment", arena_alignment);
        printone(out, "Total", total);
        debug_assert_eq!(total, narenas * ARENA_SIZE);

        out.push_str("\narena map counts\n");
        let mid = self.arena_map_mid_nodes.len();
        let bot = self.arena_map_bot_nodes.len();
        printone(out, "# arena map mid nodes", mid);
        printone(out, "# arena map bot nodes", bot);
        out.push('\n');
        let mut total = printone(out, "# bytes lost to arena map root", ARENA_MAP_ROOT_BYTES);
        total += printone(out, "# bytes lost to arena map mid", ARENA_MAP_MID_BYTES * mid);
        total += printone(out, "# bytes lost to arena map bot", ARENA_MAP_BOT_BYTES * bot);
        printone(out, "Total", total);
    }

    /* ---------------------- the map, for viewers ----------------------- */

    /// Every allocated arena with its carved pools, in arena_object order
    /// (what `:arena` shows). Read-only.
    pub fn arena_map(&self) -> Vec<ArenaView> {
        let mut out = Vec::new();
        for (ai, a) in self.arenas.iter().enumerate() {
            if a.address == 0 {
                continue;
            }
            let pools = (0..a.ncarved as usize).filter_map(|pi| self.pool_view(ai, pi)).collect();
            out.push(ArenaView {
                slot: ai,
                address: a.address,
                nfreepools: a.nfreepools as usize,
                ntotalpools: a.ntotalpools as usize,
                ncarved: a.ncarved as usize,
                // An empty arena is released unless it is the last usable one.
                last_usable: a.nfreepools > 0 && a.nextarena == NIL,
                pools,
            });
        }
        out
    }

    /// Pool `pi` of arena_object `ai`, if that pool has been carved.
    pub fn pool_view(&self, ai: usize, pi: usize) -> Option<PoolView> {
        let a = self.arenas.get(ai)?;
        if a.address == 0 || pi >= a.ncarved as usize {
            return None;
        }
        let node = NB_SMALL_SIZE_CLASSES + ai * MAX_POOLS_IN_ARENA + pi;
        let ph = &self.pools[node];
        let szidx = (ph.szidx != DUMMY_SIZE_IDX).then_some(ph.szidx as usize);
        let count = ph.count as usize;
        let capacity = szidx.map_or(0, numblocks);
        let state = if count == 0 {
            PoolState::Empty
        } else if ph.freeblock == LINK_NULL {
            PoolState::Full
        } else {
            PoolState::Used
        };
        let address = ARENA_BASE + ((ai * MAX_POOLS_IN_ARENA + pi) as u64) * POOL_SIZE as u64;
        let next_for_class = szidx.is_some_and(|c| count > 0 && self.pools[c].nextpool == node as u32);
        Some(PoolView { arena: ai, index: pi, address, szidx, count, capacity, state, next_for_class })
    }

    /// The blocks of a pool in use, in address order.
    pub fn pool_allocated(&self, ai: usize, pi: usize) -> Vec<u64> {
        let Some(p) = self.pool_view(ai, pi) else { return Vec::new() };
        let Some(c) = p.szidx else { return Vec::new() };
        if p.count == 0 {
            return Vec::new();
        }
        let node = (NB_SMALL_SIZE_CLASSES + ai * MAX_POOLS_IN_ARENA + pi) as u32;
        let size = index2size(c);
        let end = self.pools[node as usize].nextoffset as usize;
        (POOL_OVERHEAD..end.min(POOL_SIZE)).step_by(size).filter(|&off| off + size <= POOL_SIZE && self.is_marked(node, off as u16)).map(|off| p.address + off as u64).collect()
    }

    /// The blocks the next allocations from this pool will return, in
    /// order: its free list (the last freed first), then the never-used
    /// blocks as (first address, how many). Empty for an empty pool, whose
    /// blocks are handed out only once the pool is taken again.
    pub fn pool_next_blocks(&self, ai: usize, pi: usize) -> (Vec<u64>, u64, usize) {
        let Some(p) = self.pool_view(ai, pi) else { return (Vec::new(), 0, 0) };
        let (Some(c), true) = (p.szidx, p.count > 0) else { return (Vec::new(), 0, 0) };
        let node = NB_SMALL_SIZE_CLASSES + ai * MAX_POOLS_IN_ARENA + pi;
        let ph = &self.pools[node];
        let mut free = Vec::new();
        if ph.freeblock != LINK_NULL {
            free.push(p.address + ph.freeblock as u64);
            free.extend(self.freelinks.get(node - NB_SMALL_SIZE_CLASSES).into_iter().flatten().rev().map(|&off| p.address + off as u64));
        }
        // When the free list runs dry, blocks are carved at nextoffset up to
        // maxnextoffset (pymalloc_pool_extend puts each on the free list
        // just before it is handed out, so the head may be a never-used one).
        let size = index2size(c) as u64;
        let first = p.address + ph.nextoffset as u64;
        let n = if ph.nextoffset <= ph.maxnextoffset { (ph.maxnextoffset - ph.nextoffset) as u64 / size + 1 } else { 0 };
        (free, first, n as usize)
    }

    /// True if `addr` is the start of a pool block in use.
    pub fn is_pool_block(&self, addr: u64) -> bool {
        matches!(self.pool_block(addr), Ok(Some(_)))
    }

    /// True if `addr` is a live system-malloc block.
    pub fn is_system_block(&self, addr: u64) -> bool {
        self.sys.live.contains_key(&addr)
    }

    /* ------------------------- test support --------------------------- */

    /// Check every structural invariant (slow; for tests and debugging).
    /// Returns a description of the first violation.
    pub fn check_invariants(&self) -> Result<(), String> {
        // usable_arenas: sorted ascending, consistent links, nfp2lasta.
        let mut seen = 0usize;
        let mut prev = NIL;
        let mut cur = self.usable_arenas;
        let mut last_of = [NIL; MAX_POOLS_IN_ARENA + 1];
        while cur != NIL {
            let a = &self.arenas[cur as usize];
            if a.address == 0 || a.nfreepools == 0 {
                return Err(format!("arena {cur} in usable_arenas but unusable"));
            }
            if a.prevarena != prev {
                return Err(format!("arena {cur}: bad prevarena"));
            }
            if prev != NIL && self.arenas[prev as usize].nfreepools > a.nfreepools {
                return Err("usable_arenas not sorted".into());
            }
            last_of[a.nfreepools as usize] = cur;
            prev = cur;
            cur = a.nextarena;
            seen += 1;
            if seen > self.arenas.len() {
                return Err("usable_arenas cycle".into());
            }
        }
        if last_of != self.nfp2lasta {
            return Err(format!("nfp2lasta mismatch: {:?} vs {:?}", last_of, self.nfp2lasta));
        }
        let mut total = 0usize;
        for (i, a) in self.arenas.iter().enumerate() {
            if a.address == 0 {
                continue;
            }
            let base = NB_SMALL_SIZE_CLASSES + i * MAX_POOLS_IN_ARENA;
            let mut nfree = MAX_POOLS_IN_ARENA - a.ncarved as usize;
            for (j, p) in self.pools[base..base + a.ncarved as usize].iter().enumerate() {
                let node = (base + j) as u32;
                total += p.count as usize;
                if p.count == 0 {
                    nfree += 1;
                    continue;
                }
                let sz = p.szidx as usize;
                let size = index2size(sz);
                // free list length + allocated == carved blocks
                let carved = (p.nextoffset as usize - POOL_OVERHEAD) / size;
                let links = &self.freelinks[pool_index(node)];
                let n = if p.freeblock == LINK_NULL { 0 } else { 1 + links.len() };
                if p.freeblock == LINK_NULL && !links.is_empty() {
                    return Err(format!("pool {node}: free links without a head"));
                }
                for &fb in std::iter::once(&p.freeblock).chain(links.iter()).filter(|&&f| f != LINK_NULL) {
                    if self.is_marked(node, fb) {
                        return Err(format!("pool {node}: block {fb} both free and allocated"));
                    }
                }
                if n + p.count as usize != carved {
                    return Err(format!("pool {node}: {n} free + {} used != {carved} carved", p.count));
                }
                let full = p.count as usize == numblocks(sz);
                // In usedpools[sz] iff not full.
                let mut inlist = false;
                let mut q = self.pools[sz].nextpool;
                while q != sz as u32 {
                    if q == node {
                        inlist = true;
                    }
                    q = self.pools[q as usize].nextpool;
                }
                if inlist == full {
                    return Err(format!("pool {node}: full={full} but inlist={inlist}"));
                }
            }
            if nfree != a.nfreepools as usize {
                return Err(format!("arena {i}: nfreepools {} != {nfree}", a.nfreepools));
            }
            let mut f = a.freepools;
            let mut nf = 0;
            while f != NIL {
                if self.pools[f as usize].count != 0 {
                    return Err("non-empty pool in freepools".into());
                }
                nf += 1;
                f = self.pools[f as usize].nextpool;
            }
            if nf + MAX_POOLS_IN_ARENA - a.ncarved as usize != a.nfreepools as usize {
                return Err(format!("arena {i}: freepools length mismatch"));
            }
        }
        if total != self.pool_allocated_blocks {
            return Err("pool_allocated_blocks mismatch".into());
        }
        Ok(())
    }
}

/* ---------------------------------------------------------------------- */
/* Stats formatting helpers (obmalloc.c's printone, _PyDebugAllocatorStats). */

/// `printone`: `msg` padded to 35 columns, `=`, then `value` with thousands
/// separators right-aligned in 21 columns, and a newline.  Returns `value`.
pub fn printone(out: &mut String, msg: &str, value: usize) -> usize {
    out.push_str(msg);
    for _ in msg.len()..35 {
        out.push(' ');
    }
    out.push('=');
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    for _ in grouped.len()..21 {
        out.push(' ');
    }
    out.push_str(&grouped);
    out.push('\n');
    value
}

/// `_PyDebugAllocatorStats`: one free-list line of sys._debugmallocstats(),
/// e.g. `debug_allocator_stats(out, "PyFloatObject", 4, 24)` gives
/// `"           4 free PyFloatObjects * 24 bytes each =                   96"`.
/// (CPython passes names like "free PyFloatObject" / "free 1-sized PyTupleObject";
/// this helper takes the name *after* "free ".)
pub fn debug_allocator_stats(out: &mut String, block_name: &str, num_blocks: usize, sizeof_block: usize) {
    let buf1 = format!("{} free {}s * {} bytes each", num_blocks, block_name, sizeof_block);
    let buf2 = format!("{:>48} ", buf1);
    printone(out, &buf2, num_blocks * sizeof_block);
}

/* ---------------------------------------------------------------------- */

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const A0: u64 = ARENA_BASE;
    const B32: usize = numblocks(1); // 32-byte blocks per pool

    #[test]
    fn constants() {
        assert_eq!(NB_SMALL_SIZE_CLASSES, 32);
        assert_eq!(MAX_POOLS_IN_ARENA, 64);
        assert_eq!(B32, 510);
        assert_eq!(numblocks(0), 1021);
        assert_eq!(numblocks(31), 31);
        assert_eq!((INTERIOR_BITS, MAP_BOT_BITS), (15, 14));
    }

    #[test]
    fn first_blocks_ascend_in_one_pool() {
        let mut m = Obmalloc::new();
        let a = m.malloc(32);
        let b = m.malloc(32);
        let c = m.malloc(17);
        assert_eq!(a, A0 + POOL_OVERHEAD as u64);
        assert_eq!(b, a + 32);
        assert_eq!(c, a + 64);
        assert_eq!(a % 16, 0);
        assert_eq!(m.locate(a), Some((0, 0, 1)));
        assert_eq!(m.block_size(a), 32);
        // Another size class gets its own pool.
        let d = m.malloc(16);
        assert_eq!(d, A0 + POOL_SIZE as u64 + 48);
        assert_eq!(m.locate(d), Some((0, 1, 0)));
        assert_eq!(m.allocated_blocks(), 4);
        m.check_invariants().unwrap();
    }

    #[test]
    fn lifo_reuse() {
        let mut m = Obmalloc::new();
        let a = m.malloc(24);
        let b = m.malloc(24);
        let _c = m.malloc(24);
        m.free(a);
        m.free(b);
        assert_eq!(m.malloc(30), b);
        assert_eq!(m.malloc(32), a);
        // A virgin block comes next.
        assert_eq!(m.malloc(32), a + 96);
        m.check_invariants().unwrap();
    }

    #[test]
    fn freed_block_not_reused_by_other_class() {
        let mut m = Obmalloc::new();
        let a = m.malloc(32);
        let _keep = m.malloc(32);
        m.free(a);
        let x = m.malloc(48);
        assert_ne!(x, a);
        assert_eq!(m.locate(x).unwrap().2, 2);
        assert_eq!(m.malloc(32), a);
    }

    #[test]
    fn full_pool_moves_on_and_comes_back() {
        let mut m = Obmalloc::new();
        let blocks: Vec<u64> = (0..B32).map(|_| m.malloc(32)).collect();
        assert_eq!(*blocks.last().unwrap(), A0 + 48 + 32 * (B32 as u64 - 1));
        for w in blocks.windows(2) {
            assert_eq!(w[1], w[0] + 32);
        }
        m.check_invariants().unwrap();
        // Pool full: the next one comes from pool 1.
        let n = m.malloc(32);
        assert_eq!(n, A0 + POOL_SIZE as u64 + 48);
        // Freeing a block of the full pool puts it at the front.
        m.free(blocks[7]);
        assert_eq!(m.malloc(32), blocks[7]);
        // Pool 0 is full again; pool 1 serves.
        assert_eq!(m.malloc(32), n + 32);
        m.check_invariants().unwrap();
    }

    #[test]
    fn empty_pool_returns_to_arena_and_is_reused() {
        let mut m = Obmalloc::new();
        let a = m.malloc(64);
        let b = m.malloc(64);
        m.free(a);
        m.free(b);
        assert!(m.class_stats().is_empty());
        m.check_invariants().unwrap();
        // Same class: the pool is reused with its free list (LIFO).
        assert_eq!(m.malloc(64), b);
        assert_eq!(m.malloc(64), a);
        m.free(a);
        m.free(b);
        // Another class takes the same (cached) pool, re-initialized.
        let c = m.malloc(100);
        assert_eq!(c, A0 + 48);
        assert_eq!(m.locate(c), Some((0, 0, 6)));
        assert_eq!(m.arena_counts(), (1, 0, 1, 1));
        m.check_invariants().unwrap();
    }

    /// Allocate until `n` pools are in use (one 512-byte class: 31 blocks/pool).
    fn fill_pools(m: &mut Obmalloc, npools: usize) -> Vec<u64> {
        (0..npools * numblocks(31)).map(|_| m.malloc(512)).collect()
    }

    #[test]
    fn arena_release_keeps_the_last_one() {
        let mut m = Obmalloc::new();
        let per_arena = MAX_POOLS_IN_ARENA * numblocks(31);
        let all = fill_pools(&mut m, 2 * MAX_POOLS_IN_ARENA + 1);
        assert_eq!(m.arena_counts(), (3, 0, 3, 3));
        assert_eq!(m.locate(all[per_arena]).unwrap().0, 1);
        assert_eq!(m.locate(*all.last().unwrap()), Some((2, 0, 31)));
        m.check_invariants().unwrap();
        // Free all of arena 0.  usable_arenas is [0, 2]; when arena 0 reaches
        // 63 free pools it stays left of arena 2 (63 too), so when it becomes
        // wholly free it has a next arena and is released.
        for &p in &all[..per_arena] {
            m.free(p);
            m.check_invariants().unwrap();
        }
        assert_eq!(m.arena_counts(), (3, 1, 3, 2));
        assert!(m.locate(all[0]).is_none());
        // Same for arena 1.
        for &p in &all[per_arena..2 * per_arena] {
            m.free(p);
        }
        m.check_invariants().unwrap();
        assert_eq!(m.arena_counts(), (3, 2, 3, 1));
        // Arena 2 becoming wholly free is the last one in usable_arenas: kept.
        for &p in &all[2 * per_arena..] {
            m.free(p);
        }
        assert_eq!(m.allocated_blocks(), 0);
        assert_eq!(m.arena_counts(), (3, 2, 3, 1));
        let mut s = String::new();
        m.write_stats(&mut s);
        assert!(s.contains("# arenas reclaimed                 =                    2\n"), "{s}");
        assert!(s.contains("64 unused pools * 16384 bytes      =            1,048,576\n"), "{s}");
        // Its cached pool is reused (re-initialized for another class).
        let x = m.malloc(16);
        assert_eq!(m.locate(x), Some((2, 0, 0)));
        assert_eq!(x, ARENA_BASE + 2 * ARENA_SIZE as u64 + 48);
        // Fill the 63 remaining pools of arena 2, then a new arena: the slot
        // released last (1) is at the head of unused_arena_objects.
        let more = fill_pools(&mut m, 64);
        assert_eq!(m.locate(more[62 * numblocks(31)]), Some((2, 63, 31)));
        assert_eq!(m.locate(*more.last().unwrap()), Some((1, 0, 31)));
        assert_eq!(m.arena_counts(), (4, 2, 3, 2));
        m.check_invariants().unwrap();
    }

    #[test]
    fn arena_objects_grow_and_addresses_follow_slots() {
        let mut m = Obmalloc::new();
        let v = fill_pools(&mut m, 17 * MAX_POOLS_IN_ARENA);
        assert_eq!(m.arena_counts(), (17, 0, 17, 17));
        assert_eq!(m.arenas.len(), 32);
        let last = *v.last().unwrap();
        assert_eq!(last, ARENA_BASE + 16 * ARENA_SIZE as u64 + 63 * POOL_SIZE as u64 + 48 + 30 * 512);
        for p in v {
            m.free(p);
        }
        // All but one arena released.
        assert_eq!(m.arena_counts(), (17, 16, 17, 1));
        assert_eq!(m.allocated_blocks(), 0);
        m.check_invariants().unwrap();
    }

    #[test]
    fn system_region() {
        let mut m = Obmalloc::new();
        let big = m.malloc(513);
        let zero = m.malloc(0);
        assert!(m.locate(big).is_none());
        assert!(m.locate(zero).is_none());
        assert!(big >= SYSTEM_BASE && big < ARENA_BASE);
        assert_eq!(big % 16, 0);
        assert_eq!(zero % 16, 0);
        assert_eq!(m.block_size(big), 513);
        assert_eq!(m.block_size(zero), 0);
        assert_eq!(m.allocated_blocks(), 2);
        assert_eq!(m.system_blocks(), 2);
        assert_eq!(m.arena_counts(), (0, 0, 0, 0));
        // No overlap: chunk of 513 is 528 + 16 header.
        assert!(zero >= big + 528);
        m.free(big);
        assert_eq!(m.allocated_blocks(), 1);
        // First fit reuses the freed chunk.
        let again = m.malloc(520);
        assert_eq!(again, big);
        m.free(again);
        m.free(zero);
        assert_eq!(m.allocated_blocks(), 0);
        // Everything coalesced back into the top.
        assert_eq!(m.sys.top, SYSTEM_BASE);
        assert!(m.sys.free.is_empty());
        // Long runs don't grow.
        for i in 0..10_000usize {
            let a = m.malloc(1000 + (i % 7) * 300);
            let b = m.malloc(5000);
            m.free(a);
            let c = m.malloc(700);
            m.free(b);
            m.free(c);
        }
        assert_eq!(m.sys.top, SYSTEM_BASE);
    }

    #[test]
    fn realloc_rules() {
        let mut m = Obmalloc::new();
        let a = m.malloc(64);
        // Grow within the class, shrink to > 75%: stays.
        assert_eq!(m.realloc(a, 60), a);
        assert_eq!(m.realloc(a, 49), a); // 4*49=196 > 192
        // Shrink to exactly 75%: moves (to the 48-byte class).
        let b = m.realloc(a, 48);
        assert_ne!(b, a);
        assert_eq!(m.block_size(b), 48);
        assert_eq!(m.allocated_blocks(), 1);
        // Grow beyond the class: moves; the old block is freed after.
        let keep = m.malloc(64); // takes a's old block (LIFO)
        assert_eq!(keep, a);
        let c = m.realloc(b, 100);
        assert_eq!(m.block_size(c), 112);
        assert_eq!(m.malloc(48), b);
        // To the system region and back: a system block stays a system block.
        let d = m.realloc(c, 1000);
        assert!(m.locate(d).is_none());
        assert_eq!(m.block_size(d), 1000);
        let e = m.realloc(d, 10);
        assert_eq!(e, d); // shrinks in place
        assert!(m.locate(e).is_none());
        assert_eq!(m.block_size(e), 10);
        // Grows in place at the top of the system heap.
        assert_eq!(m.realloc(e, 4000), e);
        // realloc(0, n) == malloc(n); realloc(p, 0) of a pool block -> system.
        let f = m.realloc(0, 16);
        assert!(m.locate(f).is_some());
        let g = m.realloc(f, 0);
        assert!(m.locate(g).is_none());
        m.check_invariants().unwrap();
    }

    #[test]
    fn system_realloc_moves_when_blocked() {
        let mut m = Obmalloc::new();
        let a = m.malloc(1000);
        let b = m.malloc(1000);
        let a2 = m.realloc(a, 3000);
        assert_ne!(a2, a);
        assert!(a2 > b);
        // The hole left by a is reused first-fit.
        assert_eq!(m.malloc(900), a);
        assert_eq!(m.allocated_blocks(), 3);
    }

    #[test]
    fn write_stats_small_scenario() {
        let mut m = Obmalloc::new();
        for _ in 0..3 {
            m.malloc(32);
        }
        m.malloc(100);
        m.malloc(600); // system: not in the pool statistics
        let mut s = String::new();
        m.write_stats(&mut s);
        // 32: 510 blocks/pool, 3 used; 112: 145 blocks/pool, 1 used.
        // allocated 3*32+112 = 208; available 507*32 + 144*112 = 32,352;
        // 62 unused pools = 1,015,808; headers 96; quantization 16 + 96 = 112.
        assert_eq!(208 + 32352 + 1015808 + 96 + 112, 1 << 20);
        let expected = "\
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    1     32           1               3           507
    6    112           1               1           144

# arenas allocated total           =                    1
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    1
# arenas allocated current         =                    1
1 arenas * 1048576 bytes/arena     =            1,048,576

# bytes in allocated blocks        =                  208
# bytes in available blocks        =               32,352
62 unused pools * 16384 bytes      =            1,015,808
# bytes lost to pool headers       =                   96
# bytes lost to quantization       =                  112
# bytes lost to arena alignment    =                    0
Total                              =            1,048,576

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360
";
        assert_eq!(s, expected);
        assert_eq!(m.class_stats(), vec![(1, 1, 3, 507), (6, 1, 1, 144)]);
        assert_eq!(m.allocated_blocks(), 5);
    }

    #[test]
    fn stats_bytes_sum_to_arena_total() {
        let mut m = Obmalloc::new();
        let mut rng = Lcg(7);
        let mut live = Vec::new();
        for _ in 0..50_000 {
            if live.is_empty() || rng.next() % 3 != 0 {
                live.push(m.malloc(1 + (rng.next() % 512) as usize));
            } else {
                let i = (rng.next() as usize) % live.len();
                m.free(live.swap_remove(i));
            }
        }
        let mut s = String::new();
        m.write_stats(&mut s); // debug_asserts the sum
        let (_, _, _, cur) = m.arena_counts();
        let total_line = format!("Total                              ={:>21}\n", group(cur << 20));
        assert!(s.contains(&total_line), "{s}");
    }

    fn group(n: usize) -> String {
        let d = n.to_string();
        let mut g = String::new();
        for (i, c) in d.chars().enumerate() {
            if i > 0 && (d.len() - i) % 3 == 0 {
                g.push(',');
            }
            g.push(c);
        }
        g
    }

    #[test]
    fn printone_format() {
        let mut s = String::new();
        printone(&mut s, "# arenas allocated total", 4);
        printone(&mut s, "# bytes in allocated blocks", 3_492_784);
        printone(&mut s, "x", 0);
        printone(&mut s, "y", 123_456_789_012);
        assert_eq!(
            s,
            "# arenas allocated total           =                    4\n\
             # bytes in allocated blocks        =            3,492,784\n\
             x                                  =                    0\n\
             y                                  =      123,456,789,012\n"
        );
        let mut t = String::new();
        debug_allocator_stats(&mut t, "PyFloatObject", 4, 24);
        debug_allocator_stats(&mut t, "10-sized PyTupleObject", 0, 104);
        debug_allocator_stats(&mut t, "PyListObject", 40, 40);
        assert_eq!(
            t,
            "           4 free PyFloatObjects * 24 bytes each =                   96\n \
             0 free 10-sized PyTupleObjects * 104 bytes each =                    0\n           \
             40 free PyListObjects * 40 bytes each =                1,600\n"
        );
    }

    #[test]
    fn deterministic() {
        let run = || {
            let mut m = Obmalloc::new();
            let mut rng = Lcg(12345);
            let mut live = Vec::new();
            let mut trace = Vec::new();
            for _ in 0..20_000 {
                if live.is_empty() || rng.next() % 2 == 0 {
                    let n = (rng.next() % 700) as usize;
                    let a = m.malloc(n);
                    trace.push(a);
                    live.push(a);
                } else {
                    let i = (rng.next() as usize) % live.len();
                    m.free(live.swap_remove(i));
                }
            }
            trace
        };
        assert_eq!(run(), run());
    }

    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            self.0 >> 33
        }
    }

    #[test]
    fn random_sequences_keep_invariants() {
        for seed in 1..=6u64 {
            let mut m = Obmalloc::new();
            let mut rng = Lcg(seed);
            // live blocks: addr -> size (for overlap checks)
            let mut live: BTreeMap<u64, usize> = BTreeMap::new();
            let mut order: Vec<u64> = Vec::new();
            for step in 0..40_000 {
                // Phases that grow and shrink, so arenas get freed and reused.
                let grow = (step / 5000) % 2 == 0;
                let r = rng.next() % 10;
                if order.is_empty() || (grow && r < 7) || (!grow && r < 3) {
                    let n = match rng.next() % 20 {
                        0 => 0,
                        1 => 513 + (rng.next() % 3000) as usize,
                        _ => 1 + (rng.next() % 512) as usize,
                    };
                    let a = if rng.next() % 10 == 0 && !order.is_empty() {
                        // realloc a random live block
                        let i = (rng.next() as usize) % order.len();
                        let old = order.swap_remove(i);
                        live.remove(&old);
                        m.realloc(old, n)
                    } else {
                        m.malloc(n)
                    };
                    assert_eq!(a % 16, 0);
                    let sz = m.block_size(a).max(1);
                    if m.locate(a).is_some() {
                        assert!(sz >= n);
                    }
                    assert!(!live.contains_key(&a), "address handed out twice: {a:#x}");
                    if let Some((&pa, &ps)) = live.range(..a).next_back() {
                        assert!(pa + ps as u64 <= a, "overlap with previous block");
                    }
                    if let Some((&na, _)) = live.range(a..).next() {
                        assert!(a + sz as u64 <= na, "overlap with next block");
                    }
                    live.insert(a, sz);
                    order.push(a);
                } else {
                    let i = (rng.next() as usize) % order.len();
                    let a = order.swap_remove(i);
                    live.remove(&a);
                    m.free(a);
                }
                assert_eq!(m.allocated_blocks(), live.len());
                if step % 997 == 0 {
                    m.check_invariants().unwrap();
                }
            }
            m.check_invariants().unwrap();
            for a in order.drain(..) {
                m.free(a);
            }
            assert_eq!(m.allocated_blocks(), 0);
            assert!(m.class_stats().is_empty());
            let (_, _, _, cur) = m.arena_counts();
            assert!(cur <= 1);
            assert_eq!(m.sys.top, SYSTEM_BASE);
            m.check_invariants().unwrap();
        }
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "free of unallocated")]
    fn double_free_is_caught_in_debug() {
        let mut m = Obmalloc::new();
        let a = m.malloc(32);
        let _b = m.malloc(32);
        m.free(a);
        m.free(a);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "free of unknown address")]
    fn unknown_free_is_caught_in_debug() {
        let mut m = Obmalloc::new();
        m.free(0x1234_5670);
    }

    #[test]
    fn free_null_is_noop() {
        let mut m = Obmalloc::new();
        m.free(0);
        assert_eq!(m.allocated_blocks(), 0);
    }
}
