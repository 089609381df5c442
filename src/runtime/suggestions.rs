//! "Did you mean …?": the name the traceback display offers after an
//! AttributeError or a NameError (CPython 3.11's `Python/suggestions.c`).
//!
//! * An AttributeError carries the attribute's `name` and the `obj` it
//!   was looked up on (set where the lookup failed, or added when any
//!   AttributeError leaves an attribute read); the candidates are
//!   `dir(obj)`, in its sorted order.
//! * A NameError carries the `name`; the candidates are the variable
//!   names of the code in the innermost frame of the traceback, then the
//!   globals, then the builtins, each list tried in turn until one offers
//!   a name.
//! * Among a list of candidates (at most 750; each at most 40 characters
//!   once the common prefix and suffix are trimmed), the first with the
//!   smallest edit distance wins, if that distance is at most a third of
//!   the characters involved: `(len(name) + len(candidate) + 3) * 2 / 6`.
//!   The distance is Levenshtein's with a cost of 2 for an insertion, a
//!   deletion or a substitution, and 1 for a substitution that only
//!   changes case.
//! * Only the display prints it (`. Did you mean: 'x'?` after the
//!   message); `str(exc)` and the `traceback` module do not (3.11's).
//!   Python 3.12's other hints (`self.x`, a forgotten import, ImportError's
//!   names) are not 3.11's and are not offered.

use super::{ExcKind, Exc, Interp};
use crate::heap::{Obj, ObjRef};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The cost of putting `b` where `a` is: 0 for the same byte, 1 when only
/// the case differs, else 2.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance from `a` to `b`, or `max_cost + 1` as soon
/// as it is known to exceed `max_cost`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the table, over the prefixes of `a`: row[i] is the cost
    // of turning the part of `b` seen so far into a[..=i].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        // cost(b[..bi], a[..0]), the diagonal the first cell starts from
        let mut diagonal = bi * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(bc, ac);
            diagonal = row[ai];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            row_min = row_min.min(result);
        }
        if row_min > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name` within the allowed distance (the first
/// of the closest), as `calculate_suggestions` picks it.
pub fn closest_name<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let limit = (name.len() + c.len() + 3) * MOVE_COST / 6;
        let limit = best.map_or(limit, |(_, d)| limit.min(d.saturating_sub(1)));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if best.map_or(true, |(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

impl Interp {
    /// Records a member of an AttributeError (`name`, `obj`) or NameError
    /// (`name`) on the exception, as CPython's members hold it.
    pub(crate) fn set_exc_member(&mut self, e: Exc, member: &str, v: ObjRef) {
        // Not while objects are being freed (a __del__'s error): with a deep
        // chain in the trashcan this frees the exception before it is
        // reported (fuzz/open/audit_trashcan_del_nameerror.py; not yet
        // understood), so such an exception carries no members.
        if self.dealloc_depth() > 0 {
            return;
        }
        let key = self.heap.intern(member);
        self.incref(v);
        match self.heap.get_mut(e) {
            Obj::Instance(i) => i.attrs.push((key, v)),
            _ => {
                self.decref(v);
                self.decref(key);
            }
        }
    }

    /// An exception's member stored by `set_exc_member` (borrowed).
    fn exc_member(&self, e: Exc, member: &str) -> Option<ObjRef> {
        match self.heap.get(e) {
            Obj::Instance(i) => i.attrs.iter().find(|&&(k, _)| self.heap.as_str(k) == Some(member)).map(|&(_, v)| v),
            _ => None,
        }
    }

    /// `set_attribute_error_context`: an AttributeError leaving an
    /// attribute read learns the name and the object, unless it has them.
    pub(crate) fn attr_error_context(&mut self, e: Exc, o: ObjRef, name: ObjRef) -> Exc {
        if self.is_instance_of_exc(e, ExcKind::AttributeError) && self.exc_member(e, "name").is_none() && self.exc_member(e, "obj").is_none() {
            self.set_exc_member(e, "name", name);
            self.set_exc_member(e, "obj", o);
        }
        e
    }

    /// `NameError: name 'x' is not defined`, carrying the name.
    pub(crate) fn name_error(&mut self, name: ObjRef) -> Exc {
        let msg = format!("name '{}' is not defined", self.heap.as_str(name).unwrap_or(""));
        let e = self.new_exception(ExcKind::NameError, Some(&msg));
        self.set_exc_member(e, "name", name);
        e
    }

    /// `_Py_Offer_Suggestions`: the name to offer for `e`, if any.
    pub(crate) fn offer_suggestion(&mut self, e: Exc) -> Option<String> {
        let name = self.exc_member(e, "name")?;
        let name = self.heap.as_str(name).filter(|_| matches!(self.heap.get_raw(name), Obj::Str(_)))?.to_string();
        if self.is_instance_of_exc(e, ExcKind::AttributeError) {
            let obj = self.exc_member(e, "obj")?;
            let dir = self.holding(obj, "object whose attributes are offered", |it| it.dir_names(obj));
            return closest_name(&dir, &name).map(str::to_string);
        }
        if !self.is_instance_of_exc(e, ExcKind::NameError) {
            return None;
        }
        let tb = match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_ref().map(|s| s.tb)?,
            _ => return None,
        };
        let last = self.traceback_entries(tb).last().copied()?;
        let varnames: Vec<String> = match self.heap.get(last.frame) {
            Obj::Frame(f) => match self.heap.get(f.code) {
                Obj::Code(c) => c.varnames.iter().filter(|v| !v.starts_with('.')).cloned().collect(),
                _ => vec![],
            },
            _ => vec![],
        };
        if let Some(s) = closest_name(&varnames, &name) {
            return Some(s.to_string());
        }
        for d in [self.globals, self.builtins] {
            let keys: Vec<String> = self.dict_items(d).iter().filter_map(|&(k, _)| self.heap.as_str(k).map(str::to_string)).collect();
            if let Some(s) = closest_name(&keys, &name) {
                return Some(s.to_string());
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(cands: &[&str], name: &str) -> Option<String> {
        let v: Vec<String> = cands.iter().map(|s| s.to_string()).collect();
        closest_name(&v, name).map(str::to_string)
    }

    #[test]
    fn distances_follow_the_cost_model() {
        assert_eq!(levenshtein(b"apend", b"append", 100), 2);
        assert_eq!(levenshtein(b"ab", b"Ab", 100), 1);
        assert_eq!(levenshtein(b"ab", b"ba", 100), 4);
        assert_eq!(levenshtein(b"kitten", b"sitting", 100), 6);
        assert_eq!(levenshtein(b"abc", b"xyzabcdef", 3), 4);
    }

    #[test]
    fn suggestions_as_cpython_offers_them() {
        assert_eq!(offer(&["x"], "xx").as_deref(), Some("x"));
        assert_eq!(offer(&["a"], "b"), None);
        assert_eq!(offer(&["ba"], "ab"), None);
        assert_eq!(offer(&["Ab"], "ab").as_deref(), Some("Ab"));
        assert_eq!(offer(&["print", "prnt"], "prnt").as_deref(), Some("print"));
        assert_eq!(offer(&["loclname"], "loclnam").as_deref(), Some("loclname"));
    }
}
