//! The heap audit (`glasspy --audit`): recount every live object's
//! references by scanning every holder MODEL.md §1 names, and stop with an
//! internal error when a stored count disagrees.
//!
//! Holders are of two kinds. An object holds what its `for_each_ref`
//! lists (containers, attributes, code constant tables, frames, cells).
//! Everything else that holds a counted reference is a *root*, listed by
//! `for_each_root` with a label saying what holds it: the runtime's own
//! references (the small-int cache, singletons, type objects, modules:
//! flagged `F_RUNTIME`), its table of names, `gc.garbage` and
//! `gc.callbacks`, the evaluation stack (frame slots and temporaries), the
//! frame objects of running frames, exceptions being handled, values
//! parked while a `finally` runs, the code objects of blocks being run, and
//! the held list (`held.rs`: what a builtin keeps in its own variables
//! while Python code runs). A count the scan cannot explain is a holder
//! missing from this list, not a wrong count; so whatever Rust code keeps
//! a reference across a call into Python puts it on the stack or holds it.

use super::*;

impl Interp {
    /// Calls `f` once per counted reference held by something that is not
    /// a heap object, with a short label naming the holder.
    pub fn for_each_root(&self, mut f: impl FnMut(ObjRef, &'static str)) {
        for (i, s) in self.heap.slots.iter().enumerate() {
            if !matches!(s.obj, Obj::Free) && s.flags() & F_RUNTIME != 0 {
                f(ObjRef(i as u32), "the runtime (caches, singletons, types, modules)");
            }
        }
        for r in self.names.all() {
            f(r, "the runtime's table of names");
        }
        f(self.gc_garbage, "gc.garbage");
        f(self.gc_callbacks, "gc.callbacks");
        for &r in &self.stack {
            f(r, "evaluation stack (frame slot or temporary)");
        }
        for &r in &self.handled {
            f(r, "exception being handled");
        }
        for &r in &self.pending {
            f(r, "value parked while a finally block runs");
        }
        for &r in &self.blocks {
            f(r, "code of a block being run");
        }
        for fr in &self.frames {
            f(fr.frame_obj, "frame object of a running frame");
        }
        for h in &self.held {
            f(h.obj, h.what);
        }
    }

    /// Every root reference with its holder's label (see `for_each_root`).
    pub fn roots(&self) -> Vec<(ObjRef, &'static str)> {
        let mut out = Vec::new();
        self.for_each_root(|r, what| {
            if !r.is_null() {
                out.push((r, what))
            }
        });
        out
    }

    /// Expected count of every slot, by scanning holders.
    pub fn scan_counts(&self) -> Vec<u32> {
        let mut counts = vec![0u32; self.heap.slots.len()];
        for s in self.heap.slots.iter() {
            if matches!(s.obj, Obj::Free) {
                continue;
            }
            s.obj.for_each_ref(|c| {
                if !c.is_null() {
                    counts[c.idx()] += 1
                }
            });
        }
        self.for_each_root(|r, _| {
            if !r.is_null() {
                counts[r.idx()] += 1;
            }
        });
        counts
    }

    /// Checks every stored count; on a mismatch prints both counts and exits.
    pub fn run_audit(&mut self) {
        // Not inside a collection or a deallocation (a finalizer or weakref
        // callback runs while the runtime holds the dying object).
        if self.heap.gc.collecting || self.dealloc_depth() > 0 {
            return;
        }
        let counts = self.scan_counts();
        for (i, s) in self.heap.slots.iter().enumerate() {
            if matches!(s.obj, Obj::Free) {
                continue;
            }
            if s.rc != counts[i] {
                let _ = std::io::Write::flush(&mut self.out);
                eprintln!(
                    "glasspy: internal error: heap audit failed: object #{} ({}) has reference count {} but {} holders",
                    i,
                    s.obj.type_name(),
                    s.rc,
                    counts[i]
                );
                std::process::exit(3);
            }
        }
    }

    /// Objects still alive at exit that the runtime does not hold (directly
    /// or through its modules, builtins and caches): leaks.
    pub fn leaked_objects(&self) -> Vec<ObjRef> {
        let n = self.heap.slots.len();
        let mut seen = vec![false; n];
        let mut work: Vec<ObjRef> = self.heap.live_objects().filter(|&r| self.heap.flags(r) & (F_RUNTIME | F_INTERNED) != 0).collect();
        work.extend(self.names.all());
        for &r in &work {
            seen[r.idx()] = true;
        }
        while let Some(r) = work.pop() {
            self.heap.get(r).for_each_ref(|c| {
                if !c.is_null() && !seen[c.idx()] {
                    seen[c.idx()] = true;
                    work.push(c);
                }
            });
        }
        self.heap.live_objects().filter(|r| !seen[r.idx()]).collect()
    }
}
