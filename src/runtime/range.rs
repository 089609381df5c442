//! `range` of any size, as CPython's `rangeobject.c`.
//!
//! A range whose start, stop and step fit in 64 bits keeps them as machine
//! integers (the fields of `RangeObj`); one beyond that keeps them as big
//! ints (`RangeObj::big`), so `range(10**20)` can be indexed, sliced,
//! searched, iterated and printed as in CPython. Its length is a big int
//! too: only `len()` needs it to fit in `ssize_t`, and raises CPython's
//! OverflowError when it does not.
//!
//! Iteration follows `range_iter`: a `range_iterator` counting down a 64-bit
//! number of items left when start, step and length fit, else a
//! `longrange_iterator` of big ints.

use crate::runtime::ExcKind;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{Interp, R};
use crate::heap::*;

impl RangeObj {
    /// A range of these bounds, small when all three fit in 64 bits.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => RangeObj { start: a, stop: b, step: c, big: None },
            _ => RangeObj { start: 0, stop: 0, step: 1, big: Some(Box::new([start, stop, step])) },
        }
    }

    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
            None => (self.start.into(), self.stop.into(), self.step.into()),
        }
    }

    /// The number of items, when it fits in `ssize_t`.
    pub fn len_small(&self) -> Option<i64> {
        if self.big.is_some() {
            return self.len_big().to_i64();
        }
        let (a, b, c) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if c > 0 && a < b {
            (b - a - 1) / c + 1
        } else if c < 0 && a > b {
            (a - b - 1) / (-c) + 1
        } else {
            0
        };
        i64::try_from(n).ok()
    }

    /// The number of items, of any size.
    pub fn len_big(&self) -> BigInt {
        if self.big.is_none() {
            if let Some(n) = self.len_small() {
                return n.into();
            }
        }
        let (a, b, c) = self.bounds();
        if c.is_positive() && a < b {
            (b - a - 1u8) / c + 1u8
        } else if c.is_negative() && a > b {
            (a - b - 1u8) / (-c) + 1u8
        } else {
            BigInt::zero()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len_small() == Some(0)
    }

    /// The position of `v` among the items, if it is one.
    pub fn position(&self, v: &BigInt) -> Option<BigInt> {
        let (a, b, c) = self.bounds();
        let inside = if c.is_positive() { *v >= a && *v < b } else { *v <= a && *v > b };
        if !inside {
            return None;
        }
        let off: BigInt = v - &a;
        (off.clone() % &c).is_zero().then(|| off / c)
    }

    fn repr(&self) -> String {
        let (a, b, c) = self.bounds();
        if c.is_one() {
            format!("range({}, {})", a, b)
        } else {
            format!("range({}, {}, {})", a, b, c)
        }
    }
}

/// `range(...)`'s small iterator over `len` items from `start`, or a long one.
fn iterator_from(start: BigInt, step: BigInt, len: BigInt) -> IterState {
    match (start.to_i64(), step.to_i64(), len.to_i64()) {
        (Some(next), Some(step), Some(left)) => IterState::Range { next, step, left },
        _ => IterState::LongRange(Box::new([start, step, len])),
    }
}

impl Interp {
    fn range_of(&self, o: ObjRef) -> &RangeObj {
        match self.heap.get(o) {
            Obj::Range(rg) => rg,
            _ => unreachable!("not a range"),
        }
    }

    /// An int argument of range() or an index: int, bool or `__index__`.
    fn range_int(&mut self, r: ObjRef, what: &dyn Fn(&str) -> String) -> R<BigInt> {
        if let Some(v) = self.int_value(r) {
            return Ok(v);
        }
        if let Obj::Instance(_) = self.heap.get(r) {
            if let Some(x) = self.try_index_dunder(r)? {
                let v = self.int_value(x);
                self.decref(x);
                if let Some(v) = v {
                    return Ok(v);
                }
            }
        }
        let msg = what(&self.type_name(r));
        Err(self.type_error(msg))
    }

    /// `range(stop)`, `range(start, stop[, step])`.
    pub fn range_new(&mut self, args: &[ObjRef]) -> R<ObjRef> {
        let mut v = Vec::with_capacity(3);
        for &a in args {
            v.push(self.range_int(a, &|t| format!("'{}' object cannot be interpreted as an integer", t))?);
        }
        let mut v = v.into_iter();
        let (start, stop, step) = match args.len() {
            1 => (BigInt::zero(), v.next().unwrap(), BigInt::one()),
            2 => (v.next().unwrap(), v.next().unwrap(), BigInt::one()),
            _ => (v.next().unwrap(), v.next().unwrap(), v.next().unwrap()),
        };
        if step.is_zero() {
            return Err(self.new_exception(ExcKind::ValueError, Some("range() arg 3 must not be zero")));
        }
        Ok(self.alloc(Obj::Range(Box::new(RangeObj::new(start, stop, step)))))
    }

    /// `len(r)`: OverflowError when the length does not fit in `ssize_t`.
    pub fn range_len(&mut self, o: ObjRef) -> R<usize> {
        match self.range_of(o).len_small() {
            Some(n) => Ok(n as usize),
            None => Err(self.new_exception(ExcKind::OverflowError, Some("Python int too large to convert to C ssize_t"))),
        }
    }

    /// `r[i]` and `r[a:b:c]`.
    pub fn range_subscript(&mut self, o: ObjRef, i: ObjRef, is_slice: bool) -> R<ObjRef> {
        if is_slice {
            return self.range_slice(o, i);
        }
        let rg = self.range_of(o);
        if let (None, Some(n), Obj::Int(k)) = (&rg.big, rg.len_small(), self.heap.get(i)) {
            let k = if *k < 0 { *k as i128 + n as i128 } else { *k as i128 };
            if (0..n as i128).contains(&k) {
                let v = rg.start as i128 + k * rg.step as i128;
                return Ok(self.heap.int(v as i64));
            }
            return Err(self.new_exception(ExcKind::IndexError, Some("range object index out of range")));
        }
        let mut k = self.range_int(i, &|t| format!("range indices must be integers or slices, not {}", t))?;
        let rg = self.range_of(o);
        let n = rg.len_big();
        if k.is_negative() {
            k += &n;
        }
        if k.is_negative() || k >= n {
            return Err(self.new_exception(ExcKind::IndexError, Some("range object index out of range")));
        }
        let (a, _, c) = rg.bounds();
        Ok(self.heap.bigint(a + k * c))
    }

    /// A slice of a range is a range (`compute_slice`), with the slice's
    /// indices clamped as `slice.indices` does for a length of any size.
    fn range_slice(&mut self, o: ObjRef, s: ObjRef) -> R<ObjRef> {
        let parts = match self.heap.get(s) {
            Obj::Slice(p) => **p,
            _ => unreachable!("not a slice"),
        };
        let get = |it: &mut Interp, r: ObjRef| -> R<Option<BigInt>> {
            if r == NONE {
                return Ok(None);
            }
            it.range_int(r, &|_| "slice indices must be integers or None or have an __index__ method".to_string()).map(Some)
        };
        let step = get(self, parts[2])?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(self.new_exception(ExcKind::ValueError, Some("slice step cannot be zero")));
        }
        let (lo, hi) = (get(self, parts[0])?, get(self, parts[1])?);
        let rg = self.range_of(o);
        let len = rg.len_big();
        let (lower, upper) = if step.is_negative() { (-BigInt::one(), &len - 1u8) } else { (BigInt::zero(), len.clone()) };
        let clamp = |v: Option<BigInt>, def: &BigInt| -> BigInt {
            match v {
                None => def.clone(),
                Some(mut x) => {
                    if x.is_negative() {
                        x += &len;
                        if x < lower {
                            x = lower.clone();
                        }
                    } else if x > upper {
                        x = upper.clone();
                    }
                    x
                }
            }
        };
        let (from, to) = if step.is_negative() { (clamp(lo, &upper), clamp(hi, &lower)) } else { (clamp(lo, &lower), clamp(hi, &upper)) };
        let (a, _, c) = rg.bounds();
        let sliced = RangeObj::new(&a + from * &c, &a + to * &c, c * step);
        Ok(self.alloc(Obj::Range(Box::new(sliced))))
    }

    /// `x in r`: computed for an int, else a search as CPython's
    /// `_PySequence_IterSearch` (which can take as long as the range is).
    pub fn range_contains(&mut self, o: ObjRef, item: ObjRef) -> R<bool> {
        match self.int_value(item) {
            Some(v) => Ok(self.range_of(o).position(&v).is_some()),
            None => Ok(self.range_search(o, item, true)?.1.is_some()),
        }
    }

    /// The number of items equal to `item` (all of them, or up to the first)
    /// and the position of the first, comparing one by one.
    fn range_search(&mut self, o: ObjRef, item: ObjRef, first_only: bool) -> R<(BigInt, Option<BigInt>)> {
        let (a, _, c) = self.range_of(o).bounds();
        let n = self.range_of(o).len_big();
        let (mut k, mut count, mut first) = (BigInt::zero(), BigInt::zero(), None);
        while k < n {
            let v = self.heap.bigint(&a + &k * &c);
            let eq = self.eq_obj(v, item);
            self.decref(v);
            if eq? {
                count += 1u8;
                if first.is_none() {
                    first = Some(k.clone());
                    if first_only {
                        break;
                    }
                }
            }
            k += 1u8;
            if (&k & BigInt::from(0xfff)).is_zero() {
                self.check_interrupt()?;
            }
        }
        Ok((count, first))
    }

    /// `r.index(x)`.
    pub fn range_index(&mut self, o: ObjRef, item: ObjRef) -> R<ObjRef> {
        let found = match self.int_value(item) {
            Some(v) => self.range_of(o).position(&v),
            None => self.range_search(o, item, true)?.1,
        };
        match found {
            Some(k) => Ok(self.heap.bigint(k)),
            None => {
                let msg = format!("{} is not in range", self.repr(item)?);
                Err(self.new_exception(ExcKind::ValueError, Some(&msg)))
            }
        }
    }

    /// `r.count(x)`.
    pub fn range_count(&mut self, o: ObjRef, item: ObjRef) -> R<ObjRef> {
        let n = match self.int_value(item) {
            Some(v) => BigInt::from(u8::from(self.range_of(o).position(&v).is_some())),
            None => self.range_search(o, item, false)?.0,
        };
        Ok(self.heap.bigint(n))
    }

    /// `r.start`, `r.stop`, `r.step`.
    pub fn range_attr(&mut self, o: ObjRef, name: &str) -> Option<ObjRef> {
        let (a, b, c) = self.range_of(o).bounds();
        let v = match name {
            "start" => a,
            "stop" => b,
            "step" => c,
            _ => return None,
        };
        Some(self.heap.bigint(v))
    }

    pub fn range_iter(&mut self, o: ObjRef) -> IterState {
        let rg = self.range_of(o);
        match (&rg.big, rg.len_small()) {
            (None, Some(left)) => IterState::Range { next: rg.start, step: rg.step, left },
            _ => {
                let (a, _, c) = rg.bounds();
                iterator_from(a, c, rg.len_big())
            }
        }
    }

    /// `reversed(r)`: from the last item down, by `-step`.
    pub fn range_reversed(&mut self, o: ObjRef) -> ObjRef {
        let rg = self.range_of(o);
        let (a, _, c) = rg.bounds();
        let n = rg.len_big();
        let last = &a + (&n - 1u8) * &c;
        let st = iterator_from(last, -c, n);
        self.alloc(Obj::Iter(Box::new(st)))
    }

    pub fn range_repr(&self, o: ObjRef) -> String {
        self.range_of(o).repr()
    }

    /// Ranges are equal when they give the same items.
    pub fn range_eq(&self, x: ObjRef, y: ObjRef) -> bool {
        let (r1, r2) = (self.range_of(x), self.range_of(y));
        let (l1, l2) = (r1.len_big(), r2.len_big());
        if l1 != l2 {
            return false;
        }
        let ((a1, _, c1), (a2, _, c2)) = (r1.bounds(), r2.bounds());
        l1.is_zero() || (a1 == a2 && (l1.is_one() || c1 == c2))
    }
}

/// One step of a long range iterator: the next item, or None at the end.
pub fn long_range_next(st: &mut [BigInt; 3]) -> Option<BigInt> {
    if !st[2].is_positive() {
        return None;
    }
    let v = st[0].clone();
    let step = st[1].clone();
    st[0] += step;
    st[2] -= 1u8;
    Some(v)
}
