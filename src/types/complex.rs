//! complex: `Obj::Complex`, two C doubles (the arithmetic, repr and
//! parsing are in runtime/complex.rs).
//!
//! * holds: nothing; dealloc gives it straight back (CPython keeps no free
//!   list for complex);
//! * traverse, clear: none (not a GC object);
//! * size: PyComplexObject, 32 bytes (the header and two doubles);
//! * finalizer: none.

use super::leaf_type;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

leaf_type!(ComplexObj, "complex", holds_nothing: true, |_c| 32);
