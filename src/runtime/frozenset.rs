//! frozenset, and the set algebra that set and frozenset share.
//!
//! A frozenset is a set with `Dict::frozen` set: the same payload
//! (`Obj::Set`, types/set.rs), the same table and growth, the same 200-byte
//! object, the same traverse; it is tracked by the collector like a set
//! (3.11 tracks `frozenset([1])` too). What differs is the type: no method
//! that changes it, a hash, and results of its type.
//!
//! What CPython 3.11 keeps for a frozenset, and what of it shows here:
//! * no empty-frozenset singleton (3.10 dropped it): `frozenset() is
//!   frozenset()` is False; but `frozenset(fs)` and `fs.copy()` of an
//!   exact frozenset return `fs` itself;
//! * the hash is computed from the entries' hashes (order-independent:
//!   each one's bits shuffled, then xor-ed), then the size and a final
//!   dispersion step are mixed in. CPython caches it in the object; it is
//!   recomputed here (the same value every time);
//! * the result of an operator or a method has the type of the left
//!   operand / of `self`: `set | frozenset` is a set, `frozenset | set` a
//!   frozenset.

use super::builtins::{check_args, Kw};
use super::*;
use crate::heap::Dict;

/// The frozenset hash: the entries' hashes, shuffled and xor-ed so the
/// order does not matter, then the size and a final dispersion.
pub fn frozenset_hash(d: &Dict) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut h: u64 = 0;
    for e in d.iter() {
        h ^= shuffle(e.hash as u64);
    }
    h ^= (d.len() as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        590_923_713
    } else {
        h as i64
    }
}

impl Interp {
    /// Is `r` a set or frozenset (or an instance of a subclass of one)?
    pub fn is_anyset(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Obj::Set(_))
    }

    pub fn is_frozenset(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Obj::Set(d) if d.frozen)
    }

    /// A new frozenset of `items` (consumed).
    pub fn new_frozenset_from(&mut self, items: Vec<ObjRef>) -> R<ObjRef> {
        self.ensure_type(TypeId::FrozenSet);
        let s = self.new_set_from(items)?;
        if let Obj::Set(d) = self.heap.get_mut(s) {
            d.frozen = true;
        }
        Ok(s)
    }

    /// A new set or frozenset of `items` (consumed): the type of `like`.
    pub fn new_set_like(&mut self, like: ObjRef, items: Vec<ObjRef>) -> R<ObjRef> {
        if self.is_frozenset(like) {
            self.new_frozenset_from(items)
        } else {
            self.new_set_from(items)
        }
    }

    /// `other` as a set to test membership in: itself if it is one, else a
    /// new set of its items. A new reference either way.
    fn as_set(&mut self, other: ObjRef) -> R<ObjRef> {
        if self.is_anyset(other) {
            self.incref(other);
            return Ok(other);
        }
        let items = self.collect_items(other)?;
        self.new_set_from(items)
    }

    /// The items of `s` that are (`keep_in`) or are not in `other`, new references.
    fn filter_by(&mut self, items: &[ObjRef], other: ObjRef, keep_in: bool) -> R<Vec<ObjRef>> {
        let mut out = Vec::new();
        for &x in items {
            match self.contains(other, x) {
                Ok(c) if c == keep_in => {
                    self.incref(x);
                    out.push(x);
                }
                Ok(_) => {}
                Err(e) => {
                    self.decref_all(out);
                    return Err(e);
                }
            }
        }
        Ok(out)
    }

    fn decref_all(&mut self, v: Vec<ObjRef>) {
        for r in v {
            self.decref(r);
        }
    }

    /// The set algebra behind the methods: `self` combined with each of
    /// `others` (any iterables) in turn, a new set of `self`'s type.
    pub fn set_algebra(&mut self, this: ObjRef, op: SetAlgebra, others: &[ObjRef]) -> R<ObjRef> {
        let mut acc = self.collect_items(this)?;
        for &o in others {
            let mark = self.hold(&acc, "items of a set operation's result");
            let step = self.set_algebra_step(&acc, op, o);
            self.unhold(mark);
            let old = std::mem::take(&mut acc);
            self.decref_all(old);
            acc = step?;
        }
        self.new_set_like(this, acc)
    }

    fn set_algebra_step(&mut self, acc: &[ObjRef], op: SetAlgebra, other: ObjRef) -> R<Vec<ObjRef>> {
        if op == SetAlgebra::Union {
            let mut items: Vec<ObjRef> = acc.to_vec();
            for &i in &items {
                self.incref(i);
            }
            match self.collect_items(other) {
                Ok(more) => items.extend(more),
                Err(e) => {
                    self.decref_all(items);
                    return Err(e);
                }
            }
            return Ok(items);
        }
        let o = self.as_set(other)?;
        let r = self.holding(o, "the other operand of a set operation", |it| match op {
            SetAlgebra::Intersection => it.filter_by(acc, o, true),
            SetAlgebra::Difference => it.filter_by(acc, o, false),
            _ => {
                // symmetric difference: ours not in theirs, then theirs not in ours
                let v = acc.to_vec();
                for &i in &v {
                    it.incref(i);
                }
                let mine = it.new_set_from(v)?;
                let r = it.holding(mine, "the left operand of a symmetric difference", |it| {
                    let mut out = it.filter_by(acc, o, false)?;
                    let theirs = it.collect_items(o)?;
                    let more = it.holding_all(&theirs, "items of a set operation's operand", |it| it.filter_by(&theirs, mine, false));
                    it.decref_all(theirs);
                    match more {
                        Ok(m) => {
                            out.extend(m);
                            Ok(out)
                        }
                        Err(e) => {
                            it.decref_all(out);
                            Err(e)
                        }
                    }
                });
                it.decref(mine);
                r
            }
        });
        self.decref(o);
        r
    }

    /// Does every item of `a` (any iterable) lie in `b` (any iterable)?
    pub fn set_all_in(&mut self, a: ObjRef, b: ObjRef) -> R<bool> {
        let bs = self.as_set(b)?;
        let r = self.holding(bs, "the other operand of a set comparison", |it| {
            let items = it.collect_items(a)?;
            let r = it.holding_all(&items, "items of a set being compared", |it| {
                for &x in &items {
                    if !it.contains(bs, x)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            });
            it.decref_all(items);
            r
        });
        self.decref(bs);
        r
    }

    /// Replaces the contents of set `s` with `items` (consumed): the
    /// `*_update` methods.
    fn set_replace(&mut self, s: ObjRef, items: Vec<ObjRef>) -> R<()> {
        let mark = self.hold(&items, "the new contents of a set");
        self.dict_clear(s);
        let mut r = Ok(());
        for &i in &items {
            if r.is_ok() {
                r = self.set_add(s, i);
            }
        }
        self.unhold(mark);
        self.decref_all(items);
        r
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SetAlgebra {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
}

/// `frozenset(iterable=())`: an exact frozenset argument is returned as it is.
pub fn frozenset_new(it: &mut Interp, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error("frozenset() takes no keyword arguments".into()));
    }
    check_args(it, "frozenset", args, 0, 1)?;
    match args.first() {
        Some(&a) if it.is_frozenset(a) && !it.heap.is_sub(a) => {
            it.incref(a);
            Ok(a)
        }
        Some(&a) => {
            let items = it.collect_items(a)?;
            it.new_frozenset_from(items)
        }
        None => it.new_frozenset_from(vec![]),
    }
}

fn algebra(it: &mut Interp, this: ObjRef, args: &[ObjRef], op: SetAlgebra) -> R<ObjRef> {
    it.set_algebra(this, op, args)
}

pub fn set_union_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    algebra(it, this, args, SetAlgebra::Union)
}

pub fn set_intersection_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    algebra(it, this, args, SetAlgebra::Intersection)
}

pub fn set_difference_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    algebra(it, this, args, SetAlgebra::Difference)
}

pub fn set_symmetric_difference(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let name = if it.is_frozenset(this) { "frozenset.symmetric_difference" } else { "set.symmetric_difference" };
    one_arg(it, name, args)?;
    algebra(it, this, args, SetAlgebra::SymmetricDifference)
}

fn one_arg(it: &mut Interp, name: &str, args: &[ObjRef]) -> R<()> {
    if args.len() != 1 {
        let msg = format!("{}() takes exactly one argument ({} given)", name, args.len());
        return Err(it.type_error(msg));
    }
    Ok(())
}

fn bool_ref(it: &mut Interp, b: bool) -> ObjRef {
    let r = if b { TRUE } else { FALSE };
    it.incref(r);
    r
}

pub fn set_issubset_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    one_arg(it, set_method_name(it, this, "issubset"), args)?;
    let b = it.set_all_in(this, args[0])?;
    Ok(bool_ref(it, b))
}

pub fn set_issuperset(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    one_arg(it, set_method_name(it, this, "issuperset"), args)?;
    let b = it.set_all_in(args[0], this)?;
    Ok(bool_ref(it, b))
}

pub fn set_isdisjoint(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    one_arg(it, set_method_name(it, this, "isdisjoint"), args)?;
    let items = it.collect_items(args[0])?;
    let r = it.holding_all(&items, "items tested by isdisjoint()", |it| {
        for &x in &items {
            if it.contains(this, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    });
    it.decref_all(items);
    let b = r?;
    Ok(bool_ref(it, b))
}

fn set_method_name(it: &Interp, this: ObjRef, m: &str) -> &'static str {
    let frozen = it.is_frozenset(this);
    match (frozen, m) {
        (true, "issubset") => "frozenset.issubset",
        (true, "issuperset") => "frozenset.issuperset",
        (true, _) => "frozenset.isdisjoint",
        (false, "issubset") => "set.issubset",
        (false, "issuperset") => "set.issuperset",
        _ => "set.isdisjoint",
    }
}

/// frozenset.copy: an exact frozenset is its own copy.
pub fn frozenset_copy(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    if !it.heap.is_sub(this) {
        it.incref(this);
        return Ok(this);
    }
    let items = it.collect_items(this)?;
    it.new_frozenset_from(items)
}

fn update_with(it: &mut Interp, this: ObjRef, args: &[ObjRef], op: SetAlgebra) -> R<ObjRef> {
    let r = it.set_algebra(this, op, args)?;
    let items = it.holding(r, "the result of a set update", |it| it.collect_items(r));
    it.decref(r);
    it.set_replace(this, items?)?;
    Ok(it.heap.none())
}

pub fn set_intersection_update(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    update_with(it, this, args, SetAlgebra::Intersection)
}

pub fn set_difference_update(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    update_with(it, this, args, SetAlgebra::Difference)
}

pub fn set_symmetric_difference_update(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    one_arg(it, "set.symmetric_difference_update", args)?;
    update_with(it, this, args, SetAlgebra::SymmetricDifference)
}
