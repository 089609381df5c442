//! str: `Obj::Str`, a `PyStr` (text, hash and length in one allocation,
//! `heap/thin.rs`).
//!
//! * holds: nothing; freed at once;
//! * traverse, clear: none (not a GC object);
//! * size: the compact representation: a PyASCIIObject (48 bytes) and one
//!   byte per character for ASCII text, else a PyCompactUnicodeObject (72)
//!   and 1, 2 or 4 bytes per character by the widest one; plus the NUL;
//! * finalizer: none.

use super::leaf_type;
use crate::heap::PyStr;

/// Bytes of a str's compact representation, header and data.
pub fn str_size(s: &PyStr) -> usize {
    if s.is_ascii() {
        return 48 + s.nchars() as usize + 1;
    }
    let max = s.s().chars().map(|c| c as u32).max().unwrap_or(0);
    let kind = if max < 256 {
        1
    } else if max < 65536 {
        2
    } else {
        4
    };
    72 + (s.nchars() as usize + 1) * kind
}

leaf_type!(PyStr, "str", holds_nothing: true, |s| str_size(s));
