//! The cycle collector's passes, after Modules/gcmodule.c (CPython 3.11).
//!
//! `collect_generation(g)` reads as gc_collect_main:
//!
//! 1. merge the younger generations into `g` ("young");
//! 2. `update_refs`: gc_refs = reference count, for every young object;
//! 3. `subtract_refs`: minus one for every reference from another young object —
//!    what is left counts references from outside the young set;
//! 4. `move_unreachable`: objects with gc_refs > 0, and all they reach, are
//!    reachable; the rest is unreachable. As in CPython, the scan is one pass
//!    over the young list; an object found reachable after the scan passed it
//!    goes back to the end of the list, so survivors keep CPython's order;
//! 5. `untrack_tuples` (and, in a full collection, `untrack_dicts`): containers
//!    that hold nothing trackable stop being tracked; survivors move to the
//!    next generation;
//! 6. `handle_weakrefs`: clear weakrefs to the garbage (and weakrefs that are
//!    garbage), run the callbacks of weakrefs that are alive, newest first;
//! 7. `finalize_garbage`: run `__del__` once per object (PEP 442);
//! 8. `handle_resurrected_objects`: redo 2–4 on the garbage; what a finalizer
//!    made reachable again survives;
//! 9. `delete_garbage`: `tp_clear` each remaining object, so reference
//!    counting frees the cycle (or, with DEBUG_SAVEALL, append it to gc.garbage).
//!
//! While 2–5 run no object is freed and no Python code runs, so the young set
//! is a plain vector; gc_refs live in the slot's `gc_prev` field, as CPython
//! keeps them in `_gc_prev`, and the slot's `gen` marks the object's state.
//! From 6 on, Python code runs and objects may die at any time, so the garbage
//! sits in an intrusive list (`LIST_UNREACHABLE`) that freeing unlinks from,
//! as in CPython. No extra reference is held on the garbage.
//!
//! `GLASSPY_GC_STRESS=1` runs a *shadow* full collection before every tracked
//! allocation: it frees garbage like any collection, but leaves what a
//! program can observe of the collector's bookkeeping alone — generation
//! counts, which generation each survivor is in, tuple and dict tracking,
//! the free lists, gc.get_stats, DEBUG_STATS — so a correct program prints
//! the same under stress unless it depends on *when* garbage is reclaimed.

use std::io::Write;

use super::modules::{DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS};
use super::*;
use crate::heap::gc::{LIST_SEEN, LIST_UNREACHABLE, LIST_WRCB};

/// `gen` marks while passes 2–4 run (never seen outside a collection).
const M_COLLECTING: u8 = 6;
/// gc_refs was 0 when the scan reached it: tentatively unreachable.
const M_TENTATIVE: u8 = 7;

/// Where move_unreachable puts the reachable objects.
#[derive(Clone, Copy)]
enum Dest<'a> {
    List(usize),
    /// Back to the list id `detach_young` kept in gc_next (shadow collections).
    HomeInNext,
    /// Back to the list id in the map (shadow collections, resurrection pass).
    HomeMap(&'a std::collections::HashMap<u32, u8>),
}

struct Deduced {
    unreachable: Vec<ObjRef>,
    reachable: usize,
    /// Reachable tuples and dicts, in list order (for untrack_tuples/dicts).
    tuples: Vec<ObjRef>,
    dicts: Vec<ObjRef>,
}

impl Interp {
    /// tp_traverse: the counted references to GC objects a container visits,
    /// in CPython's order (non-GC referents may be visited too; NULLs are not).
    #[inline]
    pub fn traverse(&self, r: ObjRef, f: &mut impl FnMut(ObjRef)) {
        match self.heap.get(r) {
            // list_traverse, tupletraverse: last item first
            Obj::List(l) => l.items.iter().rev().for_each(|&x| f(x)),
            Obj::Tuple(t) => t.iter().rev().for_each(|&x| f(x)),
            Obj::Instance(i) => {
                // subtype_traverse: the inline attribute values, then the class;
                // an exception instance: its dict, then BaseException_traverse
                // (which, in 3.11, does not visit the type).
                for &(_, v) in &i.attrs {
                    f(v);
                }
                match &i.exc {
                    None => f(i.class),
                    Some(e) => {
                        f(e.args);
                        for t in &e.traceback {
                            f(t.frame);
                        }
                        if !e.cause.is_null() {
                            f(e.cause);
                        }
                        if !e.context.is_null() {
                            f(e.context);
                        }
                    }
                }
            }
            Obj::Class(c) => {
                for &(_, v) in &c.attrs {
                    f(v);
                }
                if let Some(b) = c.base {
                    f(b);
                }
            }
            Obj::Dict(d) => {
                // dict_traverse: a str-keys table visits the values only;
                // a general one each value, then its key.
                for e in d.iter() {
                    if !e.value.is_null() {
                        f(e.value);
                        if !d.unicode {
                            f(e.key);
                        }
                    }
                }
            }
            Obj::Function(func) => {
                // func_traverse: code, globals, defaults, kwdefaults, name, dict, closure
                f(func.code);
                f(func.globals);
                for x in [func.defaults, func.kwdefaults] {
                    if !x.is_null() {
                        f(x);
                    }
                }
                f(func.name);
                for &(_, v) in &func.attrs {
                    f(v);
                }
                if !func.closure.is_null() {
                    f(func.closure);
                }
            }
            Obj::Method { func, self_ } => {
                f(*func);
                f(*self_);
            }
            Obj::Set(d) => {
                for e in d.iter() {
                    f(e.key);
                }
            }
            Obj::Cell(c) => {
                if !c.is_null() {
                    f(*c)
                }
            }
            other => other.for_each_ref(|x| {
                if !x.is_null() {
                    f(x)
                }
            }),
        }
    }

    /// gc.collect(g): returns the unreachable objects found (collected plus
    /// uncollectable, the latter always 0 here: there are no legacy finalizers).
    pub fn collect_generation(&mut self, g: usize) -> usize {
        self.collect_main(g, false)
    }

    /// GLASSPY_GC_STRESS: a full collection that leaves the observable
    /// bookkeeping as it was (see the module comment).
    pub fn collect_stress(&mut self) -> usize {
        if self.heap.gc.debug as i64 & DEBUG_SAVEALL != 0 {
            // It would move garbage into gc.garbage behind the program's back.
            return 0;
        }
        self.heap.gc.shadow = true;
        let n = self.collect_main(2, true);
        self.heap.gc.shadow = false;
        n
    }

    fn collect_main(&mut self, g: usize, shadow: bool) -> usize {
        if self.heap.gc.collecting {
            return 0;
        }
        self.heap.gc.collecting = true;
        let debug = if shadow { 0 } else { self.heap.gc.debug as i64 };
        if debug & DEBUG_STATS != 0 {
            let _ = self.out.flush();
            let lens: Vec<usize> = (0..3).map(|i| self.heap.gc_len(i)).collect();
            eprintln!("gc: collecting generation {}...", g);
            eprintln!("gc: objects in each generation: {} {} {}", lens[0], lens[1], lens[2]);
            eprintln!("gc: objects in permanent generation: 0");
        }
        if !shadow {
            // update collection and allocation counters
            if g + 1 < 3 {
                self.heap.gc.gens[g + 1].count += 1;
            }
            for i in 0..=g {
                self.heap.gc.gens[i].count = 0;
            }
        }
        // 1. merge younger generations into g (gc_list_merge appends each
        //    younger list after g's, so the order is g, 0, 1, ...) and
        // 2. update_refs, in one walk. A shadow collection takes every
        //    generation and remembers where each object came from.
        let old = if g < 2 { g + 1 } else { 2 };
        let gens: Vec<usize> = if shadow { vec![2, 0, 1] } else { std::iter::once(g).chain(0..g).collect() };
        let young = self.detach_young(&gens, shadow);

        // 3-4. subtract_refs, move_unreachable (survivors join `old` as the
        //      scan finds them)
        let dest = if shadow { Dest::HomeInNext } else { Dest::List(old) };
        let d = self.deduce_unreachable(young, dest, !shadow);

        // 5. untrack_tuples, then (full collections) untrack_dicts.
        let mut survivors = d.reachable;
        if !shadow {
            for &r in &d.tuples {
                if self.all_untrackable(r) {
                    self.heap.gc_untrack(r);
                    survivors -= 1;
                }
            }
            if g == 2 {
                for &r in &d.dicts {
                    if self.heap.is_tracked(r) && self.all_untrackable(r) {
                        self.heap.gc_untrack(r);
                        survivors -= 1;
                    }
                }
            }
            if g == 1 {
                self.heap.gc.long_lived_pending += survivors;
            }
            if g == 2 {
                self.heap.gc.long_lived_pending = 0;
                self.heap.gc.long_lived_total = survivors;
            }
        }
        let unreachable = d.unreachable;

        // A shadow collection sends what the garbage phase leaves alive back
        // where it came from.
        let home: std::collections::HashMap<u32, u8> = if shadow { unreachable.iter().map(|r| (r.0, self.heap.slots[r.idx()].gc_next() as u8)).collect() } else { Default::default() };
        for &r in &unreachable {
            self.heap.gc_link(r, LIST_UNREACHABLE as usize);
        }
        drop(unreachable);
        if debug & DEBUG_COLLECTABLE != 0 {
            let _ = self.out.flush();
            for r in self.heap.gc_generation(LIST_UNREACHABLE as usize) {
                self.debug_cycle("collectable", r);
            }
        }

        // 6. weakrefs
        let mut m = self.handle_weakrefs(old, shadow);
        // 7. finalizers, in the order of the garbage list
        self.finalize_garbage();
        // 8. resurrection
        let garbage = self.detach_young(&[LIST_UNREACHABLE as usize], false);
        let dest = if shadow { Dest::HomeMap(&home) } else { Dest::List(old) };
        let still = self.deduce_unreachable(garbage, dest, false).unreachable;
        for &r in &still {
            self.heap.gc_link(r, LIST_UNREACHABLE as usize);
        }
        // Objects the model keeps inside another (an exception's traceback
        // objects) count as CPython counts them.
        let hidden: usize = still.iter().map(|&r| self.hidden_gc_objects(r)).sum();
        m += still.len() + hidden;
        drop(still);
        // 9. clear the garbage
        self.delete_garbage(old, shadow, &home, debug & DEBUG_SAVEALL != 0);

        if debug & DEBUG_STATS != 0 {
            let _ = self.out.flush();
            eprintln!("gc: done, {} unreachable, 0 uncollectable, 0.0000s elapsed", m);
        }
        if !shadow {
            if g == 2 {
                self.heap.clear_freelists();
            }
            let st = &mut self.heap.gc.stats[g];
            st.0 += 1;
            st.1 += m;
        }
        self.heap.gc.collecting = false;
        m
    }

    /// Empties the lists `gens` into one vector, in order, doing update_refs
    /// on the way (gc_refs = refcount, marked collecting). With `home`, an
    /// object's list id is kept in its gc_next (free while detached).
    fn detach_young(&mut self, gens: &[usize], home: bool) -> Vec<ObjRef> {
        let n: usize = gens.iter().map(|&g| self.heap.gc_len(g)).sum();
        let mut young = Vec::with_capacity(n);
        for &g in gens {
            let mut cur = self.heap.gc.list(g as u8).head;
            while cur != u32::MAX {
                let s = &mut self.heap.slots[cur as usize];
                let next = s.gc_next();
                s.set_gc_prev(s.rc.min(crate::heap::GC_REFS_MAX));
                s.set_gen(M_COLLECTING);
                if home {
                    s.set_gc_next(g as u32);
                }
                young.push(ObjRef(cur));
                cur = next;
            }
            let l = self.heap.gc.list_mut(g as u8);
            l.head = u32::MAX;
            l.tail = u32::MAX;
            l.len = 0;
        }
        young
    }

    /// subtract_refs and move_unreachable over `young` (detached, gc_refs set
    /// by `detach_young`). Reachable objects are linked into their
    /// destination list in CPython's order as the scan finds them; the
    /// unreachable ones are returned, in order, still detached.
    fn deduce_unreachable(&mut self, young: Vec<ObjRef>, dest: Dest, record: bool) -> Deduced {
        // subtract_refs
        let mut buf: Vec<ObjRef> = Vec::new();
        for &r in &young {
            buf.clear();
            self.traverse(r, &mut |c| buf.push(c));
            for &c in &buf {
                let s = &mut self.heap.slots[c.idx()];
                if s.gen() == M_COLLECTING {
                    debug_assert!(s.gc_prev() > 0, "gc: a visited reference is not counted");
                    let refs = s.gc_prev();
                    // A count too big to hold stays put: referenced from outside.
                    if refs != crate::heap::GC_REFS_MAX {
                        s.set_gc_prev(refs.saturating_sub(1));
                    }
                }
            }
        }
        // move_unreachable: one scan; objects rescued after the scan passed
        // them go to the end of the list (and are scanned again there).
        let mut out = Deduced { unreachable: Vec::new(), reachable: 0, tuples: Vec::new(), dicts: Vec::new() };
        let mut tentative: Vec<ObjRef> = Vec::new();
        let mut scan = young;
        let mut i = 0;
        while i < scan.len() {
            let r = scan[i];
            i += 1;
            if self.heap.slots[r.idx()].gc_prev() == 0 {
                self.heap.slots[r.idx()].set_gen(M_TENTATIVE);
                tentative.push(r);
                continue;
            }
            buf.clear();
            self.traverse(r, &mut |c| buf.push(c));
            for &c in &buf {
                let s = &mut self.heap.slots[c.idx()];
                match s.gen() {
                    M_TENTATIVE => {
                        s.set_gen(M_COLLECTING);
                        s.set_gc_prev(1);
                        scan.push(c);
                    }
                    M_COLLECTING if s.gc_prev() == 0 => s.set_gc_prev(1),
                    _ => {}
                }
            }
            if record {
                match self.heap.get(r) {
                    Obj::Tuple(_) => out.tuples.push(r),
                    Obj::Dict(_) => out.dicts.push(r),
                    _ => {}
                }
            }
            let to = match dest {
                Dest::List(l) => l,
                Dest::HomeInNext => self.heap.slots[r.idx()].gc_next() as usize,
                Dest::HomeMap(m) => m.get(&r.0).copied().unwrap_or(2) as usize,
            };
            self.heap.gc_link(r, to);
            out.reachable += 1;
        }
        // (a rescued object is linked by now, so its gen is no longer M_TENTATIVE)
        out.unreachable = tentative.into_iter().filter(|r| self.heap.slots[r.idx()].gen() == M_TENTATIVE).collect();
        out
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

    /// GC objects CPython has where the model keeps data inline: the
    /// traceback objects of an exception (one per frame it passed through).
    fn hidden_gc_objects(&self, r: ObjRef) -> usize {
        match self.heap.get(r) {
            Obj::Instance(i) => i.exc.as_ref().map_or(0, |e| e.traceback.len()),
            _ => 0,
        }
    }

    /// debug_cycle: `gc: collectable <TYPE 0xADDR>` on stderr.
    fn debug_cycle(&self, msg: &str, r: ObjRef) {
        eprintln!("gc: {} <{} 0x{:x}>", msg, self.type_name(r), self.heap.id(r));
    }

    /// handle_weakrefs: clear every weakref to the garbage, and every weakref
    /// that is garbage; call the callbacks of the cleared weakrefs that are
    /// alive (newest first for each object). Returns how many of those
    /// weakrefs the callbacks' aftermath freed (CPython counts them).
    fn handle_weakrefs(&mut self, old: usize, shadow: bool) -> usize {
        let mut wrcb: Vec<ObjRef> = Vec::new();
        let garbage = self.heap.gc_generation(LIST_UNREACHABLE as usize);
        let mut wr_home: Vec<(ObjRef, u8)> = Vec::new();
        for &r in &garbage {
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
            Err(e) => {
                let _ = self.out.flush();
                let what = self.repr(cb).unwrap_or_else(|e2| {
                    self.decref(e2);
                    "<object>".to_string()
                });
                eprintln!("Exception ignored in: {}", what);
                self.print_exception(e);
                self.decref(e);
            }
        }
    }

    /// finalize_garbage: take each object off the garbage list in turn and run
    /// its `__del__` if it has one and it has not run yet. Objects may die
    /// (and leave the lists) meanwhile.
    fn finalize_garbage(&mut self) {
        while let Some(r) = self.heap.gc_head(LIST_UNREACHABLE as usize) {
            self.heap.gc_move(r, LIST_SEEN as usize);
            if let Obj::Instance(i) = self.heap.get(r) {
                let cls = i.class;
                if self.heap.flags(r) & F_FINALIZED == 0 && self.class_has_del(cls) {
                    self.heap.set_flag(r, F_FINALIZED);
                    self.call_finalizer(r);
                }
            }
        }
        self.heap.gc_merge(LIST_SEEN as usize, LIST_UNREACHABLE as usize);
    }

    /// delete_garbage: tp_clear (or, with DEBUG_SAVEALL, save) each object
    /// of the garbage list; what is still alive afterwards moves to `old`.
    fn delete_garbage(&mut self, old: usize, shadow: bool, home: &std::collections::HashMap<u32, u8>, saveall: bool) {
        while let Some(r) = self.heap.gc_head(LIST_UNREACHABLE as usize) {
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
    /// in the order of the type's tp_clear. Types without a tp_clear in
    /// CPython (tuple, bound method) keep theirs.
    fn tp_clear(&mut self, r: ObjRef) {
        let mut released: Vec<ObjRef> = Vec::new();
        let mut free_after: u64 = 0;
        let mut sync_keys = false;
        match self.heap.get_mut(r) {
            Obj::List(l) => {
                // _list_clear: empty first, release last to first, then free the array.
                released.extend(l.items.drain(..).rev());
                free_after = std::mem::replace(&mut l.items_addr, 0);
                l.allocated = 0;
            }
            Obj::Dict(d) | Obj::Set(d) => {
                // PyDict_Clear: each entry's key then value, then the old keys.
                for e in d.take_all() {
                    if !e.key.is_null() {
                        released.push(e.key);
                        if !e.value.is_null() {
                            released.push(e.value);
                        }
                    }
                }
                sync_keys = true;
            }
            Obj::Instance(i) => {
                // subtype_clear: the attribute values in order; an exception:
                // BaseException_clear (dict, args, traceback, cause, context).
                for (k, v) in i.attrs.drain(..) {
                    released.push(v);
                    released.push(k);
                }
                if let Some(e) = &mut i.exc {
                    released.push(std::mem::replace(&mut e.args, EMPTY_TUPLE));
                    for t in e.traceback.drain(..) {
                        released.push(t.frame);
                    }
                    for x in [&mut e.cause, &mut e.context] {
                        if !x.is_null() {
                            released.push(std::mem::replace(x, ObjRef::NULL));
                        }
                    }
                    self.heap.incref(EMPTY_TUPLE);
                }
            }
            Obj::Function(f) => {
                // func_clear: defaults, kwdefaults, dict, closure.
                for x in [&mut f.defaults, &mut f.kwdefaults] {
                    if !x.is_null() {
                        released.push(std::mem::replace(x, ObjRef::NULL));
                    }
                }
                for (k, v) in f.attrs.drain(..) {
                    released.push(v);
                    released.push(k);
                }
                if !f.closure.is_null() {
                    released.push(std::mem::replace(&mut f.closure, ObjRef::NULL));
                }
            }
            Obj::Cell(c) => {
                if !c.is_null() {
                    released.push(std::mem::replace(c, ObjRef::NULL));
                }
            }
            Obj::WeakRef(w) => {
                // gc_clear: clear the reference, then the callback.
                let target = std::mem::replace(&mut w.target, ObjRef::NULL);
                if !w.callback.is_null() {
                    released.push(std::mem::replace(&mut w.callback, ObjRef::NULL));
                }
                if !target.is_null() {
                    self.unregister_weakref(target, r);
                }
            }
            Obj::Class(c) => {
                for (k, v) in c.attrs.drain(..) {
                    released.push(k);
                    released.push(v);
                }
            }
            Obj::Frame(f) => {
                released.extend(f.locals.drain(..).filter(|x| !x.is_null()));
            }
            Obj::StaticMethod(x) | Obj::ClassMethod(x) => {
                let old = std::mem::replace(x, NONE);
                released.push(old);
                self.heap.incref(NONE);
            }
            Obj::Property { fget, fset } => {
                for x in [fget, fset] {
                    if !x.is_null() {
                        released.push(std::mem::replace(x, ObjRef::NULL));
                    }
                }
            }
            Obj::Iter(st) => {
                if let IterState::Seq { seq, .. } | IterState::DictKeys { dict: seq, .. } = &mut **st {
                    if !seq.is_null() {
                        released.push(std::mem::replace(seq, ObjRef::NULL));
                    }
                }
            }
            _ => {}
        }
        for x in released {
            self.decref(x);
        }
        if free_after != 0 {
            self.heap.mem.free(free_after);
        }
        if sync_keys && self.heap.is_live(r) {
            self.heap.dict_sync_keys(r);
        }
    }
}
