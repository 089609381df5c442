//! What the cycle collector's passes report as they run, to whoever watches.
//!
//! Every pass in `collect.rs` calls one method of a `GcObserver` at each
//! step a learner would want to see (an object's gc_refs set, one internal
//! reference subtracted, an object rescued, a weakref cleared, ...). The
//! methods do nothing by default, and the passes are generic over the
//! observer, so a collection nobody watches is compiled with every call
//! gone: the passes have no debug branches of their own.
//!
//! Watchers:
//! * `DebugStats` (here): `gc.set_debug(gc.DEBUG_STATS)` and
//!   `DEBUG_COLLECTABLE`, CPython's lines on stderr;
//! * the collector in slow motion (`:gc`, `--gc-trace`), a view in the
//!   inspection layer (`src/inspect/gc_trace.rs`), installed through
//!   `Interp::gc_observer` or passed to `Interp::collect_observed`.
//!
//! An observer only reads: it gets `&Interp`, never allocates on the heap
//! and changes no count, so a watched collection does exactly what an
//! unwatched one does. It may keep text and write it in `flush`, which the
//! collector calls before any Python code runs (a weakref callback, a
//! `__del__`) and at the end, with the program's buffered stdout, so the
//! report and the program's own output come out in the order they happened.

use std::io::Write;

use super::modules::{DEBUG_COLLECTABLE, DEBUG_STATS};
use super::Interp;
use crate::heap::gc::LIST_UNREACHABLE;
use crate::heap::object::ObjRef;

/// One method per event of a collection, in the order they happen.
#[allow(unused_variables)]
pub trait GcObserver {
    /// A collection of generation `gen` begins (nothing has moved yet).
    fn start(&mut self, it: &Interp, gen: usize) {}
    /// update_refs: `r` is examined; its gc_refs starts at its reference count.
    fn update_refs(&mut self, it: &Interp, r: ObjRef, gc_refs: u32) {}
    /// subtract_refs: `from` holds a reference to `to`, both examined: that
    /// reference is internal, so `to`'s gc_refs goes down by one.
    fn subtract_ref(&mut self, it: &Interp, from: ObjRef, to: ObjRef) {}
    /// move_unreachable: the scan reached `r` with gc_refs > 0: reachable.
    fn reachable(&mut self, it: &Interp, r: ObjRef) {}
    /// move_unreachable: the scan reached `r` with gc_refs 0: tentatively unreachable.
    fn tentatively_unreachable(&mut self, it: &Interp, r: ObjRef) {}
    /// move_unreachable: reachable `by` references `r`, which had gc_refs 0:
    /// `r` is reachable after all.
    fn rescued(&mut self, it: &Interp, r: ObjRef, by: ObjRef) {}
    /// untrack_tuples / untrack_dicts: `r` holds nothing trackable and stops being tracked.
    fn untracked(&mut self, it: &Interp, r: ObjRef) {}
    /// The garbage is known (the collector's unreachable list); the
    /// survivors are in generation `old`. Nothing has been freed yet.
    fn unreachable_found(&mut self, it: &Interp, old: usize) {}
    /// handle_weakrefs: weakref `w` to garbage (or garbage itself) is cleared
    /// next (it still points at its referent).
    fn weakref_cleared(&mut self, it: &Interp, w: ObjRef) {}
    /// handle_weakrefs: the callback of live weakref `w` runs next.
    fn weakref_callback(&mut self, it: &Interp, w: ObjRef) {}
    /// finalize_garbage: `r`'s `__del__` runs next (PEP 442: once per object).
    fn finalizer(&mut self, it: &Interp, r: ObjRef) {}
    /// handle_resurrected_objects begins: the garbage is checked again.
    fn resurrection_check(&mut self, it: &Interp) {}
    /// handle_resurrected_objects: a finalizer made `r` reachable again.
    fn resurrected(&mut self, it: &Interp, r: ObjRef) {}
    /// delete_garbage: `r` is cleared next (tp_clear), or saved in gc.garbage.
    fn clear(&mut self, it: &Interp, r: ObjRef) {}
    /// The collection is over: `unreachable` objects were found.
    fn done(&mut self, it: &Interp, gen: usize, unreachable: usize) {}
    /// Write what is pending; `out` is the program's buffered stdout.
    fn flush(&mut self, out: &mut dyn Write) {}
}

/// Nobody watching: every call compiles to nothing.
pub struct NoObserver;

impl GcObserver for NoObserver {}

/// Two observers watching one collection (DEBUG_STATS and a trace): each
/// event goes to the first, then to the one borrowed.
pub struct Both<'a, A, B: ?Sized>(pub A, pub &'a mut B);

/// The methods of `Both`: each event to the first observer, then the second.
macro_rules! to_both {
    ($($event:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $event(&mut self, it: &Interp, $($arg: $ty),*) {
            self.0.$event(it, $($arg),*);
            self.1.$event(it, $($arg),*)
        })*
    };
}

impl<A: GcObserver, B: GcObserver + ?Sized> GcObserver for Both<'_, A, B> {
    to_both! {
        start(gen: usize);
        update_refs(r: ObjRef, gc_refs: u32);
        subtract_ref(from: ObjRef, to: ObjRef);
        reachable(r: ObjRef);
        tentatively_unreachable(r: ObjRef);
        rescued(r: ObjRef, by: ObjRef);
        untracked(r: ObjRef);
        unreachable_found(old: usize);
        weakref_cleared(w: ObjRef);
        weakref_callback(w: ObjRef);
        finalizer(r: ObjRef);
        resurrection_check();
        resurrected(r: ObjRef);
        clear(r: ObjRef);
        done(gen: usize, unreachable: usize);
    }
    fn flush(&mut self, out: &mut dyn Write) {
        self.0.flush(out);
        self.1.flush(out)
    }
}

/// handle_resurrected_objects re-runs update_refs, subtract_refs and
/// move_unreachable on the garbage: what the scan finds reachable there
/// was resurrected. This adaptor reports just that to the observer it wraps.
pub struct Recheck<'a, O: ?Sized>(pub &'a mut O);

impl<O: GcObserver + ?Sized> GcObserver for Recheck<'_, O> {
    fn reachable(&mut self, it: &Interp, r: ObjRef) {
        self.0.resurrected(it, r)
    }
}

/// gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE): CPython's lines on
/// stderr, written when the collector flushes (the program's stdout first).
pub struct DebugStats {
    debug: i64,
    text: String,
}

impl DebugStats {
    pub fn new(debug: i64) -> DebugStats {
        DebugStats { debug, text: String::new() }
    }
}

impl GcObserver for DebugStats {
    fn start(&mut self, it: &Interp, gen: usize) {
        if self.debug & DEBUG_STATS != 0 {
            let lens: Vec<usize> = (0..3).map(|i| it.heap.gc_len(i)).collect();
            self.text.push_str(&format!("gc: collecting generation {}...\n", gen));
            self.text.push_str(&format!("gc: objects in each generation: {} {} {}\n", lens[0], lens[1], lens[2]));
            self.text.push_str("gc: objects in permanent generation: 0\n");
        }
    }
    fn unreachable_found(&mut self, it: &Interp, _old: usize) {
        if self.debug & DEBUG_COLLECTABLE != 0 {
            for r in it.heap.gc_generation(LIST_UNREACHABLE as usize) {
                self.text.push_str(&format!("gc: collectable <{} 0x{:x}>\n", it.type_name(r), it.heap.id(r)));
            }
        }
    }
    fn done(&mut self, _it: &Interp, _gen: usize, unreachable: usize) {
        if self.debug & DEBUG_STATS != 0 {
            self.text.push_str(&format!("gc: done, {} unreachable, 0 uncollectable, 0.0000s elapsed\n", unreachable));
        }
    }
    fn flush(&mut self, out: &mut dyn Write) {
        if !self.text.is_empty() {
            let _ = out.flush();
            crate::err_print!("{}", self.text);
            self.text.clear();
        }
    }
}
