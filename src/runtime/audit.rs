//! The heap audit (`glasspy --audit`): recount every live object's
//! references by scanning every holder MODEL.md §1 names, and stop with an
//! internal error when a stored count disagrees.
//!
//! The holders themselves are listed by the inspection layer
//! (`inspect::holders::for_each_holder`), the same list `:why` labels, so
//! every passing audit also checks that the labelled holders add up.

use super::*;

/// The recount the audit compares stored counts with: one expected count
/// per slot. The inspection layer's holder scan (`inspect::holders`) is
/// installed here by whoever turns the audit on, so the engine has no
/// holder walker of its own that could disagree with the explain commands.
pub type Recount = fn(&Interp) -> Vec<u32>;

impl Interp {
    /// Checks every stored count; on a mismatch prints both counts and exits.
    pub fn run_audit(&mut self) {
        let Some(recount) = self.recount else { return };
        // Not inside a collection or a deallocation (a finalizer or weakref
        // callback runs while the runtime holds the dying object).
        if self.heap.gc.collecting || self.dealloc_depth() > 0 {
            return;
        }
        let counts = recount(self);
        for (i, s) in self.heap.slots.iter().enumerate() {
            if matches!(s.obj, Obj::Free) {
                continue;
            }
            if s.rc != counts[i] {
                let _ = std::io::Write::flush(&mut self.out);
                crate::err_println!(
                    "glasspy: internal error: heap audit failed: object #{} ({}{}) has reference count {} but {} holders",
                    i,
                    s.obj.type_name(),
                    match &s.obj {
                        Obj::Str(t) => format!(" {:?}", &*t.s()),
                        _ => String::new(),
                    },
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
            self.heap.get_raw(r).for_each_ref(|c| {
                if !c.is_null() && !seen[c.idx()] {
                    seen[c.idx()] = true;
                    work.push(c);
                }
            });
        }
        self.heap.live_objects().filter(|r| !seen[r.idx()]).collect()
    }
}
