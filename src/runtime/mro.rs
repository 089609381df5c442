//! The method resolution order of a new class, as `typeobject.c` makes it.
//!
//! * `__mro__` is the C3 linearization of the bases (`mro_implementation`):
//!   the class, then a merge of each base's MRO and of the bases list in
//!   which a class comes only after every class listed before it in any of
//!   them. When no order satisfies all of them the class is refused with
//!   CPython's "Cannot create a consistent method resolution order" error
//!   naming the heads left over.
//! * `__base__` (`best_base`) is the base whose instance layout the others'
//!   extend: each base's *solid base* (the nearest class that adds a
//!   payload or slots of its own) must lie on one line of inheritance, else
//!   "multiple bases have instance lay-out conflict" (`class C(int, str)`).

use super::{ExcKind, Interp, R};
use crate::heap::{Obj, ObjRef, TypeId, F_RUNTIME};
use crate::types::class::{mro_list, ClassObj};

impl Interp {
    /// `issubclass` along the MRO (borrowed references).
    pub fn mro_contains(&self, cls: ObjRef, base: ObjRef) -> bool {
        crate::types::class::mro_find(&self.heap, cls, |k, _| (k == base).then_some(())).is_some()
    }

    /// The class's `__name__` text, for error messages.
    fn class_short_name(&self, c: ObjRef) -> String {
        match self.heap.get(c) {
            Obj::Class(co) => self.heap.as_str(co.name).unwrap_or("?").to_string(),
            _ => "?".to_string(),
        }
    }

    /// mro_implementation: the MRO after the class itself (borrowed
    /// references), or CPython's TypeError.
    pub(crate) fn c3_merge(&mut self, bases: &[ObjRef]) -> R<Vec<ObjRef>> {
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].contains(&b) {
                let msg = format!("duplicate base class {}", self.class_short_name(b));
                return Err(self.new_exception(ExcKind::TypeError, Some(&msg)));
            }
        }
        if let [only] = bases {
            return Ok(mro_list(&self.heap, *only));
        }
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|&b| mro_list(&self.heap, b)).collect();
        seqs.push(bases.to_vec());
        let mut heads = vec![0usize; seqs.len()];
        let mut out = Vec::new();
        loop {
            let mut picked = None;
            let mut left = false;
            for (i, s) in seqs.iter().enumerate() {
                let Some(&cand) = s.get(heads[i]) else { continue };
                left = true;
                let in_a_tail = seqs.iter().enumerate().any(|(j, t)| t[(heads[j] + 1).min(t.len())..].contains(&cand));
                if !in_a_tail {
                    picked = Some(cand);
                    break;
                }
            }
            match picked {
                Some(c) => {
                    out.push(c);
                    for (i, s) in seqs.iter().enumerate() {
                        if s.get(heads[i]) == Some(&c) {
                            heads[i] += 1;
                        }
                    }
                }
                None if !left => return Ok(out),
                None => {
                    let mut names: Vec<ObjRef> = Vec::new();
                    for (i, s) in seqs.iter().enumerate() {
                        if let Some(&h) = s.get(heads[i]) {
                            if !names.contains(&h) {
                                names.push(h);
                            }
                        }
                    }
                    let list: Vec<String> = names.iter().map(|&c| self.class_short_name(c)).collect();
                    let msg = format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", list.join(", "));
                    return Err(self.new_exception(ExcKind::TypeError, Some(&msg)));
                }
            }
        }
    }

    /// solid_base: the nearest class in `c`'s chain of `__base__` whose
    /// instances carry something its base's do not (a built-in payload,
    /// BaseException's state, slots of its own).
    fn solid_base(&self, c: ObjRef) -> ObjRef {
        let Obj::Class(co) = self.heap.get(c) else { return c };
        let Some(base) = co.base else { return c };
        if self.adds_layout(c, co, base) {
            return c;
        }
        self.solid_base(base)
    }

    fn adds_layout(&self, c: ObjRef, co: &ClassObj, base: ObjRef) -> bool {
        let Obj::Class(bc) = self.heap.get(base) else { return true };
        if self.heap.flags(c) & F_RUNTIME != 0 || co.builtin.is_some() {
            // The runtime's types: each built-in type has a payload of its
            // own; among the exceptions only BaseException's is new.
            return if co.is_exception { !bc.is_exception } else { co.builtin != Some(TypeId::Bool) };
        }
        let own = co.slots.as_ref().map_or(0, |s| s.names.len());
        let inherited = bc.slots.as_ref().map_or(0, |s| s.names.len());
        own > inherited
    }

    /// best_base: the base a new class's instances are laid out after, or
    /// the lay-out conflict error.
    pub(crate) fn best_base(&mut self, bases: &[ObjRef]) -> R<ObjRef> {
        let mut winner: Option<(ObjRef, ObjRef)> = None;
        for &b in bases {
            let cand = self.solid_base(b);
            winner = match winner {
                None => Some((cand, b)),
                Some((w, wb)) if self.mro_contains(w, cand) => Some((w, wb)),
                Some(_) if self.mro_contains(cand, winner.unwrap().0) => Some((cand, b)),
                Some(_) => {
                    return Err(self.new_exception(ExcKind::TypeError, Some("multiple bases have instance lay-out conflict")));
                }
            };
        }
        Ok(winner.map_or_else(|| self.type_obj(TypeId::Object), |(_, b)| b))
    }
}
