//! The memory budget: how much memory a program may use.
//!
//! A runaway request (`'x'.center(10**11)`, a format width of ten billion)
//! must be a `MemoryError` with the session intact, not an abort of the
//! process or a machine driven into swap. The cap is `--max-memory SIZE`,
//! else the `GLASSPY_MAX_MEMORY` environment variable (bytes, or with a
//! K, M or G suffix), else a quarter of the machine's physical memory.
//! Three checks use it: a single payload (a str, a list's items) bigger than
//! the budget is refused before it is made; the live objects together
//! may not pass it (about 64 bytes each, `max_objects`): the heap then
//! raises the interrupt flag and the runtime raises MemoryError at its
//! next check, as it raises KeyboardInterrupt for Ctrl-C; and the bytes
//! the process has allocated beyond what the interpreter had when it was
//! made may not pass it either. Those are counted by the global allocator
//! (`Counting`), so every Vec, String and table that grows with the
//! program's input — a list's item array filled by a comprehension of
//! cached ints, a `replace` result, a sort's buffer — is charged, wherever
//! it is; past the cap the allocator raises a flag (it cannot raise an
//! exception) and the runtime's next check raises MemoryError.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};

use super::*;

/// 0 until first read: then the cap in bytes.
static MAX_MEMORY: AtomicUsize = AtomicUsize::new(0);

/// Parses "512M", "2G", "1000000" (bytes); None if malformed.
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (digits, unit) = match s.char_indices().last()? {
        (i, c) if c.is_ascii_alphabetic() => (&s[..i], c.to_ascii_uppercase()),
        _ => (s, 'B'),
    };
    let n: usize = digits.trim().parse().ok()?;
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        'T' => 40,
        _ => return None,
    };
    n.checked_mul(1usize << shift)
}

/// Sets the cap (`--max-memory`).
pub fn set_max_memory(bytes: usize) {
    MAX_MEMORY.store(bytes.max(1), Ordering::Relaxed);
}

/// The cap in bytes.
pub fn max_memory() -> usize {
    let m = MAX_MEMORY.load(Ordering::Relaxed);
    if m != 0 {
        return m;
    }
    let m = std::env::var("GLASSPY_MAX_MEMORY").ok().and_then(|v| parse_size(&v)).unwrap_or_else(|| physical_memory() / 4);
    set_max_memory(m);
    m
}

/// What one object costs glasspy in real memory, about (its slot, its
/// payload, the allocator's bookkeeping): the budget in objects is the
/// budget in bytes divided by this.
const BYTES_PER_OBJECT: usize = 64;

/// The budget in live objects (`Heap::max_live`).
pub fn max_objects() -> usize {
    max_memory() / BYTES_PER_OBJECT
}

/// MemTotal from /proc/meminfo (4 GiB when it cannot be read).
fn physical_memory() -> usize {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let kb = text.lines().find_map(|l| l.strip_prefix("MemTotal:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok());
    kb.map(|k| k.saturating_mul(1024)).unwrap_or(4 << 30)
}

/// Whether a payload of `bytes` fits the budget (what the program holds
/// besides is the allocator's to count).
pub fn fits(bytes: u128) -> bool {
    bytes <= max_memory() as u128
}

/// Whether a str of `bytes` (UTF-8) fits: the budget, and the 4 GiB a
/// glasspy str can hold (its length is 32 bits, `heap/thin.rs`).
pub fn fits_str(bytes: u128) -> bool {
    fits(bytes) && bytes <= u32::MAX as u128
}

impl Interp {
    /// Refuses a str of `bytes` beyond the budget (`fits_str`) with MemoryError.
    pub fn check_str_budget(&mut self, bytes: u128) -> R<()> {
        if fits_str(bytes) {
            Ok(())
        } else {
            Err(self.new_exception(ExcKind::MemoryError, None))
        }
    }

    /// MemoryError if an allocation has passed the cap since the last
    /// check and the program still holds more than the cap. Called where
    /// Ctrl-C is noticed, after every builtin call and between the items of
    /// a repr: the points where memory grown in Rust code meets Python.
    #[inline]
    pub fn check_memory(&mut self) -> R<()> {
        if over() && take_over(self.idle_bytes()) {
            return Err(self.new_exception(ExcKind::MemoryError, None));
        }
        Ok(())
    }

    /// Memory the interpreter keeps for reuse but the program does not
    /// hold: heap slots and evaluation-stack entries above what is in use
    /// (both stay at their high-water mark), and an observer's record of
    /// births and frees (the prompt's, for `:diff`). Not charged to the budget.
    fn idle_bytes(&self) -> usize {
        let slots = self.heap.slots.capacity().saturating_sub(self.heap.live) * std::mem::size_of::<crate::heap::Slot>();
        let watch = self.heap.watch.as_ref().map_or(0, |w| w.bytes());
        let observer = OBSERVER_BYTES.load(Ordering::Relaxed).max(0) as usize;
        slots + (self.stack.capacity() - self.stack.len()) * std::mem::size_of::<ObjRef>() + watch + observer
    }

    /// Runs an observer's callback (the glass: snapshots, reports, the
    /// blocks it remembers): what the process holds more afterwards, less
    /// the growth of the heap's watch record (counted by `idle_bytes`), is
    /// the observer's, not charged to the program.
    pub fn uncharged<T>(&mut self, f: impl FnOnce(&mut Interp) -> T) -> T {
        let watch = |it: &Interp| it.heap.watch.as_ref().map_or(0, |w| w.bytes()) as isize;
        let (live, w) = (LIVE_BYTES.load(Ordering::Relaxed) as isize, watch(self));
        let r = f(self);
        let grown = (LIVE_BYTES.load(Ordering::Relaxed) as isize).wrapping_sub(live) - (watch(self) - w);
        OBSERVER_BYTES.fetch_add(grown, Ordering::Relaxed);
        r
    }
}

// ----- the bytes the process holds ----------------------------------------------

/// Bytes allocated and not yet freed, by every thread.
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
/// The live bytes past which the program is over its budget: the cap plus
/// what the interpreter held when it was made (`arm`); none until then.
static BYTE_LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Raised by the allocator when an allocation passes `BYTE_LIMIT`.
static OVER: AtomicBool = AtomicBool::new(false);
/// What observers' callbacks hold (`Interp::uncharged`).
static OBSERVER_BYTES: AtomicIsize = AtomicIsize::new(0);

/// The global allocator: the system's, with every byte counted.
pub struct Counting;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[inline]
fn charge(n: usize) {
    let now = LIVE_BYTES.fetch_add(n, Ordering::Relaxed).wrapping_add(n);
    if now > BYTE_LIMIT.load(Ordering::Relaxed) {
        OVER.store(true, Ordering::Relaxed);
    }
}

#[inline]
fn credit(n: usize) {
    LIVE_BYTES.fetch_sub(n, Ordering::Relaxed);
}

// SAFETY: every method passes its arguments unchanged to `System`, which
// upholds GlobalAlloc's contract; the counting touches only atomics (no
// allocation, no lock), and only after a successful call.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            charge(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            charge(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        credit(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                charge(new_size - layout.size());
            } else {
                credit(layout.size() - new_size);
            }
        }
        p
    }
}

/// Starts charging the program: what is live now (the interpreter just
/// made) is free, the cap applies to everything after.
pub fn arm() {
    let base = LIVE_BYTES.load(Ordering::Relaxed);
    BYTE_LIMIT.store(base.saturating_add(max_memory()), Ordering::Relaxed);
    OVER.store(false, Ordering::Relaxed);
}

/// Has an allocation passed the cap since the last `take_over`?
#[inline]
pub fn over() -> bool {
    OVER.load(Ordering::Relaxed)
}

/// Clears the flag; true if it was raised and the program still holds
/// more than the cap (it may have freed what it made since), not counting
/// `idle` bytes the interpreter keeps for reuse.
pub fn take_over(idle: usize) -> bool {
    OVER.swap(false, Ordering::Relaxed) && LIVE_BYTES.load(Ordering::Relaxed).saturating_sub(idle) > BYTE_LIMIT.load(Ordering::Relaxed)
}
