//! range: `Obj::Range`, `range(start, stop, step)` over i64s.
//!
//! * holds: nothing (glasspy keeps the three numbers unboxed; CPython's
//!   rangeobject holds four ints, but they are cached small ints or die
//!   with it, invisible to a program);
//! * traverse, clear: none (not a GC object);
//! * size: rangeobject, 48 bytes;
//! * finalizer: none.

use super::leaf_type;

/// range(start, stop, step)
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// start, stop and step when one does not fit in 64 bits (the fields
    /// above are then unused); see runtime/range.rs.
    pub big: Option<Box<[num_bigint::BigInt; 3]>>,
}

leaf_type!(RangeObj, "range", holds_nothing: true, |_r| 48);
