//! What `tracemalloc` records: every block the allocator hands out while
//! tracing is on, with its size and where the program was when it asked.
//!
//! ```text
//!    Interp                       set_line / frame push and pop: the frames
//!        |                        running now (innermost first, up to nframe)
//!        v
//!    Tracer::frames  ----------> an allocation is charged to them
//!        ^
//!    Obmalloc::malloc / realloc / free   (trace.is_some(): one branch)
//! ```
//!
//! As in CPython, tracing sits at the allocator (`PyObject_Malloc` and
//! friends), not at object creation: a float or a list that comes from a
//! type free list reuses a block already allocated, so it adds no trace (its
//! block keeps the trace of its first allocation, if it was traced at all),
//! and the size of a trace is the size requested from the allocator, the
//! object's pre-header included (an empty list: 16 + 40 bytes), not the
//! size class that serves it. A `realloc` drops the old trace and adds one
//! for the new block, charged to the code running now.
//!
//! The tracer's own tables are Rust memory, outside the simulated heap:
//! tracing costs the program no object and no block, as CPython's raw
//! allocations for its hash tables are not traced either.

use std::collections::HashMap;
use std::rc::Rc;

/// One frame of a traceback: an index into `Tracer::filenames` and a line.
pub type Site = (u32, u32);

/// The largest number of frames a traceback keeps (CPython's MAX_NFRAME).
pub const MAX_NFRAME: usize = 65535;

pub struct Tracer {
    /// How many frames a traceback keeps (`start(nframe)`).
    pub nframe: usize,
    /// The frames running now, innermost first, at most `nframe`.
    frames: Vec<Site>,
    /// How deep the stack really is (`total_nframe`).
    depth: u32,
    /// `frames` interned as a traceback (None: changed since it was).
    current: Option<u32>,
    pub filenames: Vec<Rc<str>>,
    filename_ids: HashMap<Rc<str>, u32>,
    /// Every traceback seen, with its total depth: traces share them.
    pub tracebacks: Vec<(Box<[Site]>, u32)>,
    traceback_ids: HashMap<(Box<[Site]>, u32), u32>,
    /// Block address -> (size requested, traceback).
    traces: HashMap<u64, (usize, u32)>,
    /// Bytes in traced blocks now, and the most there were since the peak
    /// was last reset.
    pub traced: usize,
    pub peak: usize,
}

impl Tracer {
    pub fn new(nframe: usize) -> Tracer {
        Tracer {
            nframe,
            frames: Vec::new(),
            depth: 0,
            current: None,
            filenames: Vec::new(),
            filename_ids: HashMap::new(),
            tracebacks: Vec::new(),
            traceback_ids: HashMap::new(),
            traces: HashMap::new(),
            traced: 0,
            peak: 0,
        }
    }

    fn filename_id(&mut self, name: &Rc<str>) -> u32 {
        if let Some(&i) = self.filename_ids.get(name) {
            return i;
        }
        let i = self.filenames.len() as u32;
        self.filenames.push(name.clone());
        self.filename_ids.insert(name.clone(), i);
        i
    }

    /// The stack changed (a frame was entered or left): `frames` are the
    /// running frames' (filename, line), innermost first.
    pub fn set_frames(&mut self, frames: impl Iterator<Item = (Rc<str>, u32)>, depth: usize) {
        self.frames.clear();
        for (name, line) in frames.take(self.nframe) {
            let f = self.filename_id(&name);
            self.frames.push((f, line));
        }
        self.depth = depth.min(MAX_NFRAME) as u32;
        self.current = None;
    }

    /// The innermost frame moved on to `line`.
    #[inline]
    pub fn set_line(&mut self, line: u32) {
        if let Some(f) = self.frames.first_mut() {
            if f.1 != line {
                f.1 = line;
                self.current = None;
            }
        }
    }

    fn current_traceback(&mut self) -> u32 {
        if let Some(t) = self.current {
            return t;
        }
        let key = (self.frames.clone().into_boxed_slice(), self.depth);
        let id = match self.traceback_ids.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.tracebacks.len() as u32;
                self.tracebacks.push(key.clone());
                self.traceback_ids.insert(key, id);
                id
            }
        };
        self.current = Some(id);
        id
    }

    /// A block of `size` bytes was allocated at `addr`.
    pub fn alloc(&mut self, addr: u64, size: usize) {
        let tb = self.current_traceback();
        if let Some((old, _)) = self.traces.insert(addr, (size, tb)) {
            self.traced -= old;
        }
        self.traced += size;
        self.peak = self.peak.max(self.traced);
    }

    /// The block at `addr` went back to the allocator.
    pub fn free(&mut self, addr: u64) {
        if let Some((size, _)) = self.traces.remove(&addr) {
            self.traced -= size;
        }
    }

    /// Forgets every trace (`clear_traces`); the peak goes with them.
    pub fn clear(&mut self) {
        self.traces.clear();
        self.traced = 0;
        self.peak = 0;
    }

    /// The trace of the block at `addr`: its size and traceback.
    pub fn trace_of(&self, addr: u64) -> Option<(usize, u32)> {
        self.traces.get(&addr).copied()
    }

    /// Every trace as (address, size, traceback), by address so that a
    /// snapshot is the same on every run.
    pub fn all_traces(&self) -> Vec<(u64, usize, u32)> {
        let mut v: Vec<(u64, usize, u32)> = self.traces.iter().map(|(&a, &(s, t))| (a, s, t)).collect();
        v.sort_unstable_by_key(|t| t.0);
        v
    }

    /// Bytes the tracer's own tables take (`get_tracemalloc_memory`).
    pub fn own_memory(&self) -> usize {
        use std::mem::size_of;
        let frames: usize = self.tracebacks.iter().map(|(f, _)| f.len() * size_of::<Site>()).sum();
        self.traces.capacity() * size_of::<(u64, (usize, u32))>()
            + self.traceback_ids.capacity() * size_of::<((Box<[Site]>, u32), u32)>()
            + self.tracebacks.capacity() * size_of::<(Box<[Site]>, u32)>()
            + 2 * frames
            + self.filenames.iter().map(|f| f.len() + size_of::<Rc<str>>() * 2).sum::<usize>()
    }
}
