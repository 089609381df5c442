//! The cycle collector's passes, after Modules/gcmodule.c (CPython 3.11).
//!
//! `collect()` reads as gc_collect_main, one call per pass, each pass with
//! its contract above it:
//!
//! 1. `update_refs`: merge the younger generations into `g` ("young"), and
//!    set gc_refs = reference count for every young object;
//! 2. `subtract_refs`: minus one for every reference from another young
//!    object — what is left counts references from outside the young set;
//! 3. `move_unreachable`: objects with gc_refs > 0, and all they reach, are
//!    reachable; the rest is unreachable. As in CPython, the scan is one pass
//!    over the young list; an object found reachable after the scan passed it
//!    goes back to the end of the list, so survivors keep CPython's order;
//! 4. `untrack_tuples` (and, in a full collection, `untrack_dicts`): containers
//!    that hold nothing trackable stop being tracked; survivors move to the
//!    next generation (`move_legacy_finalizers` has nothing to do: no type
//!    here has a legacy `tp_del`);
//! 5. `handle_weakrefs`: clear weakrefs to the garbage (and weakrefs that are
//!    garbage), run the callbacks of weakrefs that are alive, newest first;
//! 6. `finalize_garbage`: run `__del__` once per object (PEP 442);
//! 7. `handle_resurrected_objects`: redo 1–3 on the garbage; what a finalizer
//!    made reachable again survives;
//! 8. `delete_garbage`: `tp_clear` each remaining object, so reference
//!    counting frees the cycle (or, with DEBUG_SAVEALL, append it to gc.garbage).
//!
//! The collector knows no type by name: what a container visits
//! (`tp_traverse`, or for big containers the same walk one step at a time,
//! so a collection needs no buffer in proportion to a container's size),
//! how it is cleared (`tp_clear`) and which finalizer it has are the type's
//! slots, in its file under `types/`.
//!
//! Around it, as `gc_collect_with_callback` wraps `gc_collect_main`,
//! `collect_observed` calls gc.callbacks before and after. Each pass tells a
//! `GcObserver` (gc_observer.rs) what it does; `DEBUG_STATS` and
//! `DEBUG_COLLECTABLE` are one observer, the slow-motion view of `:gc` and
//! `--gc-trace` another. The passes are generic over the observer, so an
//! unwatched collection has no trace of it.
//!
//! While 1–4 run no object is freed and no Python code runs, so the young set
//! is a list linked through the slots; gc_refs live in the slot's `gc_prev` field, as CPython
//! keeps them in `_gc_prev`, and the slot's `gen` marks the object's state.
//! From 5 on, Python code runs and objects may die at any time, so the garbage
//! sits in an intrusive list (`LIST_UNREACHABLE`) that freeing unlinks from,
//! as in CPython. No extra reference is held on the garbage.
//!
//! `GLASSPY_GC_STRESS=1` runs a *shadow* full collection before every tracked
//! allocation: it frees garbage like any collection, but leaves what a
//! program can observe of the collector's bookkeeping alone — generation
//! counts, which generation each survivor is in, tuple and dict tracking,
//! the free lists, gc.get_stats, DEBUG_STATS — so a correct program prints
//! the same under stress unless it depends on *when* garbage is reclaimed.

use std::collections::HashMap;

use super::gc_observer::{Both, DebugStats, GcObserver, NoObserver, Recheck};
use super::modules::{DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS};
use super::*;
use crate::heap::gc::{LIST_SEEN, LIST_UNREACHABLE, LIST_WRCB};
use crate::types::{with_slots, TypeSlots};

/// `gen` marks while passes 2–4 run (never seen outside a collection).
const M_COLLECTING: u8 = 6;
/// gc_refs was 0 when the scan reached it: tentatively unreachable.
const M_TENTATIVE: u8 = 7;

/// Where move_unreachable puts the reachable objects.
#[derive(Clone, Copy)]
enum Dest<'a> {
    List(usize),
    /// Back to the list each came from (shadow collections).
    HomeMap(&'a HashMap<u32, u8>),
}

/// A list of objects being collected, singly linked through `gc_next`
/// (`gc_prev` holds gc_refs meanwhile), as CPython's young list is while
/// move_unreachable runs. No vector: a full collection of a big heap costs
/// no memory beyond the slots.
#[derive(Clone, Copy)]
struct Young {
    head: u32,
    tail: u32,
}

const NIL: u32 = u32::MAX;

impl Interp {
    /// tp_traverse: the counted references to GC objects a container visits,
    /// in CPython's order (non-GC referents may be visited too; NULLs are
    /// not). Each type's is in its file under `types/`.
    /// (The dispatch is written out here, not called through
    /// `Obj::traverse`, so that each type's traverse inlines with `f`.)
    #[inline(always)]
    pub fn traverse(&self, r: ObjRef, f: &mut impl FnMut(ObjRef)) {
        with_slots!(self.heap.get_raw(r), p => TypeSlots::traverse(p, f))
    }

    /// gc.collect(g), and every automatic collection: the observer
    /// installed in `gc_observer` (`--gc-trace`), if any, watches it.
    /// Returns the unreachable objects found (collected plus uncollectable,
    /// the latter always 0 here: there are no legacy finalizers).
    pub fn collect_generation(&mut self, g: usize) -> usize {
        match self.gc_observer.take() {
            None => self.collect_observed(g, &mut NoObserver),
            Some(mut view) => {
                let n = self.collect_observed(g, &mut *view);
                self.gc_observer = Some(view);
                n
            }
        }
    }

    /// gc_collect_with_callback: gc.callbacks are called around the
    /// collection; DEBUG_STATS / DEBUG_COLLECTABLE watch it beside `obs`.
    /// The collection is the same whoever watches.
    pub fn collect_observed<O: GcObserver + ?Sized>(&mut self, g: usize, obs: &mut O) -> usize {
        if self.heap.gc.collecting {
            return 0;
        }
        self.heap.gc.collecting = true;
        self.invoke_gc_callbacks("start", g, 0);
        let debug = self.heap.gc.debug as i64;
        let m = if debug & (DEBUG_STATS | DEBUG_COLLECTABLE) != 0 {
            self.collect(g, false, &mut Both(DebugStats::new(debug), obs))
        } else {
            self.collect(g, false, obs)
        };
        self.invoke_gc_callbacks("stop", g, m);
        self.heap.gc.collecting = false;
        m
    }

    /// GLASSPY_GC_STRESS: a full collection that leaves the observable
    /// bookkeeping as it was (see the module comment). Nobody watches it.
    pub fn collect_stress(&mut self) -> usize {
        if self.heap.gc.debug as i64 & DEBUG_SAVEALL != 0 || self.heap.gc.collecting {
            // It would move garbage into gc.garbage behind the program's back.
            return 0;
        }
        self.heap.gc.collecting = true;
        self.heap.gc.shadow = true;
        let n = self.collect(2, true, &mut NoObserver);
        self.heap.gc.shadow = false;
        self.heap.gc.collecting = false;
        n
    }

    /// gc_collect_main: the whole algorithm, one call per pass. A shadow
    /// collection (stress) takes every generation, sends each survivor back
    /// to the list it came from and changes no counter.
    fn collect<O: GcObserver + ?Sized>(&mut self, g: usize, shadow: bool, obs: &mut O) -> usize {
        obs.start(self, g);
        self.emit(obs);
        if !shadow {
            self.update_counters(g);
        }
        // Survivors go to `old`, after what it already holds. The younger
        // generations are merged into g (gc_list_merge appends each younger
        // list after g's, so the order is g, 0, 1, ...).
        let old = if g < 2 { g + 1 } else { 2 };
        let gens: Vec<usize> = if shadow { vec![2, 0, 1] } else { std::iter::once(g).chain(0..g).collect() };
        let mut home = HashMap::new();
        let young = self.update_refs(&gens, if shadow { Some(&mut home) } else { None }, obs);
        self.subtract_refs(young, obs);
        let before = self.heap.gc.list(old as u8).tail;
        let dest = if shadow { Dest::HomeMap(&home) } else { Dest::List(old) };
        let reachable = self.move_unreachable(young, dest, obs);
        if !shadow {
            let mut survivors = reachable - self.untrack_tuples(old, before, obs);
            if g == 2 {
                survivors -= self.untrack_dicts(old, before, obs);
            }
            self.update_long_lived(g, survivors);
        }
        // move_legacy_finalizers has nothing to do: no type here has a
        // legacy tp_del, so nothing is uncollectable.
        obs.unreachable_found(self, old);
        self.emit(obs);
        let mut m = self.handle_weakrefs(old, shadow, obs);
        self.finalize_garbage(obs);
        m += self.handle_resurrected_objects(dest, obs);
        self.delete_garbage(old, shadow, &home, self.heap.gc.debug as i64 & DEBUG_SAVEALL != 0, obs);
        obs.done(self, g, m);
        self.emit(obs);
        if !shadow {
            self.update_stats(g, m);
        }
        m
    }

    /// Hands the observer the program's stdout to write what it has.
    #[inline(always)]
    fn emit<O: GcObserver + ?Sized>(&mut self, obs: &mut O) {
        obs.flush(&mut self.out);
    }

    /// Collecting generation g adds one to g+1's count and zeroes 0..=g.
    fn update_counters(&mut self, g: usize) {
        if g + 1 < 3 {
            self.heap.gc.gens[g + 1].count += 1;
        }
        for i in 0..=g {
            self.heap.gc.gens[i].count = 0;
        }
    }

    /// What decides when the next full collection runs (see
    /// GcState::generation_to_collect).
    fn update_long_lived(&mut self, g: usize, survivors: usize) {
        if g == 1 {
            self.heap.gc.long_lived_pending += survivors;
        }
        if g == 2 {
            self.heap.gc.long_lived_pending = 0;
            self.heap.gc.long_lived_total = survivors;
        }
    }

    /// gc.get_stats(); a full collection also empties the type free lists.
    fn update_stats(&mut self, g: usize, m: usize) {
        if g == 2 {
            self.heap.clear_freelists();
        }
        let st = &mut self.heap.gc.stats[g];
        st.0 += 1;
        st.1 += m;
    }

    /// invoke_gc_callback: calls each of gc.callbacks with the phase and
    /// {"generation", "collected", "uncollectable"}; an exception in one is
    /// reported as unraisable and the others still run.
    fn invoke_gc_callbacks(&mut self, phase: &str, generation: usize, collected: usize) {
        let l = self.gc_callbacks;
        if l.is_null() || !matches!(self.heap.get(l), Obj::List(items) if !items.items.is_empty()) {
            return;
        }
        let info = self.new_dict();
        self.stack.push(info);
        for (k, v) in [("generation", generation), ("collected", collected), ("uncollectable", 0)] {
            let key = self.heap.intern(k);
            let val = self.heap.int(v as i64);
            let _ = self.dict_set(info, key, val);
            self.decref(key);
            self.decref(val);
        }
        let phase = self.heap.str(phase);
        self.stack.push(phase);
        let mut i = 0;
        loop {
            let cb = match self.heap.get(l) {
                Obj::List(items) if i < items.items.len() => items.items[i],
                _ => break,
            };
            i += 1;
            self.incref(cb);
            self.stack.push(cb);
            self.incref(phase);
            self.stack.push(phase);
            self.incref(info);
            self.stack.push(info);
            let r = self.call_held(cb, 2);
            let cb = self.stack.pop().unwrap();
            match r {
                Ok(v) => self.decref(v),
                Err(e) => self.report_unraisable_in(e, cb),
            }
            self.decref(cb);
        }
        let phase = self.stack.pop().unwrap();
        self.decref(phase);
        let info = self.stack.pop().unwrap();
        self.decref(info);
    }

    /// update_refs: empties the lists `gens` into one young list, in order
    /// (gc_list_merge), and sets each object's gc_refs to its reference
    /// count, marking it as being collected. With `home`, records the list
    /// each object came from. Nothing is freed and no Python code runs from
    /// here to the end of move_unreachable.
    fn update_refs<O: GcObserver + ?Sized>(&mut self, gens: &[usize], mut home: Option<&mut HashMap<u32, u8>>, obs: &mut O) -> Young {
        let mut young = Young { head: NIL, tail: NIL };
        for &g in gens {
            let l = *self.heap.gc.list(g as u8);
            if l.head == NIL {
                continue;
            }
            let mut cur = l.head;
            while cur != NIL {
                let s = &mut self.heap.slots[cur as usize];
                let next = s.gc_next();
                let refs = s.rc.min(crate::heap::GC_REFS_MAX);
                s.set_gc_prev(refs);
                s.set_gen(M_COLLECTING);
                if let Some(h) = home.as_deref_mut() {
                    h.insert(cur, g as u8);
                }
                obs.update_refs(self, ObjRef(cur), refs);
                cur = next;
            }
            // The list's own next links already chain its objects in order.
            if young.tail == NIL {
                young.head = l.head;
            } else {
                self.heap.slots[young.tail as usize].set_gc_next(l.head);
            }
            young.tail = l.tail;
            let l = self.heap.gc.list_mut(g as u8);
            l.head = NIL;
            l.tail = NIL;
            l.len = 0;
        }
        young
    }

    /// subtract_refs: for every reference from one young object to another,
    /// the referent's gc_refs goes down by one. What is left counts the
    /// references from outside the young set (a global, a frame, an older
    /// object).
    fn subtract_refs<O: GcObserver + ?Sized>(&mut self, young: Young, obs: &mut O) {
        let mut buf: Vec<ObjRef> = Vec::new();
        let mut cur = young.head;
        while cur != NIL {
            let from = ObjRef(cur);
            self.visit_children(from, &mut buf, |it, c| {
                let s = &mut it.heap.slots[c.idx()];
                if s.gen() == M_COLLECTING {
                    debug_assert!(s.gc_prev() > 0, "gc: a visited reference is not counted");
                    let refs = s.gc_prev();
                    // A count too big to hold stays put: referenced from outside.
                    if refs != crate::heap::GC_REFS_MAX {
                        s.set_gc_prev(refs.saturating_sub(1));
                    }
                    obs.subtract_ref(it, from, c);
                }
            });
            cur = self.heap.slots[cur as usize].gc_next();
        }
    }

    /// move_unreachable: objects with gc_refs > 0, and everything they
    /// reach, are reachable; the rest is unreachable. Reachable objects are
    /// linked into their destination list in CPython's order as the scan
    /// finds them, and counted; the unreachable ones are appended to
    /// LIST_UNREACHABLE, in the order the scan found them.
    ///
    /// One scan: objects rescued after the scan passed them go to the end
    /// of the young list (and are scanned again there). The tentatively
    /// unreachable are doubly linked (their gc_refs is 0, so gc_prev is free
    /// for the back link), so a rescue unlinks in O(1).
    fn move_unreachable<O: GcObserver + ?Sized>(&mut self, young: Young, dest: Dest, obs: &mut O) -> usize {
        let mut buf: Vec<ObjRef> = Vec::new();
        let mut reachable = 0;
        let mut tent = Young { head: NIL, tail: NIL };
        let mut tail = young.tail;
        let mut cur = young.head;
        while cur != NIL {
            let r = ObjRef(cur);
            if self.heap.slots[cur as usize].gc_prev() == 0 {
                let s = &mut self.heap.slots[cur as usize];
                let next = s.gc_next();
                s.set_gen(M_TENTATIVE);
                s.set_gc_prev(tent.tail);
                s.set_gc_next(NIL);
                if tent.tail == NIL {
                    tent.head = cur;
                } else {
                    self.heap.slots[tent.tail as usize].set_gc_next(cur);
                }
                tent.tail = cur;
                obs.tentatively_unreachable(self, r);
                cur = next;
                continue;
            }
            self.visit_children(r, &mut buf, |it, c| {
                let slots = &mut it.heap.slots;
                let s = &mut slots[c.idx()];
                match s.gen() {
                    M_TENTATIVE => {
                        // Unlink from the tentative list ...
                        let (p, n) = (s.gc_prev(), s.gc_next());
                        if p == NIL {
                            tent.head = n;
                        } else {
                            slots[p as usize].set_gc_next(n);
                        }
                        if n == NIL {
                            tent.tail = p;
                        } else {
                            slots[n as usize].set_gc_prev(p);
                        }
                        // ... and append to the young list being scanned.
                        let s = &mut slots[c.idx()];
                        s.set_gen(M_COLLECTING);
                        s.set_gc_prev(1);
                        s.set_gc_next(NIL);
                        slots[tail as usize].set_gc_next(c.0);
                        tail = c.0;
                        obs.rescued(it, c, r);
                    }
                    M_COLLECTING if s.gc_prev() == 0 => {
                        s.set_gc_prev(1);
                        obs.rescued(it, c, r);
                    }
                    _ => {}
                }
            });
            // Read the link only now: a rescue may have appended after r.
            let next = self.heap.slots[cur as usize].gc_next();
            let to = match dest {
                Dest::List(l) => l,
                Dest::HomeMap(m) => m.get(&r.0).copied().unwrap_or(2) as usize,
            };
            self.heap.gc_link(r, to);
            reachable += 1;
            obs.reachable(self, r);
            cur = next;
        }
        let mut cur = tent.head;
        while cur != NIL {
            let next = self.heap.slots[cur as usize].gc_next();
            self.heap.gc_link(ObjRef(cur), LIST_UNREACHABLE as usize);
            cur = next;
        }
        reachable
    }

    /// untrack_tuples: a surviving tuple that holds nothing trackable can
    /// never be part of a cycle, so it stops being tracked. The survivors
    /// are the part of `old` after `before`. Returns how many.
    fn untrack_tuples<O: GcObserver + ?Sized>(&mut self, old: usize, before: u32, obs: &mut O) -> usize {
        self.untrack_survivors(old, before, |o| matches!(o, Obj::Tuple(_)), obs)
    }

    /// untrack_dicts (full collections only): the same for dicts.
    fn untrack_dicts<O: GcObserver + ?Sized>(&mut self, old: usize, before: u32, obs: &mut O) -> usize {
        self.untrack_survivors(old, before, |o| matches!(o, Obj::Dict(_)), obs)
    }

    fn untrack_survivors<O: GcObserver + ?Sized>(&mut self, old: usize, before: u32, kind: fn(&Obj) -> bool, obs: &mut O) -> usize {
        let mut n = 0;
        let mut cur = if before == NIL { self.heap.gc.list(old as u8).head } else { self.heap.slots[before as usize].gc_next() };
        while cur != NIL {
            let r = ObjRef(cur);
            cur = self.heap.slots[cur as usize].gc_next();
            if kind(self.heap.get_raw(r)) && self.all_untrackable(r) {
                obs.untracked(self, r);
                self.heap.gc_untrack(r);
                n += 1;
            }
        }
        n
    }

    /// handle_resurrected_objects: the finalizers may have made some of the
    /// garbage reachable again, so update_refs, subtract_refs and
    /// move_unreachable run once more over the garbage; what they find
    /// reachable survives (to `dest`). Returns what is still garbage, as
    /// CPython counts it.
    fn handle_resurrected_objects<O: GcObserver + ?Sized>(&mut self, dest: Dest, obs: &mut O) -> usize {
        obs.resurrection_check(self);
        let mut recheck = Recheck(obs);
        let garbage = self.update_refs(&[LIST_UNREACHABLE as usize], None, &mut recheck);
        self.subtract_refs(garbage, &mut recheck);
        self.move_unreachable(garbage, dest, &mut recheck);
        self.heap.gc_len(LIST_UNREACHABLE as usize)
    }

    /// Calls `f` with every child `traverse` visits, in the same order,
    /// without gathering them first when the type walks its children one
    /// step at a time (`TypeSlots::traverse_steps`: list, tuple, dict, set;
    /// a collection must not need memory in proportion to the heap: a list
    /// of two million items would take an 8 MB buffer). `f` changes gc
    /// bookkeeping only, never the container.
    fn visit_children(&mut self, r: ObjRef, buf: &mut Vec<ObjRef>, mut f: impl FnMut(&mut Interp, ObjRef)) {
        let steps = with_slots!(self.heap.get_raw(r), p => TypeSlots::traverse_steps(p));
        if steps == 0 {
            buf.clear();
            self.traverse(r, &mut |c| buf.push(c));
            for &c in buf.iter() {
                f(self, c);
            }
            return;
        }
        for k in 0..steps {
            let children = with_slots!(self.heap.get_raw(r), p => TypeSlots::traverse_step(p, k));
            for c in children {
                if !c.is_null() {
                    f(self, c);
                }
            }
        }
    }

    fn all_untrackable(&self, r: ObjRef) -> bool {
        let mut ok = true;
        self.traverse(r, &mut |c| {
            if ok && super::access::may_be_tracked(&self.heap, c) {
                ok = false;
            }
        });
        ok
    }

    /// handle_weakrefs: clear every weakref to the garbage, and every weakref
    /// that is garbage; call the callbacks of the cleared weakrefs that are
    /// alive (newest first for each object). Returns how many of those
    /// weakrefs the callbacks' aftermath freed (CPython counts them).
    fn handle_weakrefs<O: GcObserver + ?Sized>(&mut self, old: usize, shadow: bool, obs: &mut O) -> usize {
        let mut wrcb: Vec<ObjRef> = Vec::new();
        let garbage = self.heap.gc_generation(LIST_UNREACHABLE as usize);
        let mut wr_home: Vec<(ObjRef, u8)> = Vec::new();
        for &r in &garbage {
            if matches!(self.heap.get(r), Obj::WeakRef(w) if !w.target.is_null()) {
                obs.weakref_cleared(self, r);
            }
            if let Obj::WeakRef(w) = self.heap.get_mut(r) {
                let target = std::mem::replace(&mut w.target, ObjRef::NULL);
                if !target.is_null() {
                    self.unregister_weakref(target, r);
                }
            }
            if self.heap.flags(r) & F_WEAKREFD == 0 {
                continue;
            }
            let list = self.weakrefs.remove(&r.0).unwrap_or_default();
            self.heap.clear_flag(r, F_WEAKREFD);
            // CPython's list: the callback-less ref first, then the others newest first.
            let ordered = list.iter().filter(|&&w| !self.weakref_has_callback(w)).chain(list.iter().rev().filter(|&&w| self.weakref_has_callback(w)));
            let ordered: Vec<ObjRef> = ordered.copied().collect();
            for w in ordered {
                obs.weakref_cleared(self, w);
                if let Obj::WeakRef(wo) = self.heap.get_mut(w) {
                    wo.target = ObjRef::NULL;
                }
                if !self.weakref_has_callback(w) || self.heap.slots[w.idx()].gen() == LIST_UNREACHABLE {
                    continue;
                }
                self.heap.incref(w);
                if shadow {
                    wr_home.push((w, self.heap.slots[w.idx()].gen()));
                }
                self.heap.gc_move(w, LIST_WRCB as usize);
                wrcb.push(w);
            }
        }
        let mut freed = 0;
        for w in wrcb {
            let cb = match self.heap.get(w) {
                Obj::WeakRef(wo) => wo.callback,
                _ => ObjRef::NULL,
            };
            obs.weakref_callback(self, w);
            self.emit(obs);
            self.incref(cb);
            self.run_weakref_callback(w, cb);
            self.decref(cb);
            self.decref(w);
            let s = &self.heap.slots[w.idx()];
            if s.flags() & F_TRACKED != 0 && s.gen() == LIST_WRCB && matches!(s.obj, Obj::WeakRef(_)) {
                let to = if shadow { wr_home.iter().find(|&&(x, _)| x == w).map_or(2, |&(_, g)| g as usize) } else { old };
                self.heap.gc_move(w, to);
            } else {
                freed += 1;
            }
        }
        freed
    }

    fn weakref_has_callback(&self, w: ObjRef) -> bool {
        matches!(self.heap.get(w), Obj::WeakRef(wo) if !wo.callback.is_null())
    }

    /// Calls `cb(w)` (both borrowed); an exception is reported as
    /// PyErr_WriteUnraisable(callback) does and otherwise ignored.
    pub fn run_weakref_callback(&mut self, w: ObjRef, cb: ObjRef) {
        self.incref(w);
        self.stack.push(w);
        match self.call(cb, 1, &[]) {
            Ok(v) => self.decref(v),
            Err(e) => self.report_unraisable_in(e, cb),
        }
    }

    /// finalize_garbage: take each object off the garbage list in turn and run
    /// its `__del__` if it has one and it has not run yet. Objects may die
    /// (and leave the lists) meanwhile.
    fn finalize_garbage<O: GcObserver + ?Sized>(&mut self, obs: &mut O) {
        while let Some(r) = self.heap.gc_head(LIST_UNREACHABLE as usize) {
            self.heap.gc_move(r, LIST_SEEN as usize);
            match self.finalizer_due(r) {
                Finalizer::None => {}
                Finalizer::Del => {
                    self.heap.set_flag(r, F_FINALIZED);
                    obs.finalizer(self, r);
                    self.emit(obs);
                    self.call_finalizer(r);
                }
                Finalizer::Close => {
                    self.heap.incref(r);
                    self.gen_finalize(r);
                    self.decref(r);
                }
            }
        }
        self.heap.gc_merge(LIST_SEEN as usize, LIST_UNREACHABLE as usize);
    }

    /// delete_garbage: tp_clear (or, with DEBUG_SAVEALL, save) each object
    /// of the garbage list; what is still alive afterwards moves to `old`.
    fn delete_garbage<O: GcObserver + ?Sized>(&mut self, old: usize, shadow: bool, home: &HashMap<u32, u8>, saveall: bool, obs: &mut O) {
        while let Some(r) = self.heap.gc_head(LIST_UNREACHABLE as usize) {
            obs.clear(self, r);
            self.emit(obs);
            if saveall {
                let garbage = self.gc_garbage;
                self.incref(r);
                self.list_append(garbage, r);
            } else {
                self.heap.incref(r);
                self.tp_clear(r);
                self.decref(r);
            }
            if self.heap.gc_head(LIST_UNREACHABLE as usize) == Some(r) {
                let to = if shadow { home.get(&r.0).copied().unwrap_or(2) as usize } else { old };
                self.heap.gc_move(r, to);
            }
        }
    }

    /// tp_clear: drop the references a container holds, breaking the cycle,
    /// in the order of the type's tp_clear (`types/`). Types without a
    /// tp_clear in CPython (tuple, bound method) keep theirs.
    fn tp_clear(&mut self, r: ObjRef) {
        let mut cx = Release::new();
        self.heap.get_raw_mut(r).clear_into(&mut cx);
        self.carry_out(r, cx);
    }
}
