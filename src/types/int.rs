//! int: `Obj::Int` for values that fit an i64, `Obj::BigInt` beyond.
//!
//! * holds: nothing; dealloc frees it at once (small ones go back to the
//!   heap's number free list first, `Heap::free_number`);
//! * traverse, clear: none (not a GC object);
//! * size: PyLongObject, 24 bytes of header and one 4-byte digit per 30
//!   bits of magnitude. `_PyLong_New` always allocates at least one digit,
//!   so 0 asks for (and `getsizeof` reports) 28 bytes as well;
//! * finalizer: none.

use num_bigint::BigInt;

use super::leaf_type;

/// Number of 30-bit digits of an int's magnitude (0 for 0).
pub fn int_digits_i64(v: i64) -> usize {
    let mut m = v.unsigned_abs();
    let mut n = 0;
    while m != 0 {
        m >>= 30;
        n += 1;
    }
    n
}

pub fn int_digits_big(v: &BigInt) -> usize {
    (v.bits() as usize + 29) / 30
}

/// `int.__sizeof__` for `digits` digits (at least one is allocated).
fn long_size(digits: usize) -> usize {
    24 + 4 * digits.max(1)
}

leaf_type!(i64, "int", holds_nothing: true, |v| long_size(int_digits_i64(*v)));
leaf_type!(BigInt, "int", holds_nothing: true, |v| long_size(int_digits_big(v)));
