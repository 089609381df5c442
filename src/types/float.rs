//! float: `Obj::Float`, a C double.
//!
//! * holds: nothing; dealloc gives it straight back (through the heap's
//!   number free list, `Heap::free_number`, as CPython's float free list);
//! * traverse, clear: none (not a GC object);
//! * size: PyFloatObject, 24 bytes;
//! * finalizer: none.

use super::leaf_type;

leaf_type!(f64, "float", holds_nothing: true, |_v| 24);
