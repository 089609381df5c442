//! Values the runtime's Rust code holds while Python code runs.
//!
//! A builtin such as `list(it)` owns references of its own while it calls
//! back into Python (`it.__next__`, a key function, `__lt__`): the list it is
//! filling, the items gathered so far, the iterator. In CPython those sit in
//! C locals; here they must sit where the audit's holder scan can see them,
//! or `--audit` (which recounts after every statement, also the statements
//! of that `__next__`) would find a count with no holder.
//!
//! Two places qualify: the evaluation stack (`Interp::stack`, for values
//! that are temporaries in CPython's terms too) and the *held list* below,
//! for values a builtin keeps in its own variables. Each held entry names
//! what holds it ("argument of list()", "keys of sorted()"), so an
//! inspection of holders can say who has the reference.
//!
//! The held list does not own anything: the code that holds an entry owns
//! the reference and releases it after `unhold`. `holding` is the scope
//! guard: the entry is gone on every exit path of its closure.

use super::*;

/// One value held by the runtime's code while Python code may run.
#[derive(Clone, Copy, Debug)]
pub struct Held {
    pub obj: ObjRef,
    /// Who holds it, e.g. "list being filled by list()".
    pub what: &'static str,
}

/// Where the held list stood before a `hold`; `unhold` goes back to it.
#[must_use]
#[derive(Clone, Copy, Debug)]
pub struct HeldMark(usize);

impl Interp {
    /// Makes `refs` (owned by the caller) visible to the holder scan until `unhold`.
    pub fn hold(&mut self, refs: &[ObjRef], what: &'static str) -> HeldMark {
        let mark = HeldMark(self.held.len());
        self.held.extend(refs.iter().map(|&obj| Held { obj, what }));
        mark
    }

    /// Adds one more value to what was held since an earlier mark.
    pub fn hold_one(&mut self, obj: ObjRef, what: &'static str) {
        self.held.push(Held { obj, what });
    }

    /// Stops showing what was held since `mark` (the references stay with the caller).
    pub fn unhold(&mut self, mark: HeldMark) {
        self.held.truncate(mark.0);
    }

    /// Runs `f` with `obj` (owned by the caller) held: visible to the
    /// holder scan while `f` runs, on every path out of it.
    pub fn holding<T>(&mut self, obj: ObjRef, what: &'static str, f: impl FnOnce(&mut Interp) -> T) -> T {
        let mark = self.hold(&[obj], what);
        let out = f(self);
        self.unhold(mark);
        out
    }

    /// Runs `f` with every item of `refs` held (see `holding`).
    pub fn holding_all<T>(&mut self, refs: &[ObjRef], what: &'static str, f: impl FnOnce(&mut Interp) -> T) -> T {
        let mark = self.hold(refs, what);
        let out = f(self);
        self.unhold(mark);
        out
    }
}
