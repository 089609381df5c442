//! The heap audit (`glasspy --audit`): recount every live object's
//! references by scanning every holder MODEL.md §1 names, and stop with an
//! internal error when a stored count disagrees.
//!
//! Holders: references between objects (containers, attributes, code
//! constant tables, frames), the runtime's own references (the small-int
//! cache, singletons, type objects, modules: flagged `F_RUNTIME`), the
//! evaluation stack (frame slots and temporaries), the frame objects of
//! running frames, exceptions being handled, values parked while a
//! `finally` runs, and the code objects of blocks being run.

use super::*;

impl Interp {
    /// Expected count of every slot, by scanning holders.
    pub fn scan_counts(&self) -> Vec<u32> {
        let mut counts = vec![0u32; self.heap.slots.len()];
        for (i, s) in self.heap.slots.iter().enumerate() {
            if matches!(s.obj, Obj::Free) {
                continue;
            }
            s.obj.for_each_ref(|c| {
                if !c.is_null() {
                    counts[c.idx()] += 1
                }
            });
            if s.flags() & F_RUNTIME != 0 {
                counts[i] += 1;
            }
        }
        let names = self.names.all();
        let garbage = [self.gc_garbage, self.gc_callbacks];
        let extra = names.iter().chain(garbage.iter()).chain(self.stack.iter()).chain(self.handled.iter()).chain(self.pending.iter()).chain(self.blocks.iter()).chain(self.frames.iter().map(|f| &f.frame_obj));
        for r in extra {
            if !r.is_null() {
                counts[r.idx()] += 1;
            }
        }
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
