//! bytes: `Obj::Bytes`, the bytes themselves in a `ThinSlice<u8>`.
//!
//! * holds: nothing; freed at once;
//! * traverse, clear: none (not a GC object);
//! * size: PyBytesObject, 33 bytes of header (the hash and a NUL) plus one
//!   per byte;
//! * finalizer: none.

use super::leaf_type;
use crate::heap::ThinSlice;

leaf_type!(ThinSlice<u8>, "bytes", holds_nothing: true, |b| 33 + b.len());
