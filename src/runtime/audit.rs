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
            if s.flags & F_RUNTIME != 0 {
                counts[i] += 1;
            }
        }
        let extra = self.stack.iter().chain(self.handled.iter()).chain(self.pending.iter()).chain(self.blocks.iter()).chain(self.frames.iter().map(|f| &f.frame_obj));
        for r in extra {
            if !r.is_null() {
                counts[r.idx()] += 1;
            }
        }
        counts
    }

    /// Checks every stored count; on a mismatch prints both counts and exits.
    pub fn run_audit(&mut self) {
        // Only where no Rust code holds a temporary: between statements of the
        // outermost frame, outside finalizers and collections.
        if self.frames.len() > 1 || self.heap.gc.collecting || self.dealloc_depth() > 0 {
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

    /// Objects still alive that are not the runtime's own (and not reachable only through it).
    pub fn leaked_objects(&self) -> Vec<ObjRef> {
        self.heap
            .live_objects()
            .filter(|&r| {
                let f = self.heap.flags(r);
                f & F_RUNTIME == 0 && f & F_INTERNED == 0
            })
            .collect()
    }
}
