//! The cycle collector's passes, after Modules/gcmodule.c (CPython 3.11).
//!
//! `collect_generation(g)` reads as the algorithm:
//!
//! 1. merge the younger generations into `g` ("young");
//! 2. `update_refs`: gc_refs = reference count, for every young object;
//! 3. `subtract_refs`: minus one for every reference from another young object —
//!    what is left counts references from outside the young set;
//! 4. `move_unreachable`: objects with gc_refs > 0, and all they reach, are
//!    reachable; the rest is unreachable;
//! 5. untrack tuples (and, in a full collection, dicts) that hold nothing trackable;
//!    survivors move to the next generation;
//! 6. `handle_weakrefs`: clear weakrefs to the garbage, run callbacks of
//!    weakrefs that are themselves alive;
//! 7. `finalize_garbage`: run `__del__` once per object (PEP 442);
//! 8. `handle_resurrected_objects`: redo 2–4 on the garbage; what a finalizer
//!    made reachable again survives;
//! 9. `delete_garbage`: `tp_clear` each remaining object, so reference
//!    counting frees the cycle.
//!
//! gc_refs live in the slot's `gc_prev` field while a collection runs, as
//! CPython keeps them in `_gc_prev`; young objects are marked with generation
//! `COLLECTING`.

use std::io::Write;

use super::modules::{DEBUG_SAVEALL, DEBUG_STATS};
use super::*;

const COLLECTING: u8 = 7;
const UNREACHABLE: u8 = 6;

impl Interp {
    /// tp_traverse: the references a container visits, in CPython's order.
    pub fn traverse(&self, r: ObjRef, f: &mut impl FnMut(ObjRef)) {
        match self.heap.get(r) {
            Obj::List(l) => l.items.iter().for_each(|&x| f(x)),
            Obj::Tuple(t) => t.iter().for_each(|&x| f(x)),
            Obj::Instance(i) => {
                for &(_, v) in &i.attrs {
                    f(v);
                }
                if let Some(e) = &i.exc {
                    f(e.args);
                    for t in &e.traceback {
                        f(t.frame);
                    }
                    if !e.context.is_null() {
                        f(e.context);
                    }
                    if !e.cause.is_null() {
                        f(e.cause);
                    }
                }
                f(i.class);
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
                for e in d.iter() {
                    f(e.key);
                    f(e.value);
                }
            }
            Obj::Set(d) => {
                for e in d.iter() {
                    f(e.key);
                }
            }
            other => other.for_each_ref(|x| f(x)),
        }
    }

    #[inline]
    fn gc_refs(&self, r: ObjRef) -> u32 {
        self.heap.slots[r.idx()].gc_prev
    }

    #[inline]
    fn set_gc_refs(&mut self, r: ObjRef, v: u32) {
        self.heap.slots[r.idx()].gc_prev = v;
    }

    #[inline]
    fn in_set(&self, r: ObjRef, mark: u8) -> bool {
        let s = &self.heap.slots[r.idx()];
        s.gen == mark && s.flags & F_TRACKED != 0
    }

    /// gc.collect(g): returns unreachable objects found (collected + uncollectable).
    pub fn collect_generation(&mut self, g: usize) -> usize {
        if self.heap.gc.collecting {
            return 0;
        }
        self.heap.gc.collecting = true;
        let debug = self.heap.gc.debug as i64;
        if debug & DEBUG_STATS != 0 {
            let _ = self.out.flush();
            let lens: Vec<usize> = (0..3).map(|i| self.heap.gc.gens[i].len).collect();
            eprintln!("gc: collecting generation {}...", g);
            eprintln!("gc: objects in each generation: {} {} {}", lens[0], lens[1], lens[2]);
            eprintln!("gc: objects in permanent generation: 0");
        }
        // Counts: the next generation's goes up by one; these are reset.
        if g + 1 < 3 {
            self.heap.gc.gens[g + 1].count += 1;
        }
        for i in 0..=g {
            self.heap.gc.gens[i].count = 0;
        }
        // 1. merge younger generations into g
        for i in 0..g {
            self.heap.gc_merge(i, g);
        }
        let young = self.heap.gc_generation(g);
        for &r in &young {
            self.heap.gc_unlink(r);
            self.heap.slots[r.idx()].gen = COLLECTING;
        }
        let old = if g < 2 { g + 1 } else { 2 };

        // 2-4.
        self.update_refs(&young, COLLECTING);
        self.subtract_refs(&young, COLLECTING);
        let (reachable, unreachable) = self.move_unreachable(&young, COLLECTING);

        // 5. survivors go to the older generation; tuples (and dicts in a
        //    full collection) that hold nothing trackable are untracked.
        for &r in &reachable {
            self.heap.slots[r.idx()].flags |= F_TRACKED;
            self.heap.gc_link(r, old);
        }
        for &r in &reachable {
            match self.heap.get(r) {
                Obj::Tuple(_) if self.all_untrackable(r) => self.heap.gc_untrack(r),
                Obj::Dict(_) if g == 2 && self.all_untrackable(r) => self.heap.gc_untrack(r),
                _ => {}
            }
        }
        if g == 1 {
            self.heap.gc.long_lived_pending += reachable.len();
        }
        if g == 2 {
            self.heap.gc.long_lived_pending = 0;
            self.heap.gc.long_lived_total = self.heap.gc.gens[2].len;
        }

        let mut m = unreachable.len();
        // The garbage is held while the finalizers and callbacks run.
        for &r in &unreachable {
            self.heap.slots[r.idx()].gen = UNREACHABLE;
            self.heap.incref(r);
        }
        if debug & DEBUG_SAVEALL != 0 {
            let garbage = self.gc_garbage;
            for &r in &unreachable {
                self.heap.slots[r.idx()].flags |= F_TRACKED;
                self.heap.gc_link(r, old);
                self.incref(r);
                self.list_append(garbage, r);
            }
            for &r in &unreachable {
                self.decref(r);
            }
        } else {
            // 6. weakrefs
            self.handle_weakrefs(&unreachable);
            // 7. finalizers, in the order the garbage was found
            for &r in &unreachable {
                if let Obj::Instance(i) = self.heap.get(r) {
                    let cls = i.class;
                    if self.heap.flags(r) & F_FINALIZED == 0 && self.class_has_del(cls) {
                        self.heap.set_flag(r, F_FINALIZED);
                        self.call_finalizer(r);
                    }
                }
            }
            // 8. resurrection: recount within the garbage (our own hold is subtracted)
            let still: Vec<ObjRef> = unreachable.iter().copied().filter(|&r| self.heap.is_live(r) && self.heap.slots[r.idx()].gen == UNREACHABLE).collect();
            self.update_refs(&still, UNREACHABLE);
            for &r in &still {
                let v = self.gc_refs(r);
                self.set_gc_refs(r, v.saturating_sub(1));
            }
            self.subtract_refs(&still, UNREACHABLE);
            let (resurrected, final_garbage) = self.move_unreachable(&still, UNREACHABLE);
            // Objects a finalizer resurrected are not counted as collected.
            m = final_garbage.len();
            for &r in &resurrected {
                self.heap.slots[r.idx()].flags |= F_TRACKED;
                self.heap.gc_link(r, old);
            }
            // 9. clear the garbage
            for &r in &final_garbage {
                self.heap.slots[r.idx()].flags |= F_TRACKED;
                self.heap.gc_link(r, old);
            }
            for &r in &final_garbage {
                if self.heap.is_live(r) {
                    self.tp_clear(r);
                }
            }
            for &r in &unreachable {
                self.decref(r);
            }
        }
        if g == 2 {
            self.heap.clear_freelists();
        }
        let st = &mut self.heap.gc.stats[g];
        st.0 += 1;
        st.1 += m;
        if debug & DEBUG_STATS != 0 {
            let _ = self.out.flush();
            eprintln!("gc: done, {} unreachable, 0 uncollectable, 0.0000s elapsed", m);
        }
        self.heap.gc.collecting = false;
        m
    }

    fn update_refs(&mut self, set: &[ObjRef], _mark: u8) {
        for &r in set {
            let rc = self.heap.slots[r.idx()].rc;
            self.set_gc_refs(r, rc);
        }
    }

    fn subtract_refs(&mut self, set: &[ObjRef], mark: u8) {
        let mut refs = Vec::new();
        for &r in set {
            refs.clear();
            self.traverse(r, &mut |c| refs.push(c));
            for &c in &refs {
                if !c.is_null() && self.heap.is_live(c) && self.heap.slots[c.idx()].gen == mark && self.heap.slots[c.idx()].flags & F_TRACKED != 0 {
                    let v = self.gc_refs(c);
                    self.set_gc_refs(c, v.saturating_sub(1));
                }
            }
        }
    }

    /// Splits `set` into (reachable, unreachable), each in `set`'s order.
    fn move_unreachable(&mut self, set: &[ObjRef], mark: u8) -> (Vec<ObjRef>, Vec<ObjRef>) {
        const REACHABLE: u8 = 5;
        let mut work: Vec<ObjRef> = Vec::new();
        for &r in set {
            if self.gc_refs(r) > 0 {
                self.heap.slots[r.idx()].gen = REACHABLE;
                work.push(r);
            }
        }
        let mut refs = Vec::new();
        while let Some(r) = work.pop() {
            refs.clear();
            self.traverse(r, &mut |c| refs.push(c));
            for &c in &refs {
                if !c.is_null() && self.in_set(c, mark) {
                    self.heap.slots[c.idx()].gen = REACHABLE;
                    work.push(c);
                }
            }
        }
        let mut reachable = Vec::new();
        let mut unreachable = Vec::new();
        for &r in set {
            if self.heap.slots[r.idx()].gen == REACHABLE {
                reachable.push(r);
            } else {
                unreachable.push(r);
            }
        }
        for &r in &reachable {
            self.heap.slots[r.idx()].gen = mark;
        }
        // Untracked slots (gc_link needs them flagged untracked until relinked).
        for &r in set {
            self.heap.slots[r.idx()].flags &= !F_TRACKED;
        }
        for &r in &unreachable {
            self.heap.slots[r.idx()].flags |= F_TRACKED;
        }
        (reachable, unreachable)
    }

    fn all_untrackable(&self, r: ObjRef) -> bool {
        let mut ok = true;
        self.traverse(r, &mut |c| {
            if !c.is_null() && super::access::may_be_tracked(&self.heap, c) {
                ok = false;
            }
        });
        ok
    }

    /// handle_weakrefs: clear every weakref to the garbage; call the
    /// callbacks of weakrefs that are not garbage themselves.
    fn handle_weakrefs(&mut self, unreachable: &[ObjRef]) {
        let mut callbacks: Vec<(ObjRef, ObjRef)> = Vec::new();
        for &r in unreachable {
            if self.heap.flags(r) & F_WEAKREFD == 0 {
                continue;
            }
            let list = self.weakrefs.remove(&r.0).unwrap_or_default();
            self.heap.clear_flag(r, F_WEAKREFD);
            for w in list {
                let garbage_ref = self.heap.slots[w.idx()].gen == UNREACHABLE && self.heap.is_tracked(w);
                if let Obj::WeakRef(wo) = self.heap.get_mut(w) {
                    wo.target = ObjRef::NULL;
                    if !wo.callback.is_null() && !garbage_ref {
                        let cb = std::mem::replace(&mut wo.callback, ObjRef::NULL);
                        self.heap.incref(w);
                        callbacks.push((w, cb));
                    }
                }
            }
        }
        for (w, cb) in callbacks {
            self.stack.push(w);
            match self.call(cb, 1, &[]) {
                Ok(v) => self.decref(v),
                Err(e) => {
                    let _ = self.out.flush();
                    eprintln!("Exception ignored in: <function>");
                    self.print_exception(e);
                    self.decref(e);
                }
            }
            self.decref(cb);
        }
    }

    /// tp_clear: drop the references a container holds, breaking the cycle.
    fn tp_clear(&mut self, r: ObjRef) {
        self.heap.incref(r);
        let mut released: Vec<ObjRef> = Vec::new();
        match self.heap.get_mut(r) {
            Obj::List(l) => {
                released.extend(l.items.drain(..).rev());
            }
            Obj::Dict(d) | Obj::Set(d) => {
                for e in d.take_all() {
                    if !e.key.is_null() {
                        released.push(e.key);
                        if !e.value.is_null() {
                            released.push(e.value);
                        }
                    }
                }
            }
            Obj::Instance(i) => {
                for (k, v) in i.attrs.drain(..) {
                    released.push(v);
                    released.push(k);
                }
                if let Some(e) = &mut i.exc {
                    for t in e.traceback.drain(..) {
                        released.push(t.frame);
                    }
                    for x in [&mut e.context, &mut e.cause] {
                        if !x.is_null() {
                            released.push(std::mem::replace(x, ObjRef::NULL));
                        }
                    }
                }
            }
            Obj::Function(f) => {
                for x in [&mut f.defaults, &mut f.kwdefaults, &mut f.closure] {
                    if !x.is_null() {
                        released.push(std::mem::replace(x, ObjRef::NULL));
                    }
                }
                for (k, v) in f.attrs.drain(..) {
                    released.push(v);
                    released.push(k);
                }
            }
            Obj::Cell(c) => {
                if !c.is_null() {
                    released.push(std::mem::replace(c, ObjRef::NULL));
                }
            }
            Obj::Class(c) => {
                for (k, v) in c.attrs.drain(..) {
                    released.push(v);
                    released.push(k);
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
        if let Obj::List(_) = self.heap.get(r) {
            self.heap.list_set_allocated(r, 0);
        }
        if let Obj::Dict(_) | Obj::Set(_) = self.heap.get(r) {
            self.heap.dict_sync_keys(r);
        }
        for x in released {
            self.decref(x);
        }
        self.decref(r);
    }
}
