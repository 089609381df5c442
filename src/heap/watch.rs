//! What the heap tells an observer, when one is watching: a birth serial
//! for every object, and the objects freed (and who freed them).
//!
//! The heap only records; the inspection layer (`src/inspect/`) reads the
//! record and explains it. Nothing here allocates on the simulated heap or
//! changes a count, an id or a free list, so a program prints the same with
//! a watcher as without. When nobody watches, `Heap::watch` is `None` and
//! the cost is one predictable branch per allocation and free; increfs and
//! decrefs cost nothing extra (`:trace` samples counts between statements).
//!
//! Ids and slots are both reused, so an object is named by its *birth
//! serial*: the number of objects born before it since watching began
//! (objects older than that have serial 0).

use super::object::ObjRef;

/// Why a freed object's count reached zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FreeCause {
    /// Its last reference was dropped by the running statement.
    CountZero,
    /// Released as part of another object's deallocation (an item of a
    /// list, a frame's local...): that object's serial and slot.
    ReleasedBy { serial: u64, slot: u32 },
    /// The cycle collector cleared the cycle it was in.
    Collector,
}

/// One freed object, as it was just before its memory went back.
#[derive(Clone, Debug)]
pub struct Freed {
    pub serial: u64,
    pub slot: u32,
    pub type_name: String,
    /// id() it had.
    pub id: u64,
    /// Its block's address and the size class it came from (bytes).
    pub block: u64,
    pub size: usize,
    pub cause: FreeCause,
    /// The line of the statement that freed it: filled in when the
    /// statement ends (see `Watch::stamp`); 0 until then.
    pub line: u32,
}

#[derive(Default)]
pub struct Watch {
    /// Birth serial per slot (0: born before watching began).
    pub serials: Vec<u64>,
    /// Serial the next object born gets.
    pub next_serial: u64,
    /// Objects freed since the log was last taken.
    pub freed: Vec<Freed>,
    /// Objects being released (innermost last): the parent of a free.
    pub releasing: Vec<(u64, u32)>,
    /// Frees not yet given a line (an index into `freed`).
    pending_freed: usize,
}

impl Watch {
    pub fn new(nslots: usize) -> Watch {
        Watch { serials: vec![0; nslots], next_serial: 1, ..Default::default() }
    }

    #[inline]
    pub fn born(&mut self, r: ObjRef) {
        let i = r.idx();
        if i >= self.serials.len() {
            self.serials.resize(i + 1, 0);
        }
        self.serials[i] = self.next_serial;
        self.next_serial += 1;
    }

    pub fn serial(&self, r: ObjRef) -> u64 {
        self.serials.get(r.idx()).copied().unwrap_or(0)
    }

    /// A statement at `line` has ended: events since the last stamp
    /// happened in it.
    pub fn stamp(&mut self, line: u32) {
        for f in &mut self.freed[self.pending_freed..] {
            f.line = line;
        }
        self.pending_freed = self.freed.len();
    }

    /// Takes the freed log (the caller has read it).
    pub fn take_freed(&mut self) -> Vec<Freed> {
        self.pending_freed = 0;
        std::mem::take(&mut self.freed)
    }

    /// The bytes this record holds: the observer's, not the program's
    /// (the memory budget does not charge them).
    pub fn bytes(&self) -> usize {
        use std::mem::size_of;
        self.serials.capacity() * size_of::<u64>() + self.freed.capacity() * size_of::<Freed>() + self.releasing.capacity() * size_of::<(u64, u32)>()
    }

}
