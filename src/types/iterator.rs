//! The built-in iterators: `Obj::Iter`, an `IterState` — over a sequence,
//! a range, a dict or set, and `enumerate`, `zip`, `map`, `filter`,
//! `reversed`.
//!
//! * holds: what it iterates (`Role::IterSource`, or `Role::Item(i)` for
//!   several), the function of `map`/`filter` (`Role::Func`), and the
//!   result tuple it reuses when nobody else holds it (`Role::IterResult`);
//! * release order (each type's dealloc): the source(s), then the result
//!   (`map`/`filter`: the function first);
//! * traverse: the same; clear: a sequence or dict iterator drops its
//!   source (the others have no tp_clear in CPython);
//! * size: listiterobject & co. 32; rangeiterobject 48 (not a GC object);
//!   dictiterobject 56 (a set's setiterobject 48); enumobject 56 (3.11
//!   caches `one`); zipobject 48; map, filter, reversed 32;
//! * finalizer: none.

use super::{take_nonnull, visit_nonnull, TypeSlots};
use crate::heap::{Heap, Obj, ObjRef, Role};

use super::dict_view::DictViewKind;

/// State of the built-in iterators.
pub enum IterState {
    /// list, tuple, str iteration by index over the sequence object.
    Seq { seq: ObjRef, index: usize },
    /// range_iterator: `left` items from `next` on, by `step`.
    Range { next: i64, step: i64, left: i64 },
    /// longrange_iterator: the next item, the step and the items left, of any size.
    LongRange(Box<[num_bigint::BigInt; 3]>),
    /// `result`: the last (key, value) tuple of an items iterator, reused
    /// when nobody else holds it (as CPython's dictiter does).
    /// `used`: the dict's or set's length when iteration began (CPython's
    /// `di_used`); a different length at a `next` is an error.
    /// `left`: the items still expected (CPython's `di->len`); a dict
    /// entry found when none is expected means its keys were changed.
    DictKeys { dict: ObjRef, index: usize, kind: DictViewKind, result: ObjRef, used: usize, left: usize },
    Enumerate { iter: ObjRef, count: i64, result: ObjRef },
    Zip { iters: Vec<ObjRef>, result: ObjRef },
    /// Values computed up front (reversed of a sequence...).
    Values { items: Vec<ObjRef>, index: usize },
    /// map(func, *iterables): one call per step, lazily.
    Map { func: ObjRef, iters: Vec<ObjRef> },
    /// filter(func or None, iterable), lazily.
    Filter { func: ObjRef, iter: ObjRef },
    /// iter(callable, sentinel): a call per step until the sentinel (or
    /// StopIteration); both let go of (NULL) once it is reached.
    Callable { func: ObjRef, sentinel: ObjRef },
}

fn items(f: &mut dyn FnMut(ObjRef, Role), refs: &[ObjRef], first: usize) {
    refs.iter().enumerate().for_each(|(i, &r)| f(r, Role::Item((first + i) as u32)))
}

impl TypeSlots for IterState {
    fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq { .. } | IterState::Values { .. } => "iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::LongRange(_) => "longrange_iterator",
            IterState::DictKeys { kind: DictViewKind::Keys, .. } => "dict_keyiterator",
            IterState::DictKeys { kind: DictViewKind::Values, .. } => "dict_valueiterator",
            IterState::DictKeys { kind: DictViewKind::Items, .. } => "dict_itemiterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
        }
    }
    /// Every iterator but range's.
    #[inline]
    fn is_gc(&self) -> bool {
        !matches!(self, IterState::Range { .. } | IterState::LongRange(_))
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        match self {
            IterState::Seq { seq, .. } => visit_nonnull(f, *seq, Role::IterSource),
            IterState::Range { .. } | IterState::LongRange(_) => {}
            IterState::DictKeys { dict, result, .. } => {
                visit_nonnull(f, *dict, Role::IterSource);
                visit_nonnull(f, *result, Role::IterResult);
            }
            IterState::Enumerate { iter, result, .. } => {
                f(*iter, Role::IterSource);
                visit_nonnull(f, *result, Role::IterResult);
            }
            IterState::Zip { iters, result } => {
                items(f, iters, 0);
                visit_nonnull(f, *result, Role::IterResult);
            }
            IterState::Values { items: v, index } => items(f, &v[*index..], *index),
            IterState::Map { func, iters } => {
                f(*func, Role::Func);
                items(f, iters, 0);
            }
            IterState::Filter { func, iter } => {
                f(*func, Role::Func);
                f(*iter, Role::IterSource);
            }
            IterState::Callable { func, sentinel } => {
                visit_nonnull(f, *func, Role::Func);
                visit_nonnull(f, *sentinel, Role::IterSource);
            }
        }
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        if let IterState::Seq { seq, .. } | IterState::DictKeys { dict: seq, .. } = self {
            take_nonnull(seq, out);
        }
    }
    fn basic_size(&self) -> usize {
        match self {
            IterState::Seq { .. } | IterState::Values { .. } | IterState::Map { .. } | IterState::Filter { .. } | IterState::Callable { .. } => 32,
            // rangeiterobject, longrangeiterobject (not GC objects), zipobject
            IterState::Range { .. } | IterState::LongRange(_) | IterState::Zip { .. } => 48,
            IterState::DictKeys { .. } | IterState::Enumerate { .. } => 56,
        }
    }
    /// A set's iterator is a setiterobject.
    fn basic_size_in(&self, heap: &Heap) -> usize {
        match self {
            IterState::DictKeys { dict, .. } if heap.is_live(*dict) && matches!(heap.get(*dict), Obj::Set(_)) => 48,
            _ => self.basic_size(),
        }
    }
}
